package org.lantern.tracing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.protection.FieldProtector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of proposed pairs: the queue (best first), a pair side by side with its explanation, and the
 * decision. Confirming links the pair, attaches the missing report to the found person's case if there is one, and
 * notifies those responsible for both records.
 * Reviewers need TRACING_REVIEW and sight of both records; every read and decision is audited.
 */
@Service
public class MatchCandidates {

    public static final String RECORD_TYPE = "match-candidate";
    static final int MAX_REASON = 1000;

    /** A line of the queue. Names are shown to reviewers, who may see both records. */
    public record Summary(UUID id, UUID missingId, UUID foundId, double score, CandidateStatus status,
            String missingName, String foundName, String missingOffice, String foundOffice, Instant proposedAt) {

        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    /** A pair side by side. */
    public record Pair(UUID id, CandidateStatus status, double score, CandidateExplanation explanation,
            TracingRecord missing, TracingRecord found, String reason, UUID reviewer, Instant decidedAt) {

        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    public record Page(List<Summary> items, int page, boolean hasNext) {
    }

    private record Row(UUID id, UUID missingId, UUID foundId, double score, CandidateStatus status, String explanation,
            byte[] reason, UUID reviewer, Instant decidedAt) {
    }

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final TracingRecords records;
    private final FieldProtector protector;
    private final TracingNotifications notifications;
    private final ApplicationEventPublisher events;

    MatchCandidates(JdbcClient jdbc, RecordAccess access, AuditLog audit, TracingRecords records, FieldProtector protector,
            TracingNotifications notifications, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.records = records;
        this.protector = protector;
        this.notifications = notifications;
        this.events = events;
    }

    /**
     * Candidates of one status concerning the reviewer's office (either side), best first. Pairs where either
     * person's tracing consent is not in force are left out.
     */
    public Page queue(CandidateStatus status, int page) {
        SignedInUser user = access.requirePermission(Permission.TRACING_REVIEW);
        int size = TracingRecords.PAGE_SIZE;
        List<Summary> items = jdbc.sql("""
                SELECT mc.id, mc.missing_id, mc.found_id, mc.score, mc.status, mc.created_at, m.office AS missing_office,
                       f.office AS found_office, m.names AS missing_names, f.names AS found_names
                  FROM match_candidate mc
                  JOIN missing_report m ON m.id = mc.missing_id
                  JOIN found_person f ON f.id = mc.found_id
                 WHERE mc.status = :status AND (m.office = :office OR f.office = :office)
                   AND EXISTS (SELECT 1 FROM consent_in_force c WHERE c.person_id = m.person_id AND c.purpose = 'TRACING')
                   AND EXISTS (SELECT 1 FROM consent_in_force c WHERE c.person_id = f.person_id AND c.purpose = 'TRACING')
                 ORDER BY mc.score DESC, mc.created_at, mc.id
                 LIMIT :limit OFFSET :offset
                """).param("status", status.name()).param("office", user.office() == null ? "" : user.office())
                .param("limit", size + 1).param("offset", Math.max(0, page) * size)
                .query((rs, n) -> summary(rs)).list();
        boolean hasNext = items.size() > size;
        List<Summary> shown = hasNext ? items.subList(0, size) : items;
        if (!shown.isEmpty()) {
            audit.recordAll(AuditAction.READ, RECORD_TYPE, shown.stream().map(Summary::id).toList(), "queue " + status);
        }
        return new Page(List.copyOf(shown), page, hasNext);
    }

    /** Pending candidates involving one record, for its page. */
    public List<Summary> of(Side side, UUID recordId) {
        access.requirePermission(Permission.TRACING_REVIEW);
        access.requireView(side.recordType(), recordId);
        String column = side == Side.MISSING ? "missing_id" : "found_id";
        List<Summary> items = jdbc.sql("""
                SELECT mc.id, mc.missing_id, mc.found_id, mc.score, mc.status, mc.created_at, m.office AS missing_office,
                       f.office AS found_office, m.names AS missing_names, f.names AS found_names
                  FROM match_candidate mc
                  JOIN missing_report m ON m.id = mc.missing_id
                  JOIN found_person f ON f.id = mc.found_id
                 WHERE mc.%s = :id
                   AND EXISTS (SELECT 1 FROM consent_in_force c WHERE c.person_id = m.person_id AND c.purpose = 'TRACING')
                   AND EXISTS (SELECT 1 FROM consent_in_force c WHERE c.person_id = f.person_id AND c.purpose = 'TRACING')
                 ORDER BY mc.score DESC LIMIT 20
                """.formatted(column)).param("id", recordId).query((rs, n) -> summary(rs)).list();
        if (!items.isEmpty()) {
            audit.recordAll(AuditAction.READ, RECORD_TYPE, items.stream().map(Summary::id).toList(), side.recordType());
        }
        return items;
    }

    /** A pair side by side with its explanation. */
    public Pair get(UUID id) {
        access.requirePermission(Permission.TRACING_REVIEW);
        Row row = load(id, false);
        TracingRecord missing = records.get(Side.MISSING, row.missingId());
        TracingRecord found = records.get(Side.FOUND, row.foundId());
        if (!missing.tracingConsent() || !found.tracingConsent()) {
            throw new NotFoundException(RECORD_TYPE); // consent withdrawn since the pair was proposed
        }
        audit.record(AuditAction.READ, RECORD_TYPE, id);
        return new Pair(row.id(), row.status(), row.score(), CandidateExplanation.fromJson(row.explanation()), missing,
                found, protector.open(TracingColumns.CANDIDATE_REASON, id, row.reason()), row.reviewer(), row.decidedAt());
    }

    /**
     * Records a reviewer's decision with its reason. CONFIRMED and REJECTED are final; UNSURE leaves the pair open
     * for another look.
     */
    @Transactional
    public void decide(UUID id, CandidateStatus decision, String reason) {
        SignedInUser user = access.requirePermission(Permission.TRACING_REVIEW);
        Row row = load(id, true);
        access.requireView(Side.MISSING.recordType(), row.missingId());
        access.requireView(Side.FOUND.recordType(), row.foundId());
        if (decision == null || decision == CandidateStatus.PENDING) {
            throw new InvalidInputException("decision", "tracing.error.decision");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "tracing.error.reasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "tracing.error.tooLong");
        }
        if (row.status() == CandidateStatus.CONFIRMED || row.status() == CandidateStatus.REJECTED) {
            throw new InvalidInputException("decision", "tracing.error.alreadyDecided");
        }
        if (records.consented(Side.MISSING, List.of(row.missingId())).isEmpty()
                || records.consented(Side.FOUND, List.of(row.foundId())).isEmpty()) {
            throw new InvalidInputException("decision", "tracing.error.noConsent");
        }
        jdbc.sql("""
                UPDATE match_candidate SET status = :status, reviewer = :reviewer, reason = :reason, decided_at = now(),
                       updated_at = now() WHERE id = :id
                """).param("id", id).param("status", decision.name()).param("reviewer", user.id())
                .param("reason", protector.seal(TracingColumns.CANDIDATE_REASON, id, reason.strip())).update();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "ok", "decision=" + decision);
        if (decision == CandidateStatus.CONFIRMED) {
            link(row, user);
        }
        if (decision != CandidateStatus.UNSURE) {
            events.publishEvent(new CandidateDecided(row.missingId(), row.foundId(), decision == CandidateStatus.CONFIRMED));
        }
    }

    /**
     * Records the confirmed link. The missing report is attached to the found person's case when there is one.
     * Notified: the teams of both records' cases; the worker who registered a missing report without a case; and,
     * when neither side has a case, the reviewers of both records' offices.
     */
    private void link(Row row, SignedInUser user) {
        TracingRecord missing = records.load(Side.MISSING, row.missingId()).orElseThrow();
        TracingRecord found = records.load(Side.FOUND, row.foundId()).orElseThrow();
        UUID caseId = found.caseId();
        jdbc.sql("""
                INSERT INTO tracing_link (missing_id, found_id, case_id, candidate_id, linked_by)
                VALUES (:missing, :found, :case, :candidate, :by)
                """).param("missing", row.missingId()).param("found", row.foundId()).param("case", caseId)
                .param("candidate", row.id()).param("by", user.id()).update();
        if (caseId != null) {
            jdbc.sql("UPDATE missing_report SET linked_case_id = :case, updated_at = now() WHERE id = :id")
                    .param("case", caseId).param("id", row.missingId()).update();
        }
        audit.record(AuditAction.UPDATE, Side.MISSING.recordType(), row.missingId(), "ok",
                caseId == null ? "linked to found person " + row.foundId() : "linked to case " + caseId);
        List<UUID> cases = java.util.stream.Stream.of(caseId, missing.caseId()).filter(java.util.Objects::nonNull).toList();
        Set<UUID> recipients = new LinkedHashSet<>();
        if (!cases.isEmpty()) {
            recipients.addAll(jdbc.sql("SELECT user_id FROM case_assignment WHERE case_id IN (:cases) ORDER BY assigned_at")
                    .param("cases", cases).query(UUID.class).list());
        }
        if (missing.caseId() == null) {
            recipients.add(missing.createdBy());
        }
        if (cases.isEmpty()) {
            recipients.addAll(reviewers(List.of(missing.office(), found.office())));
        }
        notifications.notify(recipients, TracingNotifications.MATCH_CONFIRMED, caseId, row.missingId(), row.foundId());
        events.publishEvent(new MatchConfirmed(row.id(), row.missingId(), row.foundId(), caseId, missing.caseId()));
    }

    /** Enabled users holding TRACING_REVIEW in any of the offices. */
    private List<UUID> reviewers(List<String> offices) {
        List<String> roles = java.util.Arrays.stream(Role.values())
                .filter(role -> role.permissions().contains(Permission.TRACING_REVIEW)).map(Role::name).toList();
        return jdbc.sql("""
                SELECT DISTINCT u.id FROM app_user u JOIN user_role ur ON ur.user_id = u.id
                 WHERE u.enabled AND u.office IN (:offices) AND ur.role IN (:roles)
                """).param("offices", offices).param("roles", roles).query(UUID.class).list();
    }

    private Row load(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM match_candidate WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id).query((rs, n) -> {
                    java.sql.Timestamp decided = rs.getTimestamp("decided_at");
                    return new Row(rs.getObject("id", UUID.class), rs.getObject("missing_id", UUID.class),
                            rs.getObject("found_id", UUID.class), rs.getDouble("score"),
                            CandidateStatus.valueOf(rs.getString("status")), rs.getString("explanation"),
                            rs.getBytes("reason"), rs.getObject("reviewer", UUID.class),
                            decided == null ? null : decided.toInstant());
                }).optional().orElseThrow(() -> new NotFoundException(RECORD_TYPE));
    }

    private Summary summary(ResultSet rs) throws SQLException {
        UUID missingId = rs.getObject("missing_id", UUID.class);
        UUID foundId = rs.getObject("found_id", UUID.class);
        return new Summary(rs.getObject("id", UUID.class), missingId, foundId, rs.getDouble("score"),
                CandidateStatus.valueOf(rs.getString("status")),
                firstLine(protector.open(TracingColumns.MISSING_NAMES, missingId, rs.getBytes("missing_names"))),
                firstLine(protector.open(TracingColumns.FOUND_NAMES, foundId, rs.getBytes("found_names"))),
                rs.getString("missing_office"), rs.getString("found_office"), rs.getTimestamp("created_at").toInstant());
    }

    private static String firstLine(String names) {
        if (names == null) {
            return "";
        }
        int newline = names.indexOf('\n');
        return newline < 0 ? names : names.substring(0, newline);
    }
}
