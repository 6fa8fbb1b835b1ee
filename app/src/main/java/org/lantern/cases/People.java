package org.lantern.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.protection.FieldProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's records: names in any script, personal details, contacts. Every read and change checks
 * {@link RecordAccess} for record type {@code "person"} first and is audited.
 */
@Service
public class People {

    static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;
    private final FieldProtector protector;
    private final RecordAccess access;
    private final AuditLog audit;
    private final CaseHistory history;
    private final Consents consents;

    People(JdbcClient jdbc, FieldProtector protector, RecordAccess access, AuditLog audit, CaseHistory history,
            Consents consents) {
        this.consents = consents;
        this.jdbc = jdbc;
        this.protector = protector;
        this.access = access;
        this.audit = audit;
        this.history = history;
    }

    /** A person's record, if the current user may see it. */
    public Person get(UUID personId) {
        access.requireView("person", personId);
        Person person = load(personId);
        audit.record(AuditAction.READ, "person", personId);
        return person;
    }

    /**
     * Registers a person without a case, for other modules: a missing child reported by her family is not yet a
     * survivor case. Needs {@code required} (the calling module's permission, e.g. TRACING_REPORT); the consents
     * given at registration are recorded in the same transaction, by the current user. Afterwards the person is
     * reachable by the user who created them and by whoever a {@link PersonCustodian} vouches for.
     */
    @Transactional
    public UUID createStandalone(PersonDraft draft, Permission required, Set<ConsentGrant> consentsGivenAtRegistration) {
        SignedInUser user = access.requirePermission(Objects.requireNonNull(required, "required"));
        UUID id = create(draft, user.id());
        audit.record(AuditAction.CREATE, "person", id);
        for (ConsentGrant grant : consentsGivenAtRegistration == null ? Set.<ConsentGrant>of() : consentsGivenAtRegistration) {
            consents.insert(id, grant, user);
        }
        return id;
    }

    /** Changes a person's details (not names or contacts); every changed field goes into the history. */
    @Transactional
    public void update(UUID personId, PersonDraft details) {
        SignedInUser user = access.requireEdit("person", personId);
        validateDetails(details);
        Person before = load(personId);
        List<String> changed = new ArrayList<>();
        compare(changed, personId, user, "sex", before.sex(), details.sex());
        compare(changed, personId, user, "dateOfBirth", before.dateOfBirth(), details.dateOfBirth());
        compare(changed, personId, user, "estimatedAge", before.estimatedAge(), details.estimatedAge());
        compare(changed, personId, user, "ageEstimatedOn", before.ageEstimatedOn(), details.ageEstimatedOn());
        compare(changed, personId, user, "languages", String.join(",", before.languages()), String.join(",", details.languages()));
        compare(changed, personId, user, "nationality", before.nationality(), details.nationality());
        compare(changed, personId, user, "address.village", before.address().village(), details.address().village());
        compare(changed, personId, user, "address.block", before.address().block(), details.address().block());
        compare(changed, personId, user, "address.district", before.address().district(), details.address().district());
        compare(changed, personId, user, "address.state", before.address().state(), details.address().state());
        compare(changed, personId, user, "address.country", before.address().country(), details.address().country());
        compare(changed, personId, user, "identifyingMarks", before.identifyingMarks(), details.identifyingMarks());
        writeDetails(personId, details, false);
        audit.record(AuditAction.UPDATE, "person", personId, "ok", "fields=" + changed);
    }

    /** Adds a name (an alias, a spelling in another script). */
    @Transactional
    public UUID addName(UUID personId, PersonDraft.NameDraft name) {
        SignedInUser user = access.requireEdit("person", personId);
        validateName("name", name);
        int position = jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM person_name WHERE person_id = :p")
                .param("p", personId).query(Integer.class).single();
        UUID id = insertName(personId, position, name);
        history.record(null, personId, "names", user.id(), null, "+" + name.kind());
        audit.record(AuditAction.UPDATE, "person", personId, "ok", "fields=[names]");
        return id;
    }

    /** Adds someone to contact about the person. */
    @Transactional
    public UUID addContact(UUID personId, PersonDraft.ContactDraft contact) {
        SignedInUser user = access.requireEdit("person", personId);
        validateContact("contact", contact);
        UUID id = insertContact(personId, contact);
        history.record(null, personId, "contacts", user.id(), null, "+" + (contact.relationship() == null ? "" : contact.relationship()));
        audit.record(AuditAction.UPDATE, "person", personId, "ok", "fields=[contacts]");
        return id;
    }

    // ---- inside the module: no access checks (the caller has made them) ----

