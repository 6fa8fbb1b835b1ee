package org.lantern.identity.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.ApiTokens;
import org.lantern.identity.SignInFlow;
import org.lantern.identity.SignInStep;
import org.lantern.identity.SignedInUser;
import org.lantern.identity.Totp;
import org.lantern.identity.TwoFactor;
import org.lantern.identity.UserAccounts;
import org.lantern.identity.UserAdministration;
import org.lantern.platform.web.InputProblems;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: profile, password, second factor and API tokens. */
@Controller
class AccountController {

    private final InputProblems problems;
    private final UserAccounts accounts;
    private final UserAdministration administration;
    private final TwoFactor twoFactor;
    private final ApiTokens tokens;
    private final SignInFlow flow;
    private final AuditLog audit;

    AccountController(UserAccounts accounts, UserAdministration administration, TwoFactor twoFactor, ApiTokens tokens,
            SignInFlow flow, AuditLog audit, InputProblems problems) {
        this.problems = problems;
        this.accounts = accounts;
        this.administration = administration;
        this.twoFactor = twoFactor;
        this.tokens = tokens;
        this.flow = flow;
        this.audit = audit;
    }

    @GetMapping("/account")
    String profile(Model model) {
        SignedInUser user = SignInFlow.currentUser();
        model.addAttribute("account", accounts.byId(user.id()).orElseThrow());
        model.addAttribute("tokens", tokens.of(user.id()));
        return "identity/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("forced", SignInFlow.currentUser().pendingSteps().contains(SignInStep.PASSWORD_CHANGE));
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String confirmPassword, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        SignedInUser user = SignInFlow.currentUser();
        model.addAttribute("forced", user.pendingSteps().contains(SignInStep.PASSWORD_CHANGE));
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("field", "confirmPassword");
            model.addAttribute("problem", problems.text(new InvalidInputException("confirmPassword", "password.mismatch")));
            return "identity/password";
        }
        try {
            administration.changeOwnPassword(user.id(), currentPassword, newPassword);
        } catch (InvalidInputException e) {
            model.addAttribute("field", e.field());
            model.addAttribute("problem", problems.text(e));
            return "identity/password";
        }
        flow.complete(SignInStep.PASSWORD_CHANGE, request, response);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:" + SignInFlow.nextPage();
    }

    @GetMapping("/account/two-factor")
    String twoFactorEnrolment(Model model) {
        SignedInUser user = SignInFlow.currentUser();
        byte[] secret = twoFactor.pendingSecret(user.id());
        if (secret == null || accounts.byId(user.id()).orElseThrow().totpEnabled()) {
            secret = twoFactor.beginEnrolment(user.id());
        }
        model.addAttribute("secret", Totp.base32(secret));
        model.addAttribute("otpauth", Totp.otpauthUri("Lantern", user.username(), secret));
        model.addAttribute("qr", QrCode.svgDataUri(Totp.otpauthUri("Lantern", user.username(), secret)));
        model.addAttribute("forced", user.pendingSteps().contains(SignInStep.TWO_FACTOR_ENROLMENT));
        return "identity/two-factor-enrol";
    }

    @PostMapping("/account/two-factor")
    String confirmTwoFactor(@RequestParam String code, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        SignedInUser user = SignInFlow.currentUser();
        if (!twoFactor.confirmEnrolment(user.id(), code)) {
            byte[] secret = twoFactor.pendingSecret(user.id());
            model.addAttribute("secret", Totp.base32(secret));
            model.addAttribute("otpauth", Totp.otpauthUri("Lantern", user.username(), secret));
            model.addAttribute("qr", QrCode.svgDataUri(Totp.otpauthUri("Lantern", user.username(), secret)));
            model.addAttribute("forced", user.pendingSteps().contains(SignInStep.TWO_FACTOR_ENROLMENT));
            model.addAttribute("codeError", true);
            return "identity/two-factor-enrol";
        }
        audit.recordFor(user.id(), user.username(), AuditAction.UPDATE, "ok", "two-factor enrolled");
        flow.complete(SignInStep.TWO_FACTOR_ENROLMENT, request, response);
        redirect.addFlashAttribute("notice", "twoFactor.enrolled");
        return "redirect:" + SignInFlow.nextPage();
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam String name, @RequestParam(defaultValue = "90") int days,
            RedirectAttributes redirect) {
        SignedInUser user = SignInFlow.currentUser();
        if (name.isBlank() || name.length() > 100) {
            redirect.addFlashAttribute("tokenError", true);
            return "redirect:/account";
        }
        String token = tokens.create(user.id(), name.trim(), Instant.now().plus(Math.min(Math.max(days, 1), 365), ChronoUnit.DAYS));
        audit.record(AuditAction.CREATE, "api_token", null, "ok", "name=" + name.trim());
        redirect.addFlashAttribute("newToken", token);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id) {
        SignedInUser user = SignInFlow.currentUser();
        tokens.revoke(user.id(), id);
        audit.record(AuditAction.UPDATE, "api_token", id, "ok", "revoked");
        return "redirect:/account";
    }
}
