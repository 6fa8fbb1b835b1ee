package org.lantern.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.cases.ConsentMethod;
import org.lantern.cases.ConsentPurpose;
import org.lantern.cases.Consents;
import org.lantern.cases.People;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Community workers and partner police register tracing records without opening a survivor case; the people behind
 * them stay reachable by those responsible, and nobody else.
 */
@LanternTest
class TracingWithoutCaseTest {

    static final String PASSWORD = "correct horse battery staple";

    @Autowired TestUsers users;
    @Autowired TracingRecords records;
    @Autowired TracingSearch tracingSearch;
    @Autowired CandidateSearch search;
    @Autowired MatchCandidates candidates;
    @Autowired TracingNotifications notifications;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aCommunityWorkerRegistersAMissingReportWithoutOpeningACase() {
        SignedInUser worker = users.create(PASSWORD, "Kolkata", Role.COMMUNITY_WORKER);
        TestUsers.signIn(worker);
        UUID report = records.create(Side.MISSING, TracingMatchingTest.missing("Chumki Bauri", "Lakhan Bauri", "Bankura", true));

        TracingRecord saved = records.get(Side.MISSING, report);
        assertThat(saved.caseId()).isNull();
        assertThat(saved.tracingConsent()).isTrue();
        UUID person = saved.personId();
        assertThat(countWhere("survivor_case", "person_id", person)).isZero();
        assertThat(jdbc.sql("SELECT recorded_by FROM consent WHERE person_id = :p AND purpose = 'TRACING'")
                .param("p", person).query(UUID.class).single()).isEqualTo(worker.id());
        assertThat(consents.hasConsent(person, ConsentPurpose.TRACING)).isTrue();
        assertThat(audited("CREATE", "person", person, worker)).isEqualTo(1);
        assertThat(records.list(Side.MISSING, 0)).extracting(TracingRecord::id).contains(report);
        assertThat(people.get(person).names()).extracting(n -> n.name()).containsExactly("Chumki Bauri");

        search.awaitIdle();
        assertThat(search.index().contains(Side.MISSING, report)).isTrue();
        TestUsers.signIn(worker);
        assertThat(tracingSearch.byName("চুমকি বাউরি")).anySatisfy(hit -> {
            assertThat(hit.id()).isEqualTo(report);
            assertThat(hit.visible()).isTrue();
        });

        SignedInUser reviewer = users.create(PASSWORD, "Kolkata", Role.PROGRAMME_MANAGER);
        TestUsers.signIn(reviewer);
        assertThat(records.get(Side.MISSING, report).names()).containsExactly("Chumki Bauri");
        assertThat(records.list(Side.MISSING, 0)).extracting(TracingRecord::id).contains(report);
        assertThat(people.get(person).id()).isEqualTo(person);

        SignedInUser elsewhere = users.create(PASSWORD, "Dhaka", Role.CASEWORKER);
        TestUsers.signIn(elsewhere);
        assertThatThrownBy(() -> records.get(Side.MISSING, report)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.get(person)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consents.of(person)).isInstanceOf(AccessDeniedException.class);
        assertThat(records.list(Side.MISSING, 0)).extracting(TracingRecord::id).doesNotContain(report);
    }

