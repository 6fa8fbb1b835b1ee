package org.lantern.investigation;

import java.util.UUID;

import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who may see or extend a case's network: {@code NETWORK_VIEW} (investigators, lawyers) and sight of the
 * case, which for those roles means being assigned to it. Programme managers see their office's cases but
 * hold no {@code NETWORK_VIEW}, so they are refused too. Refusals are audited by {@link RecordAccess}.
 */
@Component
public class NetworkAccess {

    private final RecordAccess access;

    NetworkAccess(RecordAccess access) {
        this.access = access;
    }

    public SignedInUser requireView(UUID caseId) {
        access.requirePermission(Permission.NETWORK_VIEW);
        return access.requireView("case", caseId);
    }

    /** A person record an entity is linked to must be one the user may see (a survivor or perpetrator of theirs). */
    void requirePerson(UUID personId) {
        access.requireView("person", personId);
    }

    public SignedInUser requireEdit(UUID caseId) {
        access.requirePermission(Permission.NETWORK_EDIT);
        return requireView(caseId);
    }
}
