package org.lantern.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the full records of the cases a user may see, one batch at a time, for exports. The selection is the
 * list's ({@link CaseVisibility} and {@link CaseSearch#filters}); the caller audits what it wrote. A research
 * selection keeps only people whose RESEARCH consent is in force ({@code consent_in_force}) and de-identifies
 * them: no names, exact date of birth, village, identifying marks, contacts or event places.
 */
@Service
public class CaseRecords {

    static final int BATCH = 200;

    /** A case with what the viewer may see of its person; {@code person} is null where they may not. */
    public record CaseRecord(SurvivorCase caseRecord, Person person, Integer yearOfBirth,
            List<SurvivorCases.TraffickingEvent> events, List<Consents.Consent> consents) {
    }

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final SurvivorCases cases;
    private final People people;
    private final Consents consents;

    CaseRecords(JdbcClient jdbc, RecordAccess access, SurvivorCases cases, People people, Consents consents) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.people = people;
        this.consents = consents;
    }

    /**
     * Hands every selected case to {@code sink}, newest first, and answers their ids. Only ids are held for
     * the whole run; records are read {@value #BATCH} at a time.
     */
    public List<UUID> forEach(CaseSearch.Query query, boolean research, Consumer<CaseRecord> sink) {
        SignedInUser user = access.requirePermission(Permission.CASES_VIEW);
        CaseVisibility.Condition visible = CaseVisibility.visible(user);
        CaseVisibility.Condition personVisible = CaseVisibility.personVisible(user);
        Map<String, Object> params = new HashMap<>(visible.params());
        List<String> where = new ArrayList<>(List.of(visible.sql()));
        CaseSearch.filters(query, where, params);
        NameMatch name = NameMatch.of(query.name());
        if (!name.isEmpty()) {
            where.add(personVisible.sql());
            where.add(name.anyCondition());
            params.putAll(name.params());
        }
        if (research) {
            where.add("EXISTS (SELECT 1 FROM consent_in_force ci WHERE ci.person_id = c.person_id AND ci.purpose = 'RESEARCH')");
        }
        where.add("(c.opened_at, c.id) < (:afterAt, :afterId)");
        String sql = """
                SELECT c.id, c.opened_at, %s AS person_visible
                  FROM survivor_case c
                 WHERE %s
                 ORDER BY c.opened_at DESC, c.id DESC
                 LIMIT %d
                """.formatted(personVisible.sql(), String.join(" AND ", where), BATCH);
        record Key(UUID id, Instant openedAt, boolean personVisible) {
        }
        List<UUID> written = new ArrayList<>();
        Instant afterAt = Instant.parse("9999-12-31T00:00:00Z");
        UUID afterId = new UUID(-1L, -1L);
        while (true) {
            params.put("afterAt", Timestamp.from(afterAt));
            params.put("afterId", afterId);
            List<Key> batch = jdbc.sql(sql).params(params).query((rs, n) -> new Key(rs.getObject("id", UUID.class),
                    rs.getTimestamp("opened_at").toInstant(), rs.getBoolean("person_visible"))).list();
            for (Key k : batch) {
                sink.accept(record(k.id(), k.personVisible(), research));
                written.add(k.id());
            }
            if (batch.size() < BATCH) {
                return written;
            }
            afterAt = batch.getLast().openedAt();
            afterId = batch.getLast().id();
        }
    }

    private CaseRecord record(UUID caseId, boolean personVisible, boolean research) {
        SurvivorCase found = cases.load(caseId);
        Person person = personVisible ? people.load(found.personId()) : null;
        Integer year = person == null ? null
                : person.dateOfBirth() != null ? Integer.valueOf(person.dateOfBirth().getYear())
                : person.estimatedAge() != null && person.ageEstimatedOn() != null
                        ? Integer.valueOf(person.ageEstimatedOn().getYear() - person.estimatedAge()) : null;
        List<SurvivorCases.TraffickingEvent> events = eventsOf(caseId);
        List<Consents.Consent> given = personVisible ? consentsOf(found.personId()) : List.of();
        if (research && person != null) {
            person = new Person(person.id(), List.of(), person.sex(), null, person.estimatedAge(), person.ageEstimatedOn(),
                    person.languages(), person.nationality(), new Person.Address(null, null, person.address().district(),
                            person.address().state(), person.address().country()), null, List.of());
            events = events.stream().map(e -> new SurvivorCases.TraffickingEvent(e.id(), e.stage(), null, e.district(),
                    e.state(), e.country(), e.occurredOn())).toList();
        }
        return new CaseRecord(found, person, year, events, given);
    }

    private List<SurvivorCases.TraffickingEvent> eventsOf(UUID caseId) {
        return cases.eventsUnchecked(caseId); // the selection above applied the access rule
    }

    private List<Consents.Consent> consentsOf(UUID personId) {
        return consents.unchecked(personId);
    }
}
