package org.lantern.audit;

import org.lantern.platform.MaintenanceCommand;
import org.springframework.stereotype.Component;

/** {@code ./lantern audit verify}: exit 0 when the chain holds, 1 with the first broken link when not. */
@Component
class AuditVerifyCommand implements MaintenanceCommand {

    private final AuditVerification verification;

    AuditVerifyCommand(AuditVerification verification) {
        this.verification = verification;
    }

    @Override
    public String name() {
        return "audit verify";
    }

    @Override
    public String summary() {
        return "check that no audit entry was edited, deleted or inserted";
    }

    @Override
    public int execute(String[] args) {
        AuditVerification.Result result = verification.verify();
        if (result.intact()) {
            System.out.println("Audit chain intact: " + result.checked() + " entries verified.");
            return 0;
        }
        System.out.println("Audit chain BROKEN at entry " + result.firstBrokenSequence().get() + ": " + result.problem());
        return 1;
    }
}