    @Test
    void partnerPoliceRegisterAFoundPersonWithoutOpeningACase() {
        SignedInUser police = users.create(PASSWORD, "Dhaka", Role.PARTNER_POLICE);
        TestUsers.signIn(police);
        UUID child = records.create(Side.FOUND, TracingMatchingTest.found(List.of("মিতালী হাঁসদা"), "সুখু হাঁসদা", "Birbhum", true));

        TracingRecord saved = records.get(Side.FOUND, child);
        assertThat(saved.caseId()).isNull();
        assertThat(countWhere("survivor_case", "person_id", saved.personId())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM consent_in_force WHERE person_id = :p AND purpose = 'TRACING'")
                .param("p", saved.personId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(people.get(saved.personId()).id()).isEqualTo(saved.personId());

        search.awaitIdle();
        assertThat(search.index().contains(Side.FOUND, child)).isTrue();
        TestUsers.signIn(police);
        assertThat(tracingSearch.byName("Mitali Hansda")).extracting(TracingSearch.Hit::id).contains(child);

        SignedInUser otherPolice = users.create(PASSWORD, "Kolkata", Role.PARTNER_POLICE);
        TestUsers.signIn(otherPolice);
        assertThatThrownBy(() -> records.get(Side.FOUND, child)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.get(saved.personId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCaseworkerRegisteringAFoundPersonStillOpensACase() {
        SignedInUser worker = users.create(PASSWORD, "Kolkata", Role.CASEWORKER);
        TestUsers.signIn(worker);
        UUID child = records.create(Side.FOUND, TracingMatchingTest.found(List.of("Basanti Tudu"), "Jitu Tudu", "Purulia", true));
        TracingRecord saved = records.get(Side.FOUND, child);
        assertThat(saved.caseId()).isNotNull();
        assertThat(jdbc.sql("SELECT person_id FROM survivor_case WHERE id = :c").param("c", saved.caseId())
                .query(UUID.class).single()).isEqualTo(saved.personId());
        assertThat(consents.hasConsent(saved.personId(), ConsentPurpose.TRACING)).isTrue();
    }

    @Test
    void consentCanBeRecordedLaterByThoseResponsibleForTheRecord() {
        SignedInUser worker = users.create(PASSWORD, "Kolkata", Role.COMMUNITY_WORKER);
        TestUsers.signIn(worker);
        UUID report = records.create(Side.MISSING, TracingMatchingTest.missing("Dipali Mahato", "Ratan Mahato", "Purulia", false));
        UUID person = records.get(Side.MISSING, report).personId();
        assertThat(consents.hasConsent(person, ConsentPurpose.TRACING)).isFalse();

        SignedInUser elsewhere = users.create(PASSWORD, "Dhaka", Role.CASEWORKER);
        TestUsers.signIn(elsewhere);
        assertThatThrownBy(() -> consents.record(person, ConsentPurpose.TRACING, null, ConsentMethod.GUARDIAN))
                .isInstanceOf(AccessDeniedException.class);

        SignedInUser reviewer = users.create(PASSWORD, "Kolkata", Role.CASEWORKER);
        TestUsers.signIn(reviewer);
        consents.record(person, ConsentPurpose.TRACING, null, ConsentMethod.GUARDIAN);
        assertThat(consents.hasConsent(person, ConsentPurpose.TRACING)).isTrue();
    }

    @Test
    void confirmingAMatchWhereNeitherSideHasACaseRecordsTheLinkAndNotifiesTheOffice() {
        SignedInUser worker = users.create(PASSWORD, "Kolkata", Role.COMMUNITY_WORKER);
        TestUsers.signIn(worker);
        UUID report = records.create(Side.MISSING, TracingMatchingTest.missing("Shampa Naskar", "Haru Naskar", "South 24 Parganas", true));
        SignedInUser police = users.create(PASSWORD, "Kolkata", Role.PARTNER_POLICE);
        TestUsers.signIn(police);
        UUID child = records.create(Side.FOUND, TracingMatchingTest.found(List.of("শম্পা নস্কর"), "হারু নস্কর", "দক্ষিণ ২৪ পরগনা", true));
        search.awaitIdle();
        UUID candidate = jdbc.sql("SELECT id FROM match_candidate WHERE missing_id = :m AND found_id = :f")
                .param("m", report).param("f", child).query(UUID.class).single();

        SignedInUser officeReviewer = users.create(PASSWORD, "Kolkata", Role.CASEWORKER);
        SignedInUser reviewer = users.create(PASSWORD, "Kolkata", Role.PROGRAMME_MANAGER);
        TestUsers.signIn(reviewer);
        candidates.decide(candidate, CandidateStatus.CONFIRMED, "Father's name and home district agree.");

        assertThat(records.load(Side.MISSING, report).orElseThrow().linkedCaseId()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM tracing_link WHERE missing_id = :m AND found_id = :f AND case_id IS NULL")
                .param("m", report).param("f", child).query(Integer.class).single()).isEqualTo(1);

        TestUsers.signIn(officeReviewer);
        assertThat(notifications.mine()).anySatisfy(n -> {
            assertThat(n.missingId()).isEqualTo(report);
            assertThat(n.caseId()).isNull();
        });
        TestUsers.signIn(worker);
        assertThat(notifications.mine()).extracting(TracingNotifications.Notification::foundId).contains(child);
        assertThat(records.get(Side.FOUND, child).id()).isEqualTo(child); // the family's worker sees who was found
    }

    private int countWhere(String table, String column, UUID value) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :v").param("v", value)
                .query(Integer.class).single();
    }

    private int audited(String action, String type, UUID id, SignedInUser actor) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :a AND subject_type = :t AND subject_id = :id AND actor_id = :who")
                .param("a", action).param("t", type).param("id", id.toString()).param("who", actor.id())
                .query(Integer.class).single();
    }
}
