package org.lantern.identity;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.UUID;

import org.lantern.protection.FieldProtector;
import org.lantern.protection.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/** TOTP enrolment and verification; secrets are stored encrypted and each code works only once. */
@Service
public class TwoFactor {

    static final ProtectedColumn TOTP_SECRET = new ProtectedColumn("app_user", "id", "totp_secret");

    private final UserAccounts accounts;
    private final FieldProtector protector;
    private final Clock clock;

    TwoFactor(UserAccounts accounts, FieldProtector protector, Clock clock) {
        this.accounts = accounts;
        this.protector = protector;
        this.clock = clock;
    }

    /** Starts enrolment: stores a fresh, not yet enabled secret and returns it for the authenticator app. */
    public byte[] beginEnrolment(UUID userId) {
        byte[] secret = Totp.newSecret();
        accounts.setTotp(userId, protector.seal(TOTP_SECRET, userId, secret), false);
        return secret;
    }

    public byte[] pendingSecret(UUID userId) {
        UserAccount account = accounts.byId(userId).orElseThrow();
        return account.totpSecret() == null ? null : protector.openBytes(TOTP_SECRET, userId, account.totpSecret());
    }

    /** Finishes enrolment when the first code from the app is right. */
    public boolean confirmEnrolment(UUID userId, String code) {
        if (!verify(userId, code)) {
            return false;
        }
        accounts.enableTotp(userId);
        return true;
    }

    public boolean verify(UUID userId, String code) {
        UserAccount account = accounts.byId(userId).orElseThrow();
        if (account.totpSecret() == null) {
            return false;
        }
        byte[] secret = protector.openBytes(TOTP_SECRET, userId, account.totpSecret());
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        return step.isPresent() && accounts.consumeTotpStep(userId, step.getAsLong());
    }

    public void disable(UUID userId) {
        accounts.setTotp(userId, null, false);
    }

    @Configuration(proxyBeanMethods = false)
    static class Columns {
        @Bean
        ProtectedColumn totpSecretColumn() {
            return TOTP_SECRET;
        }

        @Bean
        @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
