package org.lantern.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a caseworker enters about a case. Picklist values are codes of the reference lists EXPLOITATION,
 * RECRUITMENT and CONTROL. An empty office means the office of the person registering it.
 */
public record CaseDraft(IdentifiedHow identifiedHow, LocalDate identifiedOn, TraffickingStatus traffickingStatus,
        String statusDecidedBy, String office, String region, Set<String> exploitation, Set<String> recruitment,
        Set<String> control) {

    public CaseDraft {
        exploitation = exploitation == null ? Set.of() : Set.copyOf(exploitation);
        recruitment = recruitment == null ? Set.of() : Set.copyOf(recruitment);
        control = control == null ? Set.of() : Set.copyOf(control);
        traffickingStatus = traffickingStatus == null ? TraffickingStatus.POSSIBLE : traffickingStatus;
    }
}
