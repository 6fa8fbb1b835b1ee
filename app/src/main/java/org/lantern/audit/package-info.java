/**
 * The append-only, hash-chained audit trail: sign-ins, every read and change of a person's record,
 * administrative actions. Entries carry identifiers and outcomes, never sensitive field values.
 * Other modules write with one line: {@code audit.record(AuditAction.READ, "person", id)}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.lantern.audit;
