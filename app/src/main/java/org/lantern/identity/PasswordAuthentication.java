package org.lantern.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, applies lockout and throttling, audits the outcome and decides which
 * {@link SignInStep}s remain before the session may do anything.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    /** Compared against when the username is unknown, so timing does not reveal which usernames exist. */
    private final String decoyHash;

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    PasswordAuthentication(UserAccounts accounts, PasswordEncoder passwords, SignInThrottle throttle, AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-for-unknown-users");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal()).trim().toLowerCase(java.util.Locale.ROOT);
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.addressBlocked(address)) {
            audit.recordFor(null, username, AuditAction.SIGN_IN_FAILED, "throttled", "too many failures from address");
            throw new LockedException("Too many failed attempts; try again later");
        }
        Optional<UserAccount> found = accounts.byUsername(username);
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            throttle.addressFailed(address);
            audit.recordFor(null, username, AuditAction.SIGN_IN_FAILED, "unknown user", null);
            throw new BadCredentialsException("Bad credentials");
        }
        UserAccount account = found.get();
        if (account.lockedAt(clock.instant())) {
            audit.recordFor(account.id(), username, AuditAction.SIGN_IN_FAILED, "locked", null);
            throw new LockedException("Account locked");
        }
        if (!passwords.matches(password, account.passwordHash())) {
            int failures = account.failedAttempts() + 1;
            var lockedUntil = throttle.lockAfter(failures);
            accounts.recordFailure(account.id(), failures, lockedUntil);
            throttle.addressFailed(address);
            audit.recordFor(account.id(), username, AuditAction.SIGN_IN_FAILED,
                    lockedUntil == null ? "wrong password" : "wrong password; locked", "failures=" + failures);
            throw lockedUntil == null ? new BadCredentialsException("Bad credentials") : new LockedException("Account locked");
        }
        if (!account.enabled()) {
            audit.recordFor(account.id(), username, AuditAction.SIGN_IN_FAILED, "disabled", null);
            throw new DisabledException("Account disabled");
        }
        accounts.recordSuccess(account.id());
        if (passwords.upgradeEncoding(account.passwordHash())) {
            accounts.setPassword(account.id(), passwords.encode(password), account.mustChangePassword());
        }
        SignedInUser user = new SignedInUser(account.id(), account.username(), account.displayName(), account.roles(),
                account.office(), pendingSteps(account));
        audit.recordFor(account.id(), username, AuditAction.SIGN_IN, user.pendingSteps().isEmpty() ? "ok" : "password ok",
                user.pendingSteps().isEmpty() ? null : "pending=" + user.pendingSteps());
        return SignInFlow.authenticationFor(user);
    }

    static List<SignInStep> pendingSteps(UserAccount account) {
        List<SignInStep> steps = new ArrayList<>();
        if (account.totpEnabled()) {
            steps.add(SignInStep.TWO_FACTOR_CODE);
        }
        if (account.mustChangePassword()) {
            steps.add(SignInStep.PASSWORD_CHANGE);
        }
        if (account.twoFactorRequired() && !account.totpEnabled()) {
            steps.add(SignInStep.TWO_FACTOR_ENROLMENT);
        }
        return List.copyOf(steps);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
