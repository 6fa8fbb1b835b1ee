package org.lantern.cases;

import java.util.UUID;

import org.lantern.identity.SignedInUser;

/**
 * Lets another module vouch for people it holds records of. The {@code "person"} access rule asks every
 * custodian bean, so a person without a case (a missing child, a person found by partner police) stays reachable
 * by those responsible for them. This module knows only this interface, never the modules implementing it.
 */
public interface PersonCustodian {

    /** Whether {@code user} may see a record of this module about the person. */
    boolean canView(SignedInUser user, UUID personId);

    /**
     * Whether {@code user} may change such a record. Asked only for people without a case: once a person has a
     * case, its team decides.
     */
    default boolean canEdit(SignedInUser user, UUID personId) {
        return false;
    }
}
