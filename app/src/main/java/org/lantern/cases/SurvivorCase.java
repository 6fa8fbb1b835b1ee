package org.lantern.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A survivor's case: how they were identified, what happened, and where the case stands. */
public record SurvivorCase(UUID id, String reference, UUID personId, IdentifiedHow identifiedHow, LocalDate identifiedOn,
        TraffickingStatus traffickingStatus, String statusDecidedBy, String office, String region, CaseStatus status,
        ApprovalKind pendingApproval, Instant openedAt, Instant updatedAt, Instant closedAt, Set<String> exploitation,
        Set<String> recruitment, Set<String> control) {
}
