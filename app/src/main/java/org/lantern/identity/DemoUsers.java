package org.lantern.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}: one synthetic user per role, so a newcomer can try every part of Lantern. Each gets
 * a random password printed once on the console; none is a fixed default. Demo users are created only
 * once, on the first demo start of a data directory.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "lantern.demo", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    /** Demo usernames by role; other modules' demo data assigns cases to them. */
    static final Map<String, Role> USERS = demoUsers();

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;

    DemoUsers(UserAccounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.byUsername("asha").isPresent()) {
            return;
        }
        StringBuilder printed = new StringBuilder("\n================================================================\n"
                + " Demo users (synthetic data only). Passwords are shown only now:\n");
        USERS.forEach((username, role) -> {
            String password = UserAdministration.oneTimePassword();
            String office = role == Role.PARTNER_POLICE || username.equals("rina") ? "Dhaka" : "Kolkata";
            accounts.create(username, displayName(username), passwords.encode(password), false, Set.of(role), office);
            printed.append(String.format("   %-16s %-20s %s%n", username, role.name().toLowerCase(), password));
        });
        printed.append(" Administrators and investigators set up two-factor sign-in first.\n"
                + "================================================================\n");
        System.out.println(printed);
    }

    private static String displayName(String username) {
        return Character.toUpperCase(username.charAt(0)) + username.substring(1).replace('.', ' ');
    }

    private static Map<String, Role> demoUsers() {
        Map<String, Role> users = new LinkedHashMap<>();
        users.put("meera", Role.PROGRAMME_MANAGER);
        users.put("asha", Role.CASEWORKER);
        users.put("rina", Role.CASEWORKER);
        users.put("farida", Role.COUNSELLOR);
        users.put("vikram", Role.LAWYER);
        users.put("imran", Role.INVESTIGATOR);
        users.put("sunita", Role.COMMUNITY_WORKER);
        users.put("kabir", Role.RESEARCHER);
        users.put("lata", Role.TRAINER);
        users.put("police.howrah", Role.PARTNER_POLICE);
        return java.util.Collections.unmodifiableMap(users);
    }
}
