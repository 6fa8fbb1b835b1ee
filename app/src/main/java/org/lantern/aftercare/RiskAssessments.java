package org.lantern.aftercare;

import static org.lantern.aftercare.Checks.CASE;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.protection.FieldProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Re-trafficking risk assessments of a case: scored, kept as a history, with a safety plan when HIGH. */
@Service
public class RiskAssessments {

    private static final String SUBJECT = "risk_assessment";

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final FieldProtector fields;
    private final Clock clock;

    RiskAssessments(JdbcClient jdbc, RecordAccess access, AuditLog audit, FieldProtector fields, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.fields = fields;
        this.clock = clock;
    }

    /** Scores the answers; a HIGH result is refused without a safety plan, which is stored encrypted. */
    @Transactional
    public RiskAssessment assess(UUID caseId, LocalDate assessedOn, Set<RiskItem> yes, String safetyPlan) {
        SignedInUser user = access.requireEdit(CASE, caseId);
        Checks.notAfter("assessedOn", Checks.required("assessedOn", assessedOn), LocalDate.now(clock));
        Set<RiskItem> answers = yes == null || yes.isEmpty() ? EnumSet.noneOf(RiskItem.class) : EnumSet.copyOf(yes);
        int score = RiskAssessment.score(answers);
        RiskLevel level = RiskLevel.of(score);
        String plan = Checks.optionalText("safetyPlan", safetyPlan, Checks.MAX_TEXT);
        if (level == RiskLevel.HIGH && plan == null) {
            throw new InvalidInputException("safetyPlan", "aftercare.error.safetyPlanRequired",
                    Checks.labelOf("riskLevel", level), score);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO risk_assessment (id, case_id, assessed_by, assessed_on, answers, score, level, safety_plan)
                VALUES (:id, :caseId, :user, :on, string_to_array(:answers, ','), :score, :level, :plan)
                """).param("id", id).param("caseId", caseId).param("user", user.id()).param("on", assessedOn)
                .param("answers", answers.stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("score", score).param("level", level.name())
                .param("plan", fields.seal(AftercareColumns.SAFETY_PLAN, id, plan)).update();
        audit.record(AuditAction.CREATE, SUBJECT, id, "ok", "case " + caseId + " level " + level);
        return new RiskAssessment(id, caseId, assessedOn, user.displayName(), answers, score, level, plan);
    }

    /** The case's assessments, newest first. */
    public List<RiskAssessment> history(UUID caseId) {
        access.requireView(CASE, caseId);
        List<RiskAssessment> history = jdbc.sql("""
                SELECT r.*, u.display_name FROM risk_assessment r JOIN app_user u ON u.id = r.assessed_by
                WHERE r.case_id = :caseId ORDER BY r.assessed_on DESC, r.created_at DESC
                """).param("caseId", caseId).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new RiskAssessment(id, caseId, rs.getObject("assessed_on", LocalDate.class),
                            rs.getString("display_name"), items(rs.getArray("answers")), rs.getInt("score"),
                            RiskLevel.valueOf(rs.getString("level")),
                            fields.open(AftercareColumns.SAFETY_PLAN, id, rs.getBytes("safety_plan")));
                }).list();
        if (!history.isEmpty()) {
            audit.recordAll(AuditAction.READ, SUBJECT, history.stream().map(RiskAssessment::id).toList(), "case " + caseId);
        }
        return history;
    }

    private static Set<RiskItem> items(Array array) throws java.sql.SQLException {
        Set<RiskItem> items = EnumSet.noneOf(RiskItem.class);
        for (Object item : (Object[]) array.getArray()) {
            if (item != null && !item.toString().isEmpty()) {
                items.add(RiskItem.valueOf(item.toString()));
            }
        }
        return items;
    }
}
