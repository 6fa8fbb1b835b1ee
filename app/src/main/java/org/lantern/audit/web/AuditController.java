package org.lantern.audit.web;

import org.lantern.audit.AuditTrail;
import org.lantern.audit.AuditVerification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the audit trail and its integrity (access limited to AUDIT_VIEW by path). */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditTrail trail;
    private final AuditVerification verification;

    AuditController(AuditTrail trail, AuditVerification verification) {
        this.trail = trail;
        this.verification = verification;
    }

    @GetMapping
    String trail(@RequestParam(required = false) String actor, @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId, @RequestParam(defaultValue = "0") long before,
            Model model) {
        var entries = trail.recent(actor, subjectType, subjectId, 100, before);
        model.addAttribute("entries", entries);
        model.addAttribute("actor", actor);
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("nextBefore", entries.size() == 100 ? entries.getLast().sequence() : 0);
        return "audit/trail";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        model.addAttribute("result", verification.verify());
        return "audit/verify-result :: result";
    }
}
