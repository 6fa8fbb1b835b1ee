package org.lantern.tracing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.cases.CaseDraft;
import org.lantern.cases.ConsentGrant;
import org.lantern.cases.ConsentPurpose;
import org.lantern.cases.Consents;
import org.lantern.cases.IdentifiedHow;
import org.lantern.cases.NameKind;
import org.lantern.cases.People;
import org.lantern.cases.Person;
import org.lantern.cases.PersonDraft;
import org.lantern.cases.Sex;
import org.lantern.cases.SurvivorCases;
import org.lantern.cases.TraffickingStatus;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.linkage.api.AgeRange;
import org.lantern.linkage.api.Record;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.protection.FieldProtector;
import org.lantern.protection.ProtectedColumn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missing reports and found persons. Registering one also registers the person in the cases module and records
 * tracing consent there, if given; only a found person registered by a worker with CASES_EDIT opens a case. Every read and change
 * checks {@link RecordAccess} first and is audited; every change is searched for candidates after commit.
 */
@Service
public class TracingRecords {

    static final int MAX_TEXT = 200;
    static final int MAX_NAMES = 6;
    public static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final FieldProtector protector;
    private final RecordAccess access;
    private final AuditLog audit;
    private final SurvivorCases cases;
    private final Consents consents;
    private final People people;
    private final ApplicationEventPublisher events;

    TracingRecords(JdbcClient jdbc, FieldProtector protector, RecordAccess access, AuditLog audit, SurvivorCases cases,
            Consents consents, People people, ApplicationEventPublisher events) {
        this.people = people;
        this.jdbc = jdbc;
        this.protector = protector;
        this.access = access;
        this.audit = audit;
        this.cases = cases;
        this.consents = consents;
        this.events = events;
    }

    /**
     * Registers a missing report or found person; needs TRACING_REPORT. A missing report registers its person
     * without a case (a missing child is not yet a survivor case). A found person gets a case, led by the
     * registering worker, if the worker holds CASES_EDIT; otherwise (community workers, partner police) the person
     * is registered without one. Tracing consent, if given, is recorded with the person.
     */
    @Transactional
    public UUID create(Side side, TracingDraft draft) {
        SignedInUser user = access.requirePermission(Permission.TRACING_REPORT);
        AgeRange age = validate(side, draft);
        PersonDraft person = personDraft(draft, age);
        UUID personId;
        UUID caseId = null;
        if (side == Side.FOUND && user.has(Permission.CASES_EDIT)) {
            caseId = cases.register(person, caseDraft(draft));
            personId = cases.personOf(caseId);
            if (draft.tracingConsent()) {
                consents.record(personId, ConsentPurpose.TRACING, null, draft.consentMethod());
            }
        } else {
            personId = people.createStandalone(person, Permission.TRACING_REPORT, draft.tracingConsent()
                    ? Set.of(new ConsentGrant(ConsentPurpose.TRACING, null, draft.consentMethod())) : Set.of());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO " + table(side) + " (id, person_id, case_id, " + kindColumn(side)
                        + ", names, office, created_by) VALUES (:id, :person, :case, :kind, :names, :office, :by)")
                .param("id", id).param("person", personId).param("case", caseId).param("kind", draft.kind())
                .param("names", protector.seal(namesColumn(side), id, String.join("\n", draft.names())))
                .param("office", user.office() == null ? "" : user.office()).param("by", user.id()).update();
        writeDetails(side, id, draft, age);
        audit.record(AuditAction.CREATE, side.recordType(), id);
        events.publishEvent(new TracingRecordChanged(side, id));
        return id;
    }

    /** Changes the details of a report or found person (not its person or case). */
    @Transactional
    public void update(Side side, UUID id, TracingDraft draft) {
        access.requireEdit(side.recordType(), id);
        AgeRange age = validate(side, draft);
        jdbc.sql("UPDATE " + table(side) + " SET " + kindColumn(side) + " = :kind, names = :names WHERE id = :id")
                .param("id", id).param("kind", draft.kind())
                .param("names", protector.seal(namesColumn(side), id, String.join("\n", draft.names()))).update();
        writeDetails(side, id, draft, age);
        audit.record(AuditAction.UPDATE, side.recordType(), id);
        events.publishEvent(new TracingRecordChanged(side, id));
    }

    /** A report or found person, if the current user may see it. */
    public TracingRecord get(Side side, UUID id) {
        access.requireView(side.recordType(), id);
        TracingRecord found = load(side, id).orElseThrow(() -> new NotFoundException(side.recordType()));
        audit.record(AuditAction.READ, side.recordType(), id);
        return found;
    }

    /** The records of a side the current user may see, newest first. */
    public List<TracingRecord> list(Side side, int page) {
        SignedInUser user = access.requirePermission(Permission.TRACING_REPORT);
        TracingVisibility.Condition condition = TracingVisibility.visible(side, user);
        if (condition.sql().equals("FALSE")) {
            return List.of();
        }
        List<TracingRecord> records = select(side, condition.sql() + " ORDER BY r.created_at DESC, r.id LIMIT :limit OFFSET :offset",
                condition.params(), Map.of("limit", PAGE_SIZE + 1, "offset", Math.max(0, page) * PAGE_SIZE));
        if (!records.isEmpty()) {
            audit.recordAll(AuditAction.READ, side.recordType(), records.stream().map(TracingRecord::id).toList(), "list");
        }
        return records;
    }

    // ---- inside the module: no access checks (the caller has made them) ----

    Optional<TracingRecord> load(Side side, UUID id) {
        return select(side, "r.id = :id", Map.of("id", id), Map.of()).stream().findFirst();
    }

    /** Every record of a side with tracing consent in force (for the index). */
    List<TracingRecord> loadConsented(Side side) {
        return select(side, "EXISTS (SELECT 1 FROM consent_in_force ci WHERE ci.person_id = r.person_id AND ci.purpose = 'TRACING')",
                Map.of(), Map.of());
    }

    /** Those of {@code ids} whose person's tracing consent is in force. */
    Set<UUID> consented(Side side, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT r.id FROM " + table(side) + " r WHERE r.id IN (:ids) AND EXISTS (SELECT 1 FROM consent_in_force ci"
                + " WHERE ci.person_id = r.person_id AND ci.purpose = 'TRACING')").param("ids", ids).query(UUID.class).list());
    }

