package org.lantern.cases;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.ibm.icu.text.Transliterator;
import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.UserAccount;
import org.lantern.identity.UserAccounts;
import org.lantern.protection.FieldProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code --lantern.demo=true}: synthetic survivors' cases across eastern India and Bangladesh, names in
 * Latin, Devanagari and Bengali, assigned to the demo caseworkers (asha in Kolkata, rina in Dhaka), some shared
 * with police.howrah. A fixed seed makes every demo the same. Created once, when no case exists yet; rows are
 * written in batches so even {@code lantern.demo.cases=100000} (the benchmark) loads in about a minute.
 * All names are invented; none belongs to a real person.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "lantern.demo", havingValue = "true")
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final int BATCH = 2000;

    private record Region(String country, String state, List<String> districts, String office, NameScript script,
            String language) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region("IN", "West Bengal", List.of("Kolkata", "Howrah", "South 24 Parganas", "North 24 Parganas", "Murshidabad", "Malda"), "Kolkata", NameScript.BENGALI, "bn"),
            new Region("IN", "Bihar", List.of("Patna", "Gaya", "Muzaffarpur", "Araria", "Kishanganj"), "Kolkata", NameScript.DEVANAGARI, "hi"),
            new Region("IN", "Jharkhand", List.of("Ranchi", "Gumla", "Sahebganj", "Dumka"), "Kolkata", NameScript.DEVANAGARI, "hi"),
            new Region("IN", "Odisha", List.of("Khordha", "Ganjam", "Balasore", "Koraput"), "Kolkata", NameScript.LATIN, "or"),
            new Region("IN", "Assam", List.of("Kamrup", "Dhubri", "Cachar", "Barpeta"), "Kolkata", NameScript.BENGALI, "as"),
            new Region("IN", "Delhi", List.of("New Delhi", "North West Delhi", "South Delhi"), "Kolkata", NameScript.DEVANAGARI, "hi"),
            new Region("IN", "Maharashtra", List.of("Mumbai", "Pune", "Thane"), "Kolkata", NameScript.DEVANAGARI, "mr"),
            new Region("BD", "Dhaka", List.of("Dhaka", "Narayanganj", "Gazipur"), "Dhaka", NameScript.BENGALI, "bn"),
            new Region("BD", "Khulna", List.of("Jessore", "Satkhira", "Khulna"), "Dhaka", NameScript.BENGALI, "bn"),
            new Region("BD", "Rajshahi", List.of("Rajshahi", "Chapai Nawabganj", "Naogaon"), "Dhaka", NameScript.BENGALI, "bn"));

    private static final String[] GIVEN_FEMALE = {"Puja", "Rina", "Sabina", "Mousumi", "Anjali", "Priya", "Lakshmi",
            "Shabnam", "Rupali", "Sunita", "Rekha", "Nasrin", "Farzana", "Champa", "Kajal", "Jyoti", "Sangita", "Asma",
            "Rumana", "Tania", "Mitali", "Parvati", "Gita", "Sima", "Dipali", "Roshni", "Salma", "Shirin", "Malati", "Kavita"};
    private static final String[] GIVEN_MALE = {"Rahul", "Sujan", "Imran", "Bikash", "Raju", "Sohel", "Amit", "Rafiq",
            "Manoj", "Tapan"};
    private static final String[] FAMILY = {"Das", "Mondal", "Khatun", "Begum", "Sardar", "Biswas", "Kumari", "Devi",
            "Sheikh", "Roy", "Ghosh", "Paswan", "Oraon", "Munda", "Nayak", "Sahu", "Akter", "Hossain", "Barman", "Majhi"};
    private static final String[] PET = {"Munni", "Guddi", "Pinki", "Bulbul", "Tuni", "Chhoti", "Rani", "Moni"};
    private static final String[] VILLAGE_PARTS = {"Gopal", "Ram", "Krishna", "Shanti", "Nandi", "Kali", "Bara", "Chhota",
            "Sona", "Hari"};
    private static final String[] VILLAGE_ENDS = {"pur", "nagar", "gram", "ganj", "para", "dih", "hati"};
    private static final String[] DESTINATIONS = {"Mumbai", "Delhi", "Pune", "Kolkata", "Bengaluru", "Surat", "Dubai"};
    private static final List<String> EXPLOITATION = List.of("SEXUAL", "FORCED_LABOUR", "DOMESTIC_SERVITUDE",
            "BONDED_LABOUR", "FORCED_MARRIAGE", "BEGGING");
    private static final List<String> RECRUITMENT = List.of("JOB_OFFER", "MARRIAGE_PROMISE", "RELATIONSHIP",
            "FAMILY_MEMBER", "ABDUCTION", "EDUCATION_OFFER", "ONLINE");
    private static final List<String> CONTROL = List.of("DEBT_BONDAGE", "DOCUMENTS_WITHHELD", "PHYSICAL_VIOLENCE",
            "THREATS", "CONFINEMENT", "WAGES_WITHHELD", "PSYCHOLOGICAL");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FieldProtector protector;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final int count;
    private final long seed;

    DemoCases(JdbcClient jdbc, JdbcTemplate template, FieldProtector protector, UserAccounts accounts, AuditLog audit,
            @Value("${lantern.demo.cases:300}") int count, @Value("${lantern.demo.seed:20260401}") long seed) {
        this.jdbc = jdbc;
        this.template = template;
        this.protector = protector;
        this.accounts = accounts;
        this.audit = audit;
        this.count = count;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM survivor_case)").query(Boolean.class).single()) {
            return;
        }
        long started = System.nanoTime();
        generate();
        audit.record(AuditAction.IMPORT, "case", null, "ok", "synthetic demo cases: " + count);
        log.info("Created {} synthetic demo cases in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    /** Rows of one batch, per table. */
    private static final class Rows {
        final List<Object[]> people = new ArrayList<>();
        final List<Object[]> names = new ArrayList<>();
        final List<Object[]> contacts = new ArrayList<>();
        final List<Object[]> cases = new ArrayList<>();
        final List<Object[]> classes = new ArrayList<>();
        final List<Object[]> events = new ArrayList<>();
        final List<Object[]> assignments = new ArrayList<>();
        final List<Object[]> shares = new ArrayList<>();
        final List<Object[]> consents = new ArrayList<>();
        final List<Object[]> approvals = new ArrayList<>();
    }

    private void generate() {
        Random random = new Random(seed);
        UUID asha = user("asha");
        UUID rina = user("rina");
        UUID meera = user("meera");
        UUID farida = user("farida");
        UUID vikram = user("vikram");
        UUID police = user("police.howrah");
        Transliterator toDevanagari = Transliterator.getInstance("Latin-Devanagari");
        Transliterator toBengali = Transliterator.getInstance("Latin-Bengali");
        long firstNumber = jdbc.sql("SELECT nextval('case_reference_seq')").query(Long.class).single();
        jdbc.sql("SELECT setval('case_reference_seq', :last)").param("last", firstNumber + count - 1).query((rs, n) -> 1).list();
        Instant now = Instant.now();
        Rows rows = new Rows();
        for (int i = 0; i < count; i++) {
            Region region = REGIONS.get(random.nextInt(REGIONS.size()));
            String district = region.districts().get(random.nextInt(region.districts().size()));
            boolean female = random.nextInt(10) < 8;
            String given = female ? pick(random, GIVEN_FEMALE) : pick(random, GIVEN_MALE);
            String latin = given + " " + pick(random, FAMILY);
            UUID personId = new UUID(random.nextLong(), random.nextLong());
            UUID caseId = new UUID(random.nextLong(), random.nextLong());
            int age = 12 + random.nextInt(19);
            Instant opened = now.minus(random.nextInt(3 * 365), ChronoUnit.DAYS).minus(random.nextInt(86_400), ChronoUnit.SECONDS);
            LocalDate openedOn = LocalDate.ofInstant(opened, java.time.ZoneOffset.UTC);
            String village = pick(random, VILLAGE_PARTS) + pick(random, VILLAGE_ENDS);
            rows.people.add(new Object[] {personId, female ? "FEMALE" : "MALE", Date.valueOf(openedOn), age,
                    "{" + region.language() + (random.nextBoolean() ? ",hi" : "") + "}", region.country(),
                    protector.seal(CasesColumns.PERSON_VILLAGE, personId, village), "Block " + (1 + random.nextInt(9)),
                    district, region.state(), region.country(),
                    random.nextInt(4) == 0 ? protector.seal(CasesColumns.PERSON_MARKS, personId, "mole near the right eye") : null,
                    Timestamp.from(opened)});
            // The name as written locally is official; the Latin spelling is an alias (or the other way round).
            String local = switch (region.script()) {
                case DEVANAGARI -> localScript(toDevanagari, latin);
                case BENGALI -> localScript(toBengali, latin);
                default -> null;
            };
            int position = 0;
            if (local != null) {
                addName(rows, personId, position++, local, region.script(), NameKind.OFFICIAL, random);
                addName(rows, personId, position++, latin, NameScript.LATIN, NameKind.ALIAS, random);
            } else {
                addName(rows, personId, position++, latin, NameScript.LATIN, NameKind.OFFICIAL, random);
            }
            if (random.nextInt(3) == 0) {
                addName(rows, personId, position, pick(random, PET), NameScript.LATIN, NameKind.PET_NAME, random);
            }
            if (random.nextInt(2) == 0) {
                UUID contactId = new UUID(random.nextLong(), random.nextLong());
                rows.contacts.add(new Object[] {contactId, personId,
                        protector.seal(CasesColumns.CONTACT_NAME, contactId, pick(random, GIVEN_FEMALE) + " " + pick(random, FAMILY)),
                        random.nextBoolean() ? "mother" : "aunt",
                        protector.seal(CasesColumns.CONTACT_DETAILS, contactId, "+91 9" + (100_000_000 + random.nextInt(899_999_999)))});
            }
            CaseStatus status = CaseStatus.values()[random.nextInt(CaseStatus.values().length)];
            ApprovalKind pending = null;
            if (status == CaseStatus.ASSESSED && random.nextInt(3) == 0) {
                pending = ApprovalKind.CASE_PLAN;
            } else if (status == CaseStatus.FOLLOW_UP && random.nextInt(3) == 0) {
                pending = ApprovalKind.CLOSURE;
            }
            IdentifiedHow how = IdentifiedHow.values()[random.nextInt(IdentifiedHow.values().length)];
            boolean actual = random.nextInt(3) > 0;
            rows.cases.add(new Object[] {caseId, "LNT-%d-%06d".formatted(openedOn.getYear(), firstNumber + i), personId,
                    how.name(), Date.valueOf(openedOn.minusDays(random.nextInt(5))), actual ? "ACTUAL" : "POSSIBLE",
                    actual ? (random.nextBoolean() ? "Anti-Human Trafficking Unit" : "Child Welfare Committee") : null,
                    region.office(), region.state(), status.name(), pending == null ? null : pending.name(),
                    Timestamp.from(opened), Timestamp.from(opened.plus(random.nextInt(60), ChronoUnit.DAYS)),
                    status == CaseStatus.CLOSED ? Timestamp.from(opened.plus(200, ChronoUnit.DAYS)) : null});
            addCodes(rows, caseId, ReferenceValues.EXPLOITATION, EXPLOITATION, random);
            addCodes(rows, caseId, ReferenceValues.RECRUITMENT, RECRUITMENT, random);
            addCodes(rows, caseId, ReferenceValues.CONTROL, CONTROL, random);
            addEvents(rows, caseId, region, district, openedOn, random);
            UUID lead = region.office().equals("Dhaka") ? rina : asha;
            if (lead != null) {
                rows.assignments.add(new Object[] {caseId, lead, TeamRole.LEAD_CASEWORKER.name(), meera, Timestamp.from(opened)});
            }
            if (farida != null && random.nextInt(3) == 0) {
                rows.assignments.add(new Object[] {caseId, farida, TeamRole.COUNSELLOR.name(), lead, Timestamp.from(opened)});
            }
            if (vikram != null && actual && random.nextInt(4) == 0) {
                rows.assignments.add(new Object[] {caseId, vikram, TeamRole.LAWYER.name(), lead, Timestamp.from(opened)});
            }
            UUID recorder = lead != null ? lead : meera;
            if (recorder != null) {
                rows.consents.add(new Object[] {UUID.randomUUID(), personId, ConsentPurpose.SERVICES.name(), Date.valueOf(openedOn),
                        random.nextBoolean() ? "WRITTEN" : "VERBAL", recorder});
                if (random.nextInt(3) == 0) {
                    rows.consents.add(new Object[] {UUID.randomUUID(), personId, ConsentPurpose.TRACING.name(),
                            Date.valueOf(openedOn), age < 18 ? "GUARDIAN" : "WRITTEN", recorder});
                }
                if (random.nextInt(4) == 0) {
                    rows.consents.add(new Object[] {UUID.randomUUID(), personId, ConsentPurpose.RESEARCH.name(),
                            Date.valueOf(openedOn), "WRITTEN", recorder});
                }
                boolean howrahCase = district.equals("Howrah") || district.equals("Kolkata") || random.nextInt(20) == 0;
                if (police != null && howrahCase && random.nextInt(2) == 0) {
                    rows.consents.add(new Object[] {UUID.randomUUID(), personId, ConsentPurpose.DATA_SHARING.name(),
                            Date.valueOf(openedOn), "WRITTEN", recorder});
                    rows.shares.add(new Object[] {UUID.randomUUID(), caseId, police,
                            random.nextBoolean() ? ShareScope.FULL.name() : ShareScope.SUMMARY.name(), recorder});
                }
                if (pending != null) {
                    rows.approvals.add(new Object[] {UUID.randomUUID(), caseId, pending.name(), recorder});
                }
            }
            if (rows.cases.size() >= BATCH) {
                flush(rows);
                rows = new Rows();
            }
        }
        flush(rows);
    }

    /**
     * Writes a Latin name in an Indic script. ICU's transliterators expect ISO 15919 input, so the plain spelling
     * is first made closer to it (final a and i are long in most names; sh and ch are single letters), and a
     * virama left at the end of a word is dropped, as people write these names.
     */
    static String localScript(Transliterator transliterator, String latin) {
        StringBuilder iso = new StringBuilder();
        for (String word : latin.toLowerCase(Locale.ROOT).split(" ")) {
            String w = word.replace("aa", "ā").replace("ee", "ī").replace("oo", "ū").replace("sh", "ś").replace("ch", "c");
            if (w.endsWith("a")) {
                w = w.substring(0, w.length() - 1) + "ā";
            } else if (w.endsWith("i")) {
                w = w.substring(0, w.length() - 1) + "ī";
            }
            iso.append(iso.isEmpty() ? "" : " ").append(w);
        }
        return transliterator.transliterate(iso.toString())
                .replaceAll("[\\u094D\\u09CD](?=\\s|$)", "")
                .replace('\u0946', '\u0947').replace('\u094A', '\u094B')
                .replace('\u090E', '\u090F').replace('\u0912', '\u0913');
    }

    private void addName(Rows rows, UUID personId, int position, String name, NameScript script, NameKind kind, Random random) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        rows.names.add(new Object[] {id, personId, position, protector.seal(CasesColumns.NAME, id, name), script.name(),
                kind.name(), NameSearchKeys.of(name)});
    }

    private static void addCodes(Rows rows, UUID caseId, String list, List<String> codes, Random random) {
        Set<String> chosen = new LinkedHashSet<>();
        int n = 1 + random.nextInt(2);
        while (chosen.size() < n) {
            chosen.add(codes.get(random.nextInt(codes.size())));
        }
        chosen.forEach(code -> rows.classes.add(new Object[] {caseId, list, code}));
    }

    private void addEvents(Rows rows, UUID caseId, Region region, String district, LocalDate openedOn, Random random) {
        LocalDate recruited = openedOn.minusDays(30 + random.nextInt(700));
        UUID recruitment = new UUID(random.nextLong(), random.nextLong());
        rows.events.add(new Object[] {recruitment, caseId, TraffickingStage.RECRUITMENT.name(),
                protector.seal(CasesColumns.EVENT_PLACE, recruitment, "near the bus stand"), district, region.state(),
                region.country(), Date.valueOf(recruited)});
        if (random.nextBoolean()) {
            UUID exploitation = new UUID(random.nextLong(), random.nextLong());
            String destination = pick(random, DESTINATIONS);
            rows.events.add(new Object[] {exploitation, caseId, TraffickingStage.EXPLOITATION.name(),
                    protector.seal(CasesColumns.EVENT_PLACE, exploitation, destination + ", a rented flat"), destination, null,
                    destination.equals("Dubai") ? "AE" : "IN", Date.valueOf(recruited.plusDays(3 + random.nextInt(20)))});
        }
    }

    private void flush(Rows rows) {
        template.batchUpdate("""
                INSERT INTO person (id, sex, age_estimated_on, estimated_age, languages, nationality, address_village,
                                    address_block, address_district, address_state, address_country, identifying_marks, created_at)
                VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?)""", rows.people);
        template.batchUpdate("INSERT INTO person_name (id, person_id, position, name, script, kind, search_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows.names);
        template.batchUpdate("INSERT INTO contact_person (id, person_id, name, relationship, details) VALUES (?, ?, ?, ?, ?)",
                rows.contacts);
        template.batchUpdate("""
                INSERT INTO survivor_case (id, reference, person_id, identified_how, identified_on, trafficking_status,
                                           status_decided_by, office, region, status, pending_approval, opened_at, updated_at, closed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.cases);
        template.batchUpdate("INSERT INTO case_classification (case_id, list, code) VALUES (?, ?, ?)", rows.classes);
        template.batchUpdate("""
                INSERT INTO trafficking_event (id, case_id, stage, place, district, state, country, occurred_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows.events);
        template.batchUpdate("INSERT INTO case_assignment (case_id, user_id, role, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)",
                rows.assignments);
        template.batchUpdate("INSERT INTO consent (id, person_id, purpose, given_on, method, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                rows.consents);
        template.batchUpdate("INSERT INTO case_share (id, case_id, user_id, scope, shared_by) VALUES (?, ?, ?, ?, ?)", rows.shares);
        template.batchUpdate("INSERT INTO case_approval (id, case_id, kind, requested_by) VALUES (?, ?, ?, ?)", rows.approvals);
    }

    private UUID user(String username) {
        return accounts.byUsername(username).map(UserAccount::id).orElse(null);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
