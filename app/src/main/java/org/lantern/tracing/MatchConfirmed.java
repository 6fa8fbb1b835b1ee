package org.lantern.tracing;

import java.util.UUID;

/**
 * A reviewer confirmed that a missing report and a found person are the same person. The missing report is now
 * attached to {@code caseId}, the found person's case. Published inside the deciding transaction.
 */
public record MatchConfirmed(UUID candidateId, UUID missingReportId, UUID foundPersonId, UUID caseId,
        UUID missingReportCaseId) {
}
