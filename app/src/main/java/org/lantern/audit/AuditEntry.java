package org.lantern.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail as stored.
 *
 * @param sequence     position in the chain
 * @param detail       non-sensitive context (field names changed, counts, reasons), never field values
 * @param previousHash the hash of the entry before, hex
 * @param hash         HMAC-SHA256 over the previous hash and this entry's content, hex
 */
public record AuditEntry(long sequence, Instant occurredAt, UUID actorId, String actor, AuditAction action,
        String subjectType, String subjectId, String outcome, String clientAddress, String detail,
        String previousHash, String hash) {
}