    private List<TracingRecord> select(Side side, String where, Map<String, Object> params, Map<String, Object> more) {
        String sql = """
                SELECT r.*, %s AS kind, %s AS event_date, %s AS event_district, %s AS event_state, %s AS linked_case,
                       EXISTS (SELECT 1 FROM consent_in_force ci WHERE ci.person_id = r.person_id AND ci.purpose = 'TRACING') AS consent
                  FROM %s r WHERE %s
                """.formatted(kindColumn(side), side == Side.MISSING ? "r.missing_on" : "r.found_on",
                side == Side.MISSING ? "r.missing_district" : "r.found_district",
                side == Side.MISSING ? "r.missing_state" : "r.found_state",
                side == Side.MISSING ? "r.linked_case_id" : "NULL::uuid", table(side), where);
        return jdbc.sql(sql).params(params).params(more).query((rs, n) -> map(side, rs)).list();
    }

    private TracingRecord map(Side side, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String names = protector.open(namesColumn(side), id, rs.getBytes("names"));
        Integer low = rs.getObject("age_low", Integer.class);
        Integer high = rs.getObject("age_high", Integer.class);
        java.sql.Date event = rs.getDate("event_date");
        String sex = rs.getString("sex");
        return new TracingRecord(id, side, rs.getObject("person_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("linked_case", UUID.class), rs.getString("kind"),
                side == Side.MISSING ? protector.open(TracingColumns.MISSING_REPORTER, id, rs.getBytes("reporter_contact")) : null,
                names == null || names.isBlank() ? List.of() : Arrays.asList(names.split("\n")),
                protector.open(fatherColumn(side), id, rs.getBytes("father_name")),
                protector.open(phoneColumn(side), id, rs.getBytes("phone")),
                sex == null ? Sex.UNKNOWN : Sex.valueOf(sex),
                low == null ? null : new AgeRange(low, high).toString(),
                event == null ? null : event.toLocalDate(), rs.getString("event_district"), rs.getString("event_state"),
                rs.getString("home_district"), rs.getString("home_state"), rs.getString("office"),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("consent"));
    }

    private void writeDetails(Side side, UUID id, TracingDraft d, AgeRange age) {
        String prefix = side == Side.MISSING ? "missing" : "found";
        jdbc.sql("""
                UPDATE %s SET father_name = :father, phone = :phone, sex = :sex, age_low = :low, age_high = :high,
                       %s_on = :on, %s_district = :district, %s_state = :state, home_district = :homeDistrict,
                       home_state = :homeState, updated_at = now()
                 WHERE id = :id
                """.formatted(table(side), prefix, prefix, prefix))
                .param("id", id)
                .param("father", protector.seal(fatherColumn(side), id, blankToNull(d.fatherName())))
                .param("phone", protector.seal(phoneColumn(side), id, blankToNull(d.phone())))
                .param("sex", d.sex() == Sex.UNKNOWN ? null : d.sex().name())
                .param("low", age == null ? null : age.low()).param("high", age == null ? null : age.high())
                .param("on", d.eventDate() == null ? null : java.sql.Date.valueOf(d.eventDate()))
                .param("district", blankToNull(d.eventDistrict())).param("state", blankToNull(d.eventState()))
                .param("homeDistrict", blankToNull(d.homeDistrict())).param("homeState", blankToNull(d.homeState()))
                .update();
        if (side == Side.MISSING) {
            jdbc.sql("UPDATE missing_report SET reporter_contact = :contact WHERE id = :id").param("id", id)
                    .param("contact", protector.seal(TracingColumns.MISSING_REPORTER, id, blankToNull(d.reporterContact())))
                    .update();
        }
    }

    // ---- the linkage view of a record ----

    /** One linkage record per name of a tracing record. */
    static List<Record> linkageRecords(TracingRecord r) {
        return linkageRecords(r.id(), r.names(), r.fatherName(), r.phone(), r.sex(),
                r.age() == null ? null : AgeRange.parse(r.age()), r.eventDate(), r.eventDistrict(), r.eventState(),
                r.homeDistrict(), r.homeState());
    }

    /** The linkage records of a draft as they would be indexed once saved under {@code id}. */
    static List<Record> linkageRecords(UUID id, TracingDraft d) {
        AgeRange age = AgeRange.parse(d.age());
        return linkageRecords(id, d.names(), d.fatherName(), d.phone(), d.sex(), age, d.eventDate(), d.eventDistrict(),
                d.eventState(), d.homeDistrict(), d.homeState());
    }

    /** The linkage records of a draft (not saved), without event date: for duplicate checks. */
    static List<Record> linkageRecords(TracingDraft d) {
        AgeRange age;
        try {
            age = AgeRange.parse(d.age());
        } catch (IllegalArgumentException e) {
            age = null;
        }
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < d.names().size(); i++) {
            out.add(record("draft#" + i, d.names().get(i), d.fatherName(), d.phone(), d.sex(), age, null,
                    d.eventDistrict(), d.eventState(), d.homeDistrict(), d.homeState()));
        }
        return out;
    }

