package org.lantern.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case's care plan, decrypted for someone who may see it.
 *
 * @param returnReason why the approver sent it back, when {@code status} is {@link PlanStatus#RETURNED}
 */
public record CarePlan(UUID id, UUID caseId, PlanStatus status, String submittedByName, Instant submittedAt,
        String decidedByName, Instant decidedAt, String returnReason, List<Goal> goals, List<PlannedService> services) {

    public record Goal(UUID id, String description, LocalDate targetDate, GoalStatus status) {
    }

    /** A service of the plan; {@code school}, {@code schoolClass} and {@code enrolmentDate} are for EDUCATION. */
    public record PlannedService(UUID id, ServiceKind kind, ServiceStatus status, String details, LocalDate startDate,
            String school, String schoolClass, LocalDate enrolmentDate) {
    }
}
