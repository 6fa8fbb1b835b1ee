package org.lantern.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as stored; the TOTP secret stays encrypted here and is opened only by {@link TwoFactor}. */
public record UserAccount(UUID id, String username, String displayName, String passwordHash,
        boolean mustChangePassword, byte[] totpSecret, boolean totpEnabled, long totpLastStep, int failedAttempts,
        Instant lockedUntil, boolean enabled, String office, Instant createdAt, Instant lastSignInAt, Set<Role> roles) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean twoFactorRequired() {
        return roles.stream().anyMatch(Role::twoFactorRequired);
    }
}
