package org.lantern.aftercare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A scheduled visit or call. It is overdue when its due date has passed and it is not done.
 *
 * @param outcome the decrypted outcome notes; {@code null} on the dashboard, which does not open them
 */
public record FollowUp(UUID id, UUID caseId, FollowUpKind kind, LocalDate dueDate, UUID assignedTo,
        String assignedToName, LocalDate doneDate, String outcome, boolean overdue) {

    public boolean done() {
        return doneDate != null;
    }
}
