package org.lantern.aftercare;

import java.time.LocalDate;
import java.util.List;

/**
 * The open follow-ups a worker (or, for a manager, her office) has to do: the overdue ones and those due
 * within the coming {@link FollowUps#DUE_SOON_DAYS} days.
 *
 * @param office the office shown, when this is a manager's office-wide board
 */
public record FollowUpBoard(LocalDate today, String office, List<FollowUp> overdue, List<FollowUp> dueSoon) {

    public int overdueCount() {
        return overdue.size();
    }

    public int dueSoonCount() {
        return dueSoon.size();
    }

    public boolean officeWide() {
        return office != null;
    }
}
