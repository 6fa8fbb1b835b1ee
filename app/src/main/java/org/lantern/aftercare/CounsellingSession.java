package org.lantern.aftercare;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A counselling session as the reader may see it: that it happened, when and with whom, always; the notes
 * only for their author and those she granted.
 *
 * @param notes    the decrypted notes, or {@code null} when {@code notesVisible} is false
 * @param grantees who besides the author may read the notes; shown to the author only
 */
public record CounsellingSession(UUID id, UUID caseId, UUID counsellorId, String counsellorName, LocalDate heldOn,
        Integer durationMinutes, boolean notesVisible, String notes, boolean mine, List<Grantee> grantees) {

    public record Grantee(UUID userId, String displayName) {
    }
}
