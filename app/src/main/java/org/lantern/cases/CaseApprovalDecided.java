package org.lantern.cases;

import java.util.UUID;

/**
 * A programme manager approved or rejected a request on a case. Published inside the deciding transaction,
 * so listeners' changes commit or roll back with the decision.
 */
public record CaseApprovalDecided(UUID caseId, ApprovalKind kind, boolean approved, UUID decidedBy) {
}
