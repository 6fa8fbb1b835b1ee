package org.lantern.aftercare;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** One re-trafficking risk assessment of a case: the items answered "yes", the score and level. */
public record RiskAssessment(UUID id, UUID caseId, LocalDate assessedOn, String assessedByName, Set<RiskItem> answers,
        int score, RiskLevel level, String safetyPlan) {

    public static int score(Set<RiskItem> yes) {
        return yes.stream().mapToInt(RiskItem::weight).sum();
    }
}
