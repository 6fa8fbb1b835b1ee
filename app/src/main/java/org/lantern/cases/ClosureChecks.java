package org.lantern.cases;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Asks every {@link CaseClosureCheck} whether a case may be closed, and refuses the closure while work is open. */
@Component
class ClosureChecks {

    private final List<CaseClosureCheck> checks;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    ClosureChecks(List<CaseClosureCheck> checks, AuditLog audit, JdbcClient jdbc) {
        this.checks = checks;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    List<CaseClosureCheck.OpenWork> openWork(UUID caseId) {
        return checks.stream().flatMap(check -> check.openWork(caseId).stream()).filter(work -> work.count() > 0).toList();
    }

    /**
     * Refuses (field {@code approval}, naming each open item) and audits the refusal, as a missing consent is.
     * Locks the case row first, in the caller's transaction: work being opened at this moment (which holds the row
     * through {@link SurvivorCases#holdOpen}) is either seen here or refused once the case is closed.
     */
    void requireNothingOpen(UUID caseId) {
        jdbc.sql("SELECT id FROM survivor_case WHERE id = :id FOR UPDATE").param("id", caseId).query(UUID.class).list();
        List<CaseClosureCheck.OpenWork> open = openWork(caseId);
        if (open.isEmpty()) {
            return;
        }
        audit.record(AuditAction.ACCESS_DENIED, "case", caseId, "work open", "closure refused: " + open.stream()
                .map(work -> work.messageKey() + "=" + work.count()).collect(Collectors.joining(", ")));
        throw new InvalidInputException("approval", "cases.error.closureBlocked", open);
    }
}
