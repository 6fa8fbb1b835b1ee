package org.lantern.investigation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.lantern.cases.CaseDraft;
import org.lantern.cases.IdentifiedHow;
import org.lantern.cases.NameKind;
import org.lantern.cases.PersonDraft;
import org.lantern.cases.SurvivorCases;
import org.lantern.identity.Permission;
import org.lantern.identity.Role;
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
 * With {@code --demo}: synthetic networks for the first demo cases. The investigator imran (and the lawyer
 * vikram, on two of them) are put on up to three cases' teams; if no cases exist yet, the caseworker asha
 * registers two. Each case gets an operator's CSV with a planted ring ({@link DemoRing}), imported through
 * the ordinary import, and a few analyst entities and links. Runs only while the module's tables are empty.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "lantern.demo", havingValue = "true")
class InvestigationDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InvestigationDemo.class);

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final SurvivorCases cases;
    private final CdrImports imports;
    private final NetworkEntities entities;

    InvestigationDemo(JdbcClient jdbc, UserAccounts accounts, SurvivorCases cases, CdrImports imports,
            NetworkEntities entities) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.cases = cases;
        this.imports = imports;
        this.entities = entities;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM network_entity) AND NOT EXISTS (SELECT 1 FROM cdr_import)")
                .query(Boolean.class).single();
        Optional<UserAccount> imran = accounts.byUsername("imran");
        if (!empty || imran.isEmpty()) {
            return;
        }
        try {
            List<UUID> caseIds = demoCases();
            Optional<UserAccount> vikram = accounts.byUsername("vikram");
            for (int i = 0; i < caseIds.size(); i++) {
                assign(caseIds.get(i), imran.get(), "INVESTIGATOR");
                if (i < 2 && vikram.isPresent()) {
                    assign(caseIds.get(i), vikram.get(), "LAWYER");
                }
            }
            signIn(imran.get());
            for (int i = 0; i < caseIds.size(); i++) {
                network(caseIds.get(i), i, imran.get().id());
            }
            log.info("Demo networks for {} cases; imran and vikram are on their teams", caseIds.size());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The three newest cases (Kolkata first), or two new ones registered by asha when there are fewer than two. */
    private List<UUID> demoCases() {
        List<UUID> existing = jdbc.sql("SELECT id FROM survivor_case ORDER BY (office = 'Kolkata') DESC, opened_at DESC, id LIMIT 3").query(UUID.class).list();
        if (existing.size() >= 2) {
            return existing;
        }
        UserAccount asha = accounts.byUsername("asha").orElse(null);
        if (asha == null) {
            return existing;
        }
        List<UUID> created = new ArrayList<>(existing);
        signIn(asha);
        String[] names = {"Demo Survivor Rupa", "Demo Survivor Moni"};
        for (int i = created.size(); i < 2; i++) {
            created.add(cases.register(new PersonDraft(List.of(new PersonDraft.NameDraft(names[i], null, NameKind.OFFICIAL)),
                    null, null, 16 + i, null, null, null, null, null, null),
                    new CaseDraft(IdentifiedHow.RESCUE_OPERATION, null, null, null, null, null, null, null, null)));
        }
        SecurityContextHolder.clearContext();
        return created;
    }

    private void assign(UUID caseId, UserAccount user, String role) {
        jdbc.sql("""
                INSERT INTO case_assignment (case_id, user_id, role) VALUES (:c, :u, :r)
                ON CONFLICT (case_id, user_id) DO NOTHING
                """).param("c", caseId).param("u", user.id()).param("r", role).update();
    }

    private void network(UUID caseId, int index, UUID by) {
        DemoRing demo = new DemoRing(index);
        CdrImports.Upload upload = imports.upload(caseId, "demo-operator-cdr-" + (index + 1) + ".csv",
                new ByteArrayInputStream(demo.csv().getBytes(StandardCharsets.UTF_8)));
        imports.start(caseId, upload.id(), CdrColumns.of(upload.guessed()), "Asia/Kolkata");
        DemoRing.Ring ring = demo.ring();
        Map<String, UUID> phones = new java.util.HashMap<>();
        for (String number : allOf(ring)) {
            phones.put(number, entity(caseId, EntityKind.PHONE_NUMBER, number, EvidenceSource.CDR_IMPORT, "1.00"));
        }
        UUID controller = entity(caseId, EntityKind.PERSON, "Demo controller \"Bada Bhai\"", EvidenceSource.CASE, "0.80");
        UUID recruiter = entity(caseId, EntityKind.PERSON, "Demo recruiter \"Didi\"", EvidenceSource.CASE, "0.90");
        UUID van = entity(caseId, EntityKind.VEHICLE, "WB 00 DEMO " + (1000 + index), EvidenceSource.DOCUMENT, "0.70");
        UUID place = entity(caseId, EntityKind.LOCATION, "Demo border crossing " + (index + 1), EvidenceSource.DOCUMENT, "0.60");
        UUID account = entity(caseId, EntityKind.BANK_ACCOUNT, "DEMO00000" + (index + 1), EvidenceSource.DOCUMENT, "0.90");
        link(caseId, controller, phones.get(ring.controller()), LinkKind.OWNS, EvidenceSource.DOCUMENT, "0.80", by);
        link(caseId, recruiter, phones.get(ring.recruiters().getFirst()), LinkKind.OWNS, EvidenceSource.CASE, "0.90", by);
        link(caseId, controller, recruiter, LinkKind.CONTROLS, EvidenceSource.ANALYST, "0.60", by);
        link(caseId, controller, van, LinkKind.OWNS, EvidenceSource.DOCUMENT, "0.70", by);
        link(caseId, van, place, LinkKind.SEEN_AT, EvidenceSource.DOCUMENT, "0.60", by);
        link(caseId, controller, account, LinkKind.USES_ACCOUNT, EvidenceSource.DOCUMENT, "0.90", by);
        link(caseId, account, recruiter, LinkKind.PAID, EvidenceSource.DOCUMENT, "0.90", by);
    }

    private static List<String> allOf(DemoRing.Ring ring) {
        List<String> all = new ArrayList<>();
        all.add(ring.controller());
        all.addAll(ring.recruiters());
        return all;
    }

    private UUID entity(UUID caseId, EntityKind kind, String value, EvidenceSource source, String confidence) {
        return entities.add(caseId, new NetworkEntities.EntityDraft(kind, value, null, source, "demo",
                new BigDecimal(confidence)));
    }

    private void link(UUID caseId, UUID from, UUID to, LinkKind kind, EvidenceSource source, String confidence, UUID by) {
        entities.link(caseId, new NetworkEntities.LinkDraft(from, to, kind, source, "demo", new BigDecimal(confidence),
                Instant.parse("2024-03-15T06:00:00Z")));
    }

    private static void signIn(UserAccount account) {
        SignedInUser user = new SignedInUser(account.id(), account.username(), account.displayName(), account.roles(),
                account.office(), List.of());
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SignedInUser.SIGNED_IN));
        for (Role role : account.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            for (Permission permission : role.permissions()) {
                authorities.add(new SimpleGrantedAuthority(permission.authority()));
            }
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }
}
