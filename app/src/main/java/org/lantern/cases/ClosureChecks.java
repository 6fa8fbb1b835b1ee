package org.lantern.cases;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;

/** Asks every {@link CaseClosureCheck} whether a case may be closed, and refuses the closure while work is open. */
@Component
class ClosureChecks {

    private final List<CaseClosureCheck> checks;
    private final AuditLog audit;

    ClosureChecks(List<CaseClosureCheck> checks, AuditLog audit) {
        this.checks = checks;
        this.audit = audit;
    }

    List<CaseClosureCheck.OpenWork> openWork(UUID caseId) {
        return checks.stream().flatMap(check -> check.openWork(caseId).stream()).filter(work -> work.count() > 0).toList();
    }

    /** Refuses (field {@code approval}, naming each open item) and audits the refusal, as a missing consent is. */
    void requireNothingOpen(UUID caseId) {
        List<CaseClosureCheck.OpenWork> open = openWork(caseId);
        if (open.isEmpty()) {
            return;
        }
        audit.record(AuditAction.ACCESS_DENIED, "case", caseId, "work open", "closure refused: " + open.stream()
                .map(work -> work.messageKey() + "=" + work.count()).collect(Collectors.joining(", ")));
        throw new InvalidInputException("approval", "cases.error.closureBlocked", open);
    }
}