    /** Creates a person; the caller has checked that the user may do so. */
    UUID create(PersonDraft draft, UUID createdBy) {
        validate(draft);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, created_by) VALUES (:id, :by)").param("id", id).param("by", createdBy).update();
        writeDetails(id, draft, true);
        for (int i = 0; i < draft.names().size(); i++) {
            insertName(id, i, draft.names().get(i));
        }
        draft.contacts().forEach(contact -> insertContact(id, contact));
        return id;
    }

    Person load(UUID personId) {
        List<Person.Name> names = jdbc.sql("SELECT id, name, script, kind FROM person_name WHERE person_id = :p ORDER BY position")
                .param("p", personId).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Person.Name(id, protector.open(CasesColumns.NAME, id, rs.getBytes("name")),
                            NameScript.valueOf(rs.getString("script")), NameKind.valueOf(rs.getString("kind")));
                }).list();
        List<Person.Contact> contacts = jdbc.sql("SELECT * FROM contact_person WHERE person_id = :p ORDER BY created_at, id")
                .param("p", personId).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Person.Contact(id, protector.open(CasesColumns.CONTACT_NAME, id, rs.getBytes("name")),
                            rs.getString("relationship"), protector.open(CasesColumns.CONTACT_DETAILS, id, rs.getBytes("details")));
                }).list();
        return jdbc.sql("SELECT * FROM person WHERE id = :id").param("id", personId)
                .query((rs, n) -> map(rs, names, contacts)).optional()
                .orElseThrow(() -> new org.lantern.platform.web.NotFoundException("Person"));
    }

    /**
     * Joins the display name of the person whose id is the SQL expression {@code personId}: the first official
     * name, else the first name. Adds columns {@code display_name_id} and {@code display_name} (sealed; see
     * {@link #openDisplayName}); lists select it in their own query instead of asking for names afterwards.
     */
    static String displayNameJoin(String personId) {
        return """
                LEFT JOIN LATERAL (SELECT n.id AS display_name_id, n.name AS display_name FROM person_name n
                                    WHERE n.person_id = %s ORDER BY (n.kind <> 'OFFICIAL'), n.position LIMIT 1) dn ON TRUE"""
                .formatted(personId);
    }

    /** The plaintext of a {@link #displayNameJoin} row's name. */
    String openDisplayName(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("display_name_id", UUID.class);
        return id == null ? null : protector.open(CasesColumns.NAME, id, rs.getBytes("display_name"));
    }

    /** The display names of many people at once (for lists), decrypted. */
    java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.sql("SELECT p.id, dn.* FROM person p " + displayNameJoin("p.id") + " WHERE p.id IN (:ids)")
                .param("ids", personIds).query((rs, n) -> {
                    names.put(rs.getObject("id", UUID.class), openDisplayName(rs));
                    return 1;
                }).list();
        return names;
    }

    private Person map(ResultSet rs, List<Person.Name> names, List<Person.Contact> contacts) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String dob = protector.open(CasesColumns.PERSON_DOB, id, rs.getBytes("date_of_birth"));
        Array languages = rs.getArray("languages");
        java.sql.Date estimatedOn = rs.getDate("age_estimated_on");
        Integer age = rs.getObject("estimated_age", Integer.class);
        return new Person(id, names, Sex.valueOf(rs.getString("sex")), dob == null ? null : LocalDate.parse(dob),
                age, estimatedOn == null ? null : estimatedOn.toLocalDate(),
                languages == null ? List.of() : Arrays.asList((String[]) languages.getArray()),
                rs.getString("nationality"),
                new Person.Address(protector.open(CasesColumns.PERSON_VILLAGE, id, rs.getBytes("address_village")),
                        rs.getString("address_block"), rs.getString("address_district"), rs.getString("address_state"),
                        rs.getString("address_country")),
                protector.open(CasesColumns.PERSON_MARKS, id, rs.getBytes("identifying_marks")), contacts);
    }

    private void writeDetails(UUID id, PersonDraft d, boolean fresh) {
        jdbc.sql("""
                UPDATE person SET sex = :sex, date_of_birth = :dob, estimated_age = :age, age_estimated_on = :ageOn,
                       languages = :languages::text[], nationality = :nationality, address_village = :village,
                       address_block = :block, address_district = :district, address_state = :state,
                       address_country = :country, identifying_marks = :marks, updated_at = now()
                 WHERE id = :id
                """)
                .param("id", id).param("sex", d.sex().name())
                .param("dob", protector.seal(CasesColumns.PERSON_DOB, id, d.dateOfBirth() == null ? null : d.dateOfBirth().toString()))
                .param("age", d.estimatedAge())
                .param("ageOn", d.estimatedAge() == null ? null
                        : java.sql.Date.valueOf(d.ageEstimatedOn() == null ? LocalDate.now() : d.ageEstimatedOn()))
                .param("languages", "{" + String.join(",", d.languages()) + "}")
                .param("nationality", blankToNull(d.nationality()))
                .param("village", protector.seal(CasesColumns.PERSON_VILLAGE, id, blankToNull(d.address().village())))
                .param("block", blankToNull(d.address().block())).param("district", blankToNull(d.address().district()))
                .param("state", blankToNull(d.address().state())).param("country", blankToNull(d.address().country()))
                .param("marks", protector.seal(CasesColumns.PERSON_MARKS, id, blankToNull(d.identifyingMarks())))
                .update();
    }

    private UUID insertName(UUID personId, int position, PersonDraft.NameDraft draft) {
        UUID id = UUID.randomUUID();
        String name = draft.name().strip();
        NameScript script = draft.script() == null ? NameSearchKeys.detectScript(name) : draft.script();
        jdbc.sql("""
                INSERT INTO person_name (id, person_id, position, name, script, kind, search_key)
                VALUES (:id, :person, :position, :name, :script, :kind, :key)
                """).param("id", id).param("person", personId).param("position", position)
                .param("name", protector.seal(CasesColumns.NAME, id, name)).param("script", script.name())
                .param("kind", (draft.kind() == null ? NameKind.OFFICIAL : draft.kind()).name())
                .param("key", NameSearchKeys.of(name)).update();
        return id;
    }

    private UUID insertContact(UUID personId, PersonDraft.ContactDraft contact) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO contact_person (id, person_id, name, relationship, details) VALUES (:id, :p, :name, :rel, :details)")
                .param("id", id).param("p", personId)
                .param("name", protector.seal(CasesColumns.CONTACT_NAME, id, contact.name().strip()))
                .param("rel", blankToNull(contact.relationship()))
                .param("details", protector.seal(CasesColumns.CONTACT_DETAILS, id, blankToNull(contact.details()))).update();
        return id;
    }

    private void compare(List<String> changed, UUID personId, SignedInUser user, String field, Object before, Object after) {
        if (history.record(null, personId, field, user.id(), before, normalise(after))) {
            changed.add(field);
        }
    }

    private static Object normalise(Object value) {
        return value instanceof String s ? blankToNull(s) : value;
    }

    // ---- validation: each problem names its field ----

    static void validate(PersonDraft draft) {
        if (draft.names().isEmpty() || draft.names().stream().allMatch(n -> n.name() == null || n.name().isBlank())) {
            throw new InvalidInputException("names[0].name", "cases.error.nameRequired");
        }
        for (int i = 0; i < draft.names().size(); i++) {
            validateName("names[" + i + "].name", draft.names().get(i));
        }
        validateDetails(draft);
        for (int i = 0; i < draft.contacts().size(); i++) {
            validateContact("contacts[" + i + "]", draft.contacts().get(i));
        }
    }

    static void validateDetails(PersonDraft draft) {
        if (draft.dateOfBirth() != null && (draft.dateOfBirth().isAfter(LocalDate.now())
                || draft.dateOfBirth().isBefore(LocalDate.now().minusYears(120)))) {
            throw new InvalidInputException("dateOfBirth", "cases.error.dateOfBirth");
        }
        if (draft.estimatedAge() != null && (draft.estimatedAge() < 0 || draft.estimatedAge() > 120)) {
            throw new InvalidInputException("estimatedAge", "cases.error.age");
        }
        if (draft.ageEstimatedOn() != null && draft.ageEstimatedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("ageEstimatedOn", "cases.error.futureDate");
        }
        for (String language : draft.languages()) {
            if (!language.matches("[a-z]{2,3}")) {
                throw new InvalidInputException("languages", "cases.error.language");
            }
        }
        checkLength("nationality", draft.nationality());
        checkLength("address.village", draft.address().village());
        checkLength("address.block", draft.address().block());
        checkLength("address.district", draft.address().district());
        checkLength("address.state", draft.address().state());
        checkLength("address.country", draft.address().country());
        checkLength("identifyingMarks", draft.identifyingMarks());
    }

    static void validateName(String field, PersonDraft.NameDraft name) {
        if (name == null || name.name() == null || name.name().isBlank()) {
            throw new InvalidInputException(field, "cases.error.nameRequired");
        }
        checkLength(field, name.name());
        if (NameSearchKeys.of(name.name()).isEmpty()) {
            throw new InvalidInputException(field, "cases.error.nameLetters");
        }
    }

    static void validateContact(String field, PersonDraft.ContactDraft contact) {
        if (contact == null || contact.name() == null || contact.name().isBlank()) {
            throw new InvalidInputException(field + ".name", "cases.error.required");
        }
        checkLength(field + ".name", contact.name());
        checkLength(field + ".relationship", contact.relationship());
        checkLength(field + ".details", contact.details());
    }

    static void checkLength(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "cases.error.tooLong");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
