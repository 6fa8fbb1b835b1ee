package org.lantern.aftercare;

import static org.lantern.aftercare.Checks.CASE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.cases.ApprovalKind;
import org.lantern.cases.CaseApprovalDecided;
import org.lantern.cases.SurvivorCases;
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
 * Care plans: the caseworker drafts goals and services and submits the plan; a programme manager approves
 * it or returns it with a reason. Goal and service progress may be updated at any time; what the plan
 * contains changes only while it is a draft or returned (an approved plan is reopened as a draft first).
 */
@Service
public class CarePlans {

    private static final String SUBJECT = "care_plan";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final FieldProtector fields;
    private final SurvivorCases cases;

    CarePlans(JdbcClient jdbc, RecordAccess access, AuditLog audit, FieldProtector fields, SurvivorCases cases) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.fields = fields;
    }

    /** The case's plan, if one was started. */
    public Optional<CarePlan> forCase(UUID caseId) {
        access.requireView(CASE, caseId);
        Optional<CarePlan> plan = jdbc.sql("""
                SELECT p.*, s.display_name AS submitted_name, d.display_name AS decided_name
                FROM care_plan p LEFT JOIN app_user s ON s.id = p.submitted_by LEFT JOIN app_user d ON d.id = p.decided_by
                WHERE p.case_id = :caseId
                """).param("caseId", caseId).query((rs, n) -> mapPlan(rs)).optional();
        plan.ifPresent(found -> audit.record(AuditAction.READ, SUBJECT, found.id()));
        return plan;
    }

    /** Starts the case's plan as a draft; returns the existing plan's id if there is one. */
    @Transactional
    public UUID start(UUID caseId) {
        SignedInUser user = access.requireEdit(CASE, caseId);
        return planOf(caseId).map(PlanRow::id).orElseGet(() -> create(caseId, user));
    }

    @Transactional
    public UUID addGoal(UUID caseId, String description, LocalDate targetDate) {
        SignedInUser user = access.requireEdit(CASE, caseId);
        String text = Checks.requiredText("description", description, 2000);
        UUID planId = editablePlan(caseId, user);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO care_goal (id, plan_id, description, target_date) VALUES (:id, :planId, :description, :target)")
                .param("id", id).param("planId", planId)
                .param("description", fields.seal(AftercareColumns.GOAL_DESCRIPTION, id, text))
                .param("target", targetDate).update();
        touched(planId);
        audit.record(AuditAction.UPDATE, SUBJECT, planId, "ok", "goal added " + id);
        return id;
    }

    @Transactional
    public void removeGoal(UUID caseId, UUID goalId) {
        removeItem(caseId, "care_goal", goalId, "goal", "Goal");
    }

    /** Progress of a goal; allowed whatever the plan's status. */
    @Transactional
    public void setGoalStatus(UUID caseId, UUID goalId, GoalStatus status) {
        setItemStatus(caseId, "care_goal", goalId, status, "goal", "Goal");
    }

    /**
     * Adds a service. For {@link ServiceKind#EDUCATION} the school and enrolment date are required; for
     * other kinds they are ignored.
     */
    @Transactional
    public UUID addService(UUID caseId, ServiceKind kind, String details, LocalDate startDate, String school,
            String schoolClass, LocalDate enrolmentDate) {
        SignedInUser user = access.requireEdit(CASE, caseId);
        Checks.required("kind", kind);
        String detailText = Checks.optionalText("details", details, 2000);
        boolean education = kind == ServiceKind.EDUCATION;
        String schoolName = education ? Checks.requiredText("school", school, 300) : null;
        String className = education ? Checks.optionalText("schoolClass", schoolClass, 50) : null;
        LocalDate enrolled = education ? Checks.required("enrolmentDate", enrolmentDate) : null;
        UUID planId = editablePlan(caseId, user);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO care_service (id, plan_id, kind, details, start_date, school, school_class, enrolment_date)
                VALUES (:id, :planId, :kind, :details, :start, :school, :schoolClass, :enrolled)
                """)
                .param("id", id).param("planId", planId).param("kind", kind.name())
                .param("details", fields.seal(AftercareColumns.SERVICE_DETAILS, id, detailText))
                .param("start", startDate)
                .param("school", fields.seal(AftercareColumns.SERVICE_SCHOOL, id, schoolName))
                .param("schoolClass", className).param("enrolled", enrolled).update();
        touched(planId);
        audit.record(AuditAction.UPDATE, SUBJECT, planId, "ok", "service added " + kind + " " + id);
        return id;
    }

    @Transactional
    public void removeService(UUID caseId, UUID serviceId) {
        removeItem(caseId, "care_service", serviceId, "service", "Service");
    }

    @Transactional
    public void setServiceStatus(UUID caseId, UUID serviceId, ServiceStatus status) {
        setItemStatus(caseId, "care_service", serviceId, status, "service", "Service");
    }

    /** Removes a goal or service ({@code table} is one of the two item tables) while the plan is editable. */
    private void removeItem(UUID caseId, String table, UUID itemId, String what, String notFound) {
        SignedInUser user = access.requireEdit(CASE, caseId);
        UUID planId = editablePlan(caseId, user);
        if (jdbc.sql("DELETE FROM " + table + " WHERE id = :id AND plan_id = :planId").param("id", itemId)
                .param("planId", planId).update() == 0) {
            throw new NotFoundException(notFound);
        }
        touched(planId);
        audit.record(AuditAction.UPDATE, SUBJECT, planId, "ok", what + " removed " + itemId);
    }

    /** Records the progress of a goal or service; allowed whatever the plan's status. */
    private void setItemStatus(UUID caseId, String table, UUID itemId, Enum<?> status, String what, String notFound) {
        access.requireEdit(CASE, caseId);
        Checks.required("status", status);
        UUID planId = existingPlan(caseId).id();
        if (jdbc.sql("UPDATE " + table + " SET status = :status WHERE id = :id AND plan_id = :planId")
                .param("status", status.name()).param("id", itemId).param("planId", planId).update() == 0) {
            throw new NotFoundException(notFound);
        }
        audit.record(AuditAction.UPDATE, SUBJECT, planId, "ok", what + " " + itemId + " status " + status);
    }

    /** Hands the plan to the programme manager. A plan without goals is not submitted. */
    @Transactional
    public void submit(UUID caseId) {
        SignedInUser user = access.requireEdit(CASE, caseId);
        PlanRow plan = existingPlan(caseId);
        if (!plan.status().editable()) {
            throw new InvalidInputException("status", "aftercare.error.planNotSubmittable",
                    Checks.labelOf("planStatus", plan.status()));
        }
        long goals = jdbc.sql("SELECT count(*) FROM care_goal WHERE plan_id = :planId").param("planId", plan.id())
                .query(Long.class).single();
        if (goals == 0) {
            throw new InvalidInputException("goals", "aftercare.error.goalRequired");
        }
        jdbc.sql("""
                UPDATE care_plan SET status = 'SUBMITTED', submitted_by = :user, submitted_at = now(), updated_at = now(),
                       decided_by = NULL, decided_at = NULL
                WHERE id = :id
                """).param("user", user.id()).param("id", plan.id()).update();
        audit.record(AuditAction.UPDATE, SUBJECT, plan.id(), "ok", "submitted for approval");
    }

    /** Approval by a programme manager, who may not approve a plan she submitted herself. */
    @Transactional
    public void approve(UUID caseId) {
        SignedInUser manager = decider(caseId);
        PlanRow plan = submittedPlan(caseId, manager);
        markApproved(plan.id(), manager.id());
        // The care plan is the case plan: an open case-plan request of the case workflow is decided with it.
        cases.openApproval(caseId, ApprovalKind.CASE_PLAN)
                .ifPresent(approval -> cases.decide(approval, true, null));
    }

    /**
     * Keeps the two views of one decision together: a case-plan request approved in the approvals queue
     * approves the submitted care plan too (the manager's checks ran when the request was decided).
     */
    @org.springframework.context.event.EventListener
    void onCaseApprovalDecided(CaseApprovalDecided decided) {
        if (decided.kind() == ApprovalKind.CASE_PLAN && decided.approved()) {
            planOf(decided.caseId()).filter(plan -> plan.status() == PlanStatus.SUBMITTED)
                    .ifPresent(plan -> markApproved(plan.id(), decided.decidedBy()));
        }
    }

    private void markApproved(UUID planId, UUID manager) {
        int updated = jdbc.sql("""
                UPDATE care_plan SET status = 'APPROVED', decided_by = :user, decided_at = now(), updated_at = now(),
                       return_reason = NULL
                WHERE id = :id AND status = 'SUBMITTED'
                """).param("user", manager).param("id", planId).update();
        if (updated == 1) {
            audit.record(AuditAction.UPDATE, SUBJECT, planId, "ok", "approved");
        }
    }

    /** Sends the plan back to the caseworker with the reason (the reason is kept on the plan, not in the audit). */
    @Transactional
    public void returnForChanges(UUID caseId, String reason) {
        SignedInUser manager = decider(caseId);
        String text = Checks.requiredText("reason", reason, 2000);
        PlanRow plan = submittedPlan(caseId, manager);
        jdbc.sql("""
                UPDATE care_plan SET status = 'RETURNED', decided_by = :user, decided_at = now(), updated_at = now(),
                       return_reason = :reason
                WHERE id = :id AND status = 'SUBMITTED'
                """).param("user", manager.id()).param("reason", text).param("id", plan.id()).update();
        audit.record(AuditAction.UPDATE, SUBJECT, plan.id(), "ok", "returned with reason");
    }

    /** Reopens an approved plan for changes; it needs approval again. */
    @Transactional
    public void reopen(UUID caseId) {
        access.requireEdit(CASE, caseId);
        PlanRow plan = existingPlan(caseId);
        if (plan.status() != PlanStatus.APPROVED) {
            throw new InvalidInputException("status", "aftercare.error.planNotApproved");
        }
        jdbc.sql("UPDATE care_plan SET status = 'DRAFT', updated_at = now() WHERE id = :id").param("id", plan.id()).update();
        audit.record(AuditAction.UPDATE, SUBJECT, plan.id(), "ok", "reopened as draft");
    }

    /** The plan id of a case, if any, without access checks: for other services of this module. */
    Optional<UUID> planId(UUID caseId) {
        return planOf(caseId).map(PlanRow::id);
    }

    private SignedInUser decider(UUID caseId) {
        access.requireView(CASE, caseId);
        return access.requirePermission(Permission.CASES_APPROVE);
    }

    private PlanRow submittedPlan(UUID caseId, SignedInUser manager) {
        PlanRow plan = existingPlan(caseId);
        if (plan.status() != PlanStatus.SUBMITTED) {
            throw new InvalidInputException("status", "aftercare.error.planNotSubmitted",
                    Checks.labelOf("planStatus", plan.status()));
        }
        if (manager.id().equals(plan.submittedBy())) {
            throw new InvalidInputException("status", "aftercare.error.ownPlan");
        }
        return plan;
    }

    private UUID editablePlan(UUID caseId, SignedInUser user) {
        Optional<PlanRow> plan = planOf(caseId);
        if (plan.isEmpty()) {
            return create(caseId, user);
        }
        if (!plan.get().status().editable()) {
            throw new InvalidInputException("status", "aftercare.error.planLocked",
                    Checks.labelOf("planStatus", plan.get().status()));
        }
        return plan.get().id();
    }

    private UUID create(UUID caseId, SignedInUser user) {
        UUID id = UUID.randomUUID();
        // ON CONFLICT: two people starting the same case's plan at once end up with the one plan.
        int inserted = jdbc.sql("INSERT INTO care_plan (id, case_id, created_by) VALUES (:id, :caseId, :user) ON CONFLICT (case_id) DO NOTHING")
                .param("id", id).param("caseId", caseId).param("user", user.id()).update();
        if (inserted == 0) {
            return existingPlan(caseId).id();
        }
        audit.record(AuditAction.CREATE, SUBJECT, id, "ok", "case " + caseId);
        return id;
    }

    private PlanRow existingPlan(UUID caseId) {
        return planOf(caseId).orElseThrow(() -> new NotFoundException("Care plan"));
    }

    private Optional<PlanRow> planOf(UUID caseId) {
        return jdbc.sql("SELECT id, status, submitted_by FROM care_plan WHERE case_id = :caseId FOR UPDATE")
                .param("caseId", caseId)
                .query((rs, n) -> new PlanRow(rs.getObject("id", UUID.class), PlanStatus.valueOf(rs.getString("status")),
                        rs.getObject("submitted_by", UUID.class)))
                .optional();
    }

    private void touched(UUID planId) {
        jdbc.sql("UPDATE care_plan SET updated_at = now() WHERE id = :id").param("id", planId).update();
    }

    private CarePlan mapPlan(ResultSet rs) throws SQLException {
        UUID planId = rs.getObject("id", UUID.class);
        List<CarePlan.Goal> goals = jdbc.sql("SELECT * FROM care_goal WHERE plan_id = :planId ORDER BY target_date NULLS LAST, created_at")
                .param("planId", planId).query((g, n) -> {
                    UUID id = g.getObject("id", UUID.class);
                    return new CarePlan.Goal(id, fields.open(AftercareColumns.GOAL_DESCRIPTION, id, g.getBytes("description")),
                            g.getObject("target_date", LocalDate.class), GoalStatus.valueOf(g.getString("status")));
                }).list();
        List<CarePlan.PlannedService> services = jdbc.sql("SELECT * FROM care_service WHERE plan_id = :planId ORDER BY created_at")
                .param("planId", planId).query((s, n) -> {
                    UUID id = s.getObject("id", UUID.class);
                    return new CarePlan.PlannedService(id, ServiceKind.valueOf(s.getString("kind")),
                            ServiceStatus.valueOf(s.getString("status")),
                            fields.open(AftercareColumns.SERVICE_DETAILS, id, s.getBytes("details")),
                            s.getObject("start_date", LocalDate.class),
                            fields.open(AftercareColumns.SERVICE_SCHOOL, id, s.getBytes("school")),
                            s.getString("school_class"), s.getObject("enrolment_date", LocalDate.class));
                }).list();
        return new CarePlan(planId, rs.getObject("case_id", UUID.class), PlanStatus.valueOf(rs.getString("status")),
                rs.getString("submitted_name"), instant(rs.getTimestamp("submitted_at")), rs.getString("decided_name"),
                instant(rs.getTimestamp("decided_at")), rs.getString("return_reason"), goals, services);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record PlanRow(UUID id, PlanStatus status, UUID submittedBy) {
    }
}