    static List<Record> linkageRecords(UUID id, List<String> names, String father, String phone, Sex sex, AgeRange age,
            LocalDate eventDate, String eventDistrict, String eventState, String homeDistrict, String homeState) {
        List<Record> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.add(record(TracingIndex.variantId(id, i), names.get(i), father, phone, sex, age, eventDate,
                    eventDistrict, eventState, homeDistrict, homeState));
        }
        return out;
    }

    private static Record record(String id, String name, String father, String phone, Sex sex, AgeRange age,
            LocalDate eventDate, String eventDistrict, String eventState, String homeDistrict, String homeState) {
        return new Record(id, name, blankToNull(father), linkageSex(sex), age, eventDate, blankToNull(homeDistrict),
                blankToNull(homeState), blankToNull(eventDistrict), blankToNull(eventState), blankToNull(phone), null, null);
    }

    private static org.lantern.linkage.api.Sex linkageSex(Sex sex) {
        return sex == null || sex == Sex.UNKNOWN ? null : org.lantern.linkage.api.Sex.valueOf(sex.name());
    }

    // ---- validation: each problem names its field ----

    static AgeRange validate(Side side, TracingDraft d) {
        if (d.kind() == null || !validKind(side, d.kind())) {
            throw new InvalidInputException("kind", "tracing.error.required");
        }
        if (d.names().isEmpty()) {
            throw new InvalidInputException("names", "tracing.error.nameRequired");
        }
        if (d.names().size() > MAX_NAMES) {
            throw new InvalidInputException("names", "tracing.error.tooManyNames");
        }
        for (String name : d.names()) {
            checkLength("names", name);
            if (name.codePoints().noneMatch(Character::isLetter)) {
                throw new InvalidInputException("names", "tracing.error.nameLetters");
            }
        }
        AgeRange age;
        try {
            age = AgeRange.parse(d.age());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("age", "tracing.error.age");
        }
        if (age != null && age.high() > 120) {
            throw new InvalidInputException("age", "tracing.error.age");
        }
        if (d.eventDate() != null && (d.eventDate().isAfter(LocalDate.now()) || d.eventDate().isBefore(LocalDate.now().minusYears(100)))) {
            throw new InvalidInputException("eventDate", "tracing.error.eventDate");
        }
        checkLength("reporterContact", d.reporterContact());
        checkLength("fatherName", d.fatherName());
        checkLength("phone", d.phone());
        checkLength("eventDistrict", d.eventDistrict());
        checkLength("eventState", d.eventState());
        checkLength("homeDistrict", d.homeDistrict());
        checkLength("homeState", d.homeState());
        if (d.tracingConsent() && d.consentMethod() == null) {
            throw new InvalidInputException("consentMethod", "tracing.error.consentMethod");
        }
        return age;
    }

    private static boolean validKind(Side side, String kind) {
        try {
            if (side == Side.MISSING) {
                ReporterKind.valueOf(kind);
            } else {
                FoundSource.valueOf(kind);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void checkLength(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "tracing.error.tooLong");
        }
    }

    private static PersonDraft personDraft(TracingDraft d, AgeRange age) {
        List<PersonDraft.NameDraft> names = new ArrayList<>();
        for (int i = 0; i < d.names().size(); i++) {
            names.add(new PersonDraft.NameDraft(d.names().get(i), null, i == 0 ? NameKind.OFFICIAL : NameKind.ALIAS));
        }
        LocalDate ageOn = d.eventDate() == null ? LocalDate.now() : d.eventDate();
        List<PersonDraft.ContactDraft> contacts = blankToNull(d.fatherName()) == null ? List.of()
                : List.of(new PersonDraft.ContactDraft(d.fatherName(), "father or guardian", blankToNull(d.phone())));
        return new PersonDraft(names, d.sex(), null, age == null ? null : (int) Math.round(age.mid()),
                age == null ? null : ageOn, List.of(), null,
                new Person.Address(null, null, blankToNull(d.homeDistrict()), blankToNull(d.homeState()), null), null,
                contacts);
    }

    /** The case of a found person: how they came to us. */
    private static CaseDraft caseDraft(TracingDraft d) {
        IdentifiedHow how = switch (FoundSource.valueOf(d.kind())) {
            case RESCUE_OPERATION -> IdentifiedHow.RESCUE_OPERATION;
            case SHELTER, RAILWAY_CHILD_HELP_DESK -> IdentifiedHow.NGO_REFERRAL;
            case POLICE -> IdentifiedHow.POLICE_REFERRAL;
            case OTHER -> IdentifiedHow.COMMUNITY_TIP_OFF;
        };
        return new CaseDraft(how, d.eventDate(), TraffickingStatus.POSSIBLE, null, null, null, null, null, null);
    }

    // ---- the two tables ----

    static String table(Side side) {
        return side == Side.MISSING ? "missing_report" : "found_person";
    }

    private static String kindColumn(Side side) {
        return side == Side.MISSING ? "reporter_kind" : "source";
    }

    private static ProtectedColumn namesColumn(Side side) {
        return side == Side.MISSING ? TracingColumns.MISSING_NAMES : TracingColumns.FOUND_NAMES;
    }

    private static ProtectedColumn fatherColumn(Side side) {
        return side == Side.MISSING ? TracingColumns.MISSING_FATHER : TracingColumns.FOUND_FATHER;
    }

    private static ProtectedColumn phoneColumn(Side side) {
        return side == Side.MISSING ? TracingColumns.MISSING_PHONE : TracingColumns.FOUND_PHONE;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
