package org.lantern.aftercare;

import java.time.LocalDate;
import java.util.UUID;

/** A stay of a case's survivor in a shelter, from {@code startDate} until the day before {@code endDate}. */
public record Placement(UUID id, UUID caseId, UUID shelterId, String shelterName, String district,
        LocalDate startDate, LocalDate endDate) {

    public boolean currentOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
    }
}
