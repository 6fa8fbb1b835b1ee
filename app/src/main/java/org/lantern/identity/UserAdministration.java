package org.lantern.identity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing users; every change is an audited administrative action. */
@Service
public class UserAdministration {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditLog audit;

    UserAdministration(UserAccounts accounts, PasswordEncoder passwords, PasswordPolicy policy, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
    }

    /** A new user with a one-time password they must change at first sign-in. */
    public record Created(UUID id, String oneTimePassword) {
    }

    @Transactional
    public Created create(String username, String displayName, Set<Role> roles, String office, boolean mustChange) {
        String normalised = normaliseUsername(username);
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("displayName", "users.error.nameRequired");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "users.error.roleRequired");
        }
        if (accounts.byUsername(normalised).isPresent()) {
            throw new InvalidInputException("username", "users.error.usernameTaken");
        }
        String oneTime = oneTimePassword();
        UUID id = accounts.create(normalised, displayName.trim(), passwords.encode(oneTime), mustChange, roles, office);
        audit.record(AuditAction.ADMINISTER, "user", id, "ok", "created with roles " + roles);
        return new Created(id, oneTime);
    }

    @Transactional
    public void update(UUID id, String displayName, Set<Role> roles, String office, boolean enabled) {
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("displayName", "users.error.nameRequired");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "users.error.roleRequired");
        }
        accounts.byId(id).orElseThrow(() -> new org.lantern.platform.web.NotFoundException("User"));
        accounts.update(id, displayName.trim(), roles, office, enabled);
        audit.record(AuditAction.ADMINISTER, "user", id, "ok", "roles=" + roles + " enabled=" + enabled);
    }

    /** Issues a new one-time password (e.g. the user forgot theirs) and clears any lock. */
    @Transactional
    public String resetPassword(UUID id) {
        String oneTime = oneTimePassword();
        accounts.setPassword(id, passwords.encode(oneTime), true);
        accounts.unlock(id);
        audit.record(AuditAction.ADMINISTER, "user", id, "ok", "password reset");
        return oneTime;
    }

    @Transactional
    public void resetTwoFactor(UUID id) {
        accounts.setTotp(id, null, false);
        audit.record(AuditAction.ADMINISTER, "user", id, "ok", "two-factor reset");
    }

    /** Changes one's own password after checking the current one and the policy. */
    @Transactional
    public void changeOwnPassword(UUID id, String current, String replacement) {
        UserAccount account = accounts.byId(id).orElseThrow();
        if (!passwords.matches(current, account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "password.currentWrong");
        }
        policy.problem(replacement, account.username()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        if (passwords.matches(replacement, account.passwordHash())) {
            throw new InvalidInputException("newPassword", "password.sameAsOld");
        }
        accounts.setPassword(id, passwords.encode(replacement), false);
        audit.recordFor(id, account.username(), AuditAction.UPDATE, "ok", "password changed");
    }

    static String normaliseUsername(String username) {
        String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!normalised.matches("[a-z0-9._-]{3,64}")) {
            throw new InvalidInputException("username", "users.error.usernameFormat");
        }
        return normalised;
    }

    static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
