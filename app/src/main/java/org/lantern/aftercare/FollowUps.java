package org.lantern.aftercare;

import static org.lantern.aftercare.Checks.CASE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.cases.SurvivorCases;
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
 * Follow-ups of a case, scheduled under its care plan, and the dashboard of due and overdue ones. "Today"
 * comes from the injected {@link Clock}, so whether something is overdue is decided in one place.
 */
@Service
public class FollowUps {

    static final int DUE_SOON_DAYS = 7;
    private static final String SUBJECT = "follow_up";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final FieldProtector fields;
    private final CarePlans plans;
    private final Clock clock;

    private final SurvivorCases cases;

    FollowUps(JdbcClient jdbc, RecordAccess access, AuditLog audit, FieldProtector fields, CarePlans plans, Clock clock,
            SurvivorCases cases) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.fields = fields;
        this.plans = plans;
        this.clock = clock;
        this.cases = cases;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Schedules a follow-up of the open case, under its care plan if it has one, for an active user. */
    @Transactional
    public UUID schedule(UUID caseId, FollowUpKind kind, LocalDate dueDate, UUID assignedTo) {
        SignedInUser user = access.requireEdit(CASE, caseId);
        Checks.required("kind", kind);
        Checks.required("dueDate", dueDate);
        Checks.required("assignedTo", assignedTo);
        cases.holdOpen(caseId);
        boolean active = jdbc.sql("SELECT count(*) > 0 FROM app_user WHERE id = :id AND enabled").param("id", assignedTo)
                .query(Boolean.class).single();
        if (!active) {
            throw new InvalidInputException("assignedTo", "aftercare.error.followUpColleague");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO follow_up (id, case_id, plan_id, kind, due_date, assigned_to, created_by)
                VALUES (:id, :caseId, :planId, :kind, :due, :assignedTo, :user)
                """).param("id", id).param("caseId", caseId).param("planId", plans.planId(caseId).orElse(null))
                .param("kind", kind.name()).param("due", dueDate).param("assignedTo", assignedTo).param("user", user.id())
                .update();
        audit.record(AuditAction.CREATE, SUBJECT, id, "ok", "case " + caseId + " " + kind);
        return id;
    }

    /** Records that a follow-up was done, on a day not in the future, with its outcome notes (encrypted). */
    @Transactional
    public void complete(UUID caseId, UUID followUpId, LocalDate doneDate, String outcome) {
        access.requireEdit(CASE, caseId);
        Checks.notAfter("doneDate", Checks.required("doneDate", doneDate), today());
        String text = Checks.optionalText("outcome", outcome, Checks.MAX_TEXT);
        int updated = jdbc.sql("UPDATE follow_up SET done_date = :done, outcome = :outcome WHERE id = :id AND case_id = :caseId")
                .param("done", doneDate).param("outcome", fields.seal(AftercareColumns.FOLLOW_UP_OUTCOME, followUpId, text))
                .param("id", followUpId).param("caseId", caseId).update();
        if (updated == 0) {
            throw new NotFoundException("Follow-up");
        }
        audit.record(AuditAction.UPDATE, SUBJECT, followUpId, "ok", "done");
    }

    /** All follow-ups of a case with their outcomes, newest due date first. */
    public List<FollowUp> forCase(UUID caseId) {
        access.requireView(CASE, caseId);
        LocalDate today = today();
        List<FollowUp> list = jdbc.sql("""
                SELECT f.*, u.display_name FROM follow_up f JOIN app_user u ON u.id = f.assigned_to
                WHERE f.case_id = :caseId ORDER BY f.due_date DESC
                """).param("caseId", caseId).query((rs, n) -> map(rs, today, true)).list();
        if (!list.isEmpty()) {
            audit.recordAll(AuditAction.READ, SUBJECT, list.stream().map(FollowUp::id).toList(), "case " + caseId);
        }
        return list;
    }

    /**
     * The signed-in worker's open follow-ups that are overdue or due soon; for a supervising manager, those
     * of everyone in her office. Only follow-ups of cases the reader may see are shown.
     */
    public FollowUpBoard board() {
        SignedInUser user = access.requirePermission(Permission.CASES_VIEW);
        LocalDate today = today();
        boolean officeWide = user.has(Permission.CASES_SUPERVISE) && user.office() != null;
        String who = officeWide
                ? "f.assigned_to IN (SELECT id FROM app_user WHERE office = :office)"
                : "f.assigned_to = :user";
        List<FollowUp> open = jdbc.sql("""
                SELECT f.id, f.case_id, f.kind, f.due_date, f.assigned_to, f.done_date, u.display_name
                FROM follow_up f JOIN app_user u ON u.id = f.assigned_to
                WHERE f.done_date IS NULL AND f.due_date <= :horizon AND %s
                ORDER BY f.due_date, f.id
                """.formatted(who))
                .param("horizon", today.plusDays(DUE_SOON_DAYS)).param("office", user.office()).param("user", user.id())
                .query((rs, n) -> map(rs, today, false)).list()
                .stream().filter(followUp -> access.canView(CASE, followUp.caseId())).toList();
        if (!open.isEmpty()) {
            audit.recordAll(AuditAction.READ, SUBJECT, open.stream().map(FollowUp::id).toList(), "dashboard");
        }
        return new FollowUpBoard(today, officeWide ? user.office() : null,
                open.stream().filter(FollowUp::overdue).toList(),
                open.stream().filter(followUp -> !followUp.overdue()).toList());
    }

    private FollowUp map(ResultSet rs, LocalDate today, boolean withOutcome) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        LocalDate done = rs.getObject("done_date", LocalDate.class);
        String outcome = withOutcome ? fields.open(AftercareColumns.FOLLOW_UP_OUTCOME, id, rs.getBytes("outcome")) : null;
        return new FollowUp(id, rs.getObject("case_id", UUID.class), FollowUpKind.valueOf(rs.getString("kind")), due,
                rs.getObject("assigned_to", UUID.class), rs.getString("display_name"), done, outcome,
                done == null && due.isBefore(today));
    }
}
