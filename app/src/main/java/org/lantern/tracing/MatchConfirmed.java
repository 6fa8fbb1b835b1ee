package org.lantern.tracing;

import java.util.UUID;

/**
 * A reviewer confirmed that a missing report and a found person are the same person. If the found person has a
 * case, the missing report is now attached to it ({@code caseId}); otherwise {@code caseId} is null and only the
 * link is recorded. Published inside the deciding transaction.
 */
public record MatchConfirmed(UUID candidateId, UUID missingReportId, UUID foundPersonId, UUID caseId,
        UUID missingReportCaseId) {
}
