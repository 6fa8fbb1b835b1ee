package org.lantern.aftercare;

import java.time.Instant;
import java.util.UUID;

public record CaseNote(UUID id, UUID caseId, String authorName, Instant createdAt, String text) {
}
