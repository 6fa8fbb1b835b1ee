package org.lantern.aftercare;

import static org.lantern.aftercare.Checks.CASE;

import java.util.List;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.protection.FieldProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Free-text notes on a case, stored encrypted. Notes are added, never edited: they are a record. */
@Service
public class CaseNotes {

    private static final String SUBJECT = "case_note";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final FieldProtector fields;

    CaseNotes(JdbcClient jdbc, RecordAccess access, AuditLog audit, FieldProtector fields) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.fields = fields;
    }

    @Transactional
    public UUID add(UUID caseId, String text) {
        SignedInUser author = access.requireEdit(CASE, caseId);
        String body = Checks.requiredText("text", text, Checks.MAX_TEXT);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO case_note (id, case_id, author_id, body) VALUES (:id, :caseId, :author, :body)")
                .param("id", id).param("caseId", caseId).param("author", author.id())
                .param("body", fields.seal(AftercareColumns.NOTE_BODY, id, body)).update();
        audit.record(AuditAction.CREATE, SUBJECT, id, "ok", "case " + caseId);
        return id;
    }

    public List<CaseNote> forCase(UUID caseId) {
        access.requireView(CASE, caseId);
        List<CaseNote> notes = jdbc.sql("""
                SELECT n.*, u.display_name FROM case_note n JOIN app_user u ON u.id = n.author_id
                WHERE n.case_id = :caseId ORDER BY n.created_at DESC
                """).param("caseId", caseId).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new CaseNote(id, caseId, rs.getString("display_name"), rs.getTimestamp("created_at").toInstant(),
                            fields.open(AftercareColumns.NOTE_BODY, id, rs.getBytes("body")));
                }).list();
        if (!notes.isEmpty()) {
            audit.recordAll(AuditAction.READ, SUBJECT, notes.stream().map(CaseNote::id).toList(), "case " + caseId);
        }
        return notes;
    }
}
