package org.lantern.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.SignInFlow;
import org.lantern.identity.SignInStep;
import org.lantern.identity.SignedInUser;
import org.lantern.identity.TwoFactor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form and the second-factor step; the password itself is checked by Spring Security. */
@Controller
class SignInController {

    private final TwoFactor twoFactor;
    private final SignInFlow flow;
    private final AuditLog audit;

    SignInController(TwoFactor twoFactor, SignInFlow flow, AuditLog audit) {
        this.twoFactor = twoFactor;
        this.flow = flow;
        this.audit = audit;
    }

    @GetMapping("/signin")
    String signIn() {
        return "identity/signin";
    }

    @GetMapping("/signin/two-factor")
    String twoFactorForm() {
        return "identity/two-factor";
    }

    @PostMapping("/signin/two-factor")
    String twoFactor(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        SignedInUser user = SignInFlow.currentUser();
        if (!twoFactor.verify(user.id(), code)) {
            audit.recordFor(user.id(), user.username(), AuditAction.SIGN_IN_FAILED, "wrong two-factor code", null);
            model.addAttribute("codeError", true);
            return "identity/two-factor";
        }
        flow.complete(SignInStep.TWO_FACTOR_CODE, request, response);
        return "redirect:" + SignInFlow.nextPage();
    }
}
