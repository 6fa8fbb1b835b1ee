package org.lantern.aftercare;

import java.time.Instant;
import java.util.UUID;

/** What describes a stored document; its content is streamed separately. */
public record CaseDocument(UUID id, UUID caseId, String fileName, String contentType, long sizeBytes,
        String uploadedByName, Instant uploadedAt) {
}
