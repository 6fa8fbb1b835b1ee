package org.lantern.tracing;

import java.util.ArrayList;
import java.util.List;

import org.lantern.identity.SignedInUser;
import org.lantern.identity.UserAccount;
import org.lantern.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * With {@code --lantern.demo=true}: a few hundred synthetic missing reports and found persons, about 30% of the
 * found persons with a true counterpart, so that the review queue has real work in it. Registered through the
 * same services as the pages, by the demo caseworkers asha (Kolkata) and rina (Dhaka). Only when the tracing
 * tables are empty; fixed seed.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "lantern.demo", havingValue = "true")
class TracingDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TracingDemo.class);
    static final long SEED = 20_261_129L;
    static final int MISSING = 240;
    static final int FOUND = 200;

    private final TracingRecords records;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final CandidateSearch search;

    TracingDemo(TracingRecords records, UserAccounts accounts, JdbcClient jdbc, CandidateSearch search) {
        this.records = records;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.search = search;
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = jdbc.sql("SELECT (SELECT count(*) FROM missing_report) + (SELECT count(*) FROM found_person)")
                .query(Long.class).single();
        if (existing > 0) {
            return;
        }
        SignedInUser kolkata = user("asha");
        SignedInUser dhaka = user("rina");
        if (kolkata == null || dhaka == null) {
            log.warn("Demo users are missing; no tracing demo data");
            return;
        }
        DemoPeople people = new DemoPeople(SEED);
        List<DemoPeople.Child> reported = new ArrayList<>();
        try {
            for (int i = 0; i < MISSING; i++) {
                DemoPeople.Child child = people.child();
                reported.add(child);
                signIn(isBangladesh(child) ? dhaka : kolkata);
                records.create(Side.MISSING, people.missingReport(child));
            }
            int counterparts = 0;
            for (int i = 0; i < FOUND; i++) {
                boolean known = people.chance(30);
                DemoPeople.Child child = known ? reported.get(i % reported.size()) : people.child();
                counterparts += known ? 1 : 0;
                signIn(people.chance(70) ? kolkata : dhaka);
                records.create(Side.FOUND, people.foundPerson(child));
            }
            log.info("Tracing demo: {} missing reports, {} found persons ({} with a true counterpart)", MISSING, FOUND,
                    counterparts);
        } finally {
            SecurityContextHolder.clearContext();
        }
        search.awaitIdle();
    }

    private static boolean isBangladesh(DemoPeople.Child child) {
        return List.of("Khulna", "Rangpur").contains(child.home().state());
    }

    private SignedInUser user(String username) {
        return accounts.byUsername(username).map(this::signedIn).orElse(null);
    }

    private SignedInUser signedIn(UserAccount account) {
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.roles(),
                account.office(), List.of());
    }

    private static void signIn(SignedInUser user) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SignedInUser.SIGNED_IN));
        user.roles().forEach(role -> role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority()))));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }
}
