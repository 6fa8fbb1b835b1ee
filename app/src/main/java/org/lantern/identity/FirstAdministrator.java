package org.lantern.identity;

import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates the administrator {@code admin} with a one-time password printed once on
 * the console (never to the log, never a fixed default). It must be changed, and a second factor
 * enrolled, at first sign-in.
 */
@Component
@Order(0)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

    private final UserAccounts accounts;
    private final UserAdministration administration;

    FirstAdministrator(UserAccounts accounts, UserAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0 || args.containsOption("lantern.skip-first-admin")) {
            return;
        }
        UserAdministration.Created admin = administration.create("admin", "Administrator",
                Set.of(Role.ADMINISTRATOR), null, true);
        System.out.println("""

                ================================================================
                 Lantern's first administrator
                   username:            admin
                   one-time password:   %s
                 Sign in and choose your own password; it is shown only now.
                ================================================================
                """.formatted(admin.oneTimePassword()));
    }
}
