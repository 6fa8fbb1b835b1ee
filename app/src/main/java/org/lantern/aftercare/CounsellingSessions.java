package org.lantern.aftercare;

import static org.lantern.aftercare.Checks.CASE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.protection.FieldProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counselling sessions. What a survivor tells her counsellor stays between them: the notes are encrypted
 * and opened only for the counsellor who wrote them and the colleagues she names. Managers and the rest of
 * the case team see that a session took place, not what was said.
 */
@Service
public class CounsellingSessions {

    private static final String SUBJECT = "counselling_session";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final FieldProtector fields;
    private final Clock clock;

    CounsellingSessions(JdbcClient jdbc, RecordAccess access, AuditLog audit, FieldProtector fields, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.fields = fields;
        this.clock = clock;
    }

    /** Records a session held by the signed-in counsellor. */
    @Transactional
    public UUID record(UUID caseId, LocalDate heldOn, Integer durationMinutes, String notes) {
        access.requireView(CASE, caseId);
        SignedInUser counsellor = access.requirePermission(Permission.COUNSELLING_NOTES);
        Checks.notAfter("heldOn", Checks.required("heldOn", heldOn), LocalDate.now(clock));
        if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > 600)) {
            throw new InvalidInputException("durationMinutes", "aftercare.error.duration");
        }
        String text = Checks.optionalText("notes", notes, Checks.MAX_TEXT);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO counselling_session (id, case_id, counsellor_id, held_on, duration_minutes, notes)
                VALUES (:id, :caseId, :counsellor, :heldOn, :duration, :notes)
                """).param("id", id).param("caseId", caseId).param("counsellor", counsellor.id()).param("heldOn", heldOn)
                .param("duration", durationMinutes).param("notes", fields.seal(AftercareColumns.COUNSELLING_NOTES, id, text))
                .update();
        audit.record(AuditAction.CREATE, SUBJECT, id, "ok", "case " + caseId);
        return id;
    }

    /** The case's sessions; notes are opened only where the reader is their author or was granted them. */
    public List<CounsellingSession> forCase(UUID caseId) {
        SignedInUser reader = access.requireView(CASE, caseId);
        record Row(UUID id, UUID counsellorId, String counsellorName, LocalDate heldOn, Integer duration, byte[] notes,
                boolean granted) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT s.*, u.display_name,
                       EXISTS (SELECT 1 FROM counselling_grant g WHERE g.session_id = s.id AND g.user_id = :reader) AS granted
                FROM counselling_session s JOIN app_user u ON u.id = s.counsellor_id
                WHERE s.case_id = :caseId ORDER BY s.held_on DESC, s.created_at DESC
                """).param("caseId", caseId).param("reader", reader.id())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("counsellor_id", UUID.class),
                        rs.getString("display_name"), rs.getObject("held_on", LocalDate.class),
                        (Integer) rs.getObject("duration_minutes"), rs.getBytes("notes"), rs.getBoolean("granted")))
                .list();
        List<CounsellingSession> sessions = new ArrayList<>();
        List<UUID> opened = new ArrayList<>();
        for (Row row : rows) {
            boolean mine = row.counsellorId().equals(reader.id());
            boolean visible = mine || row.granted();
            if (visible) {
                opened.add(row.id());
            }
            sessions.add(new CounsellingSession(row.id(), caseId, row.counsellorId(), row.counsellorName(), row.heldOn(),
                    row.duration(), visible,
                    visible ? fields.open(AftercareColumns.COUNSELLING_NOTES, row.id(), row.notes()) : null, mine,
                    mine ? grantees(row.id()) : List.of()));
        }
        if (!rows.isEmpty()) {
            audit.recordAll(AuditAction.READ, SUBJECT, rows.stream().map(Row::id).toList(),
                    "case " + caseId + "; notes opened " + opened.size());
        }
        return sessions;
    }

    /** The session's author lets a colleague read its notes. */
    @Transactional
    public void grant(UUID caseId, UUID sessionId, UUID userId) {
        SignedInUser author = requireAuthor(caseId, sessionId);
        Checks.required("userId", userId);
        if (userId.equals(author.id())) {
            throw new InvalidInputException("userId", "aftercare.error.ownNotes");
        }
        boolean exists = jdbc.sql("SELECT count(*) > 0 FROM app_user WHERE id = :id AND enabled").param("id", userId)
                .query(Boolean.class).single();
        if (!exists) {
            throw new InvalidInputException("userId", "aftercare.error.activeColleague");
        }
        jdbc.sql("INSERT INTO counselling_grant (session_id, user_id, granted_by) VALUES (:session, :user, :author) ON CONFLICT DO NOTHING")
                .param("session", sessionId).param("user", userId).param("author", author.id()).update();
        audit.record(AuditAction.UPDATE, SUBJECT, sessionId, "ok", "notes shared with user " + userId);
    }

    @Transactional
    public void revoke(UUID caseId, UUID sessionId, UUID userId) {
        requireAuthor(caseId, sessionId);
        jdbc.sql("DELETE FROM counselling_grant WHERE session_id = :session AND user_id = :user")
                .param("session", sessionId).param("user", userId).update();
        audit.record(AuditAction.UPDATE, SUBJECT, sessionId, "ok", "notes no longer shared with user " + userId);
    }

    private SignedInUser requireAuthor(UUID caseId, UUID sessionId) {
        SignedInUser user = access.requireView(CASE, caseId);
        UUID author = jdbc.sql("SELECT counsellor_id FROM counselling_session WHERE id = :id AND case_id = :caseId")
                .param("id", sessionId).param("caseId", caseId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("Counselling session"));
        if (!author.equals(user.id())) {
            audit.record(AuditAction.ACCESS_DENIED, SUBJECT, sessionId, "denied", "share notes");
            throw new org.springframework.security.access.AccessDeniedException("Only the author shares session notes");
        }
        return user;
    }

    private List<CounsellingSession.Grantee> grantees(UUID sessionId) {
        return jdbc.sql("""
                SELECT u.id, u.display_name FROM counselling_grant g JOIN app_user u ON u.id = g.user_id
                WHERE g.session_id = :session ORDER BY u.display_name
                """).param("session", sessionId)
                .query((rs, n) -> new CounsellingSession.Grantee(rs.getObject("id", UUID.class), rs.getString("display_name")))
                .list();
    }
}
