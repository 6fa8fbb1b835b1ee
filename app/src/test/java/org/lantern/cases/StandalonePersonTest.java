package org.lantern.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.identity.Permission;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** People registered without a case by other modules: who may create them, and who reaches them afterwards. */
@LanternTest
class StandalonePersonTest {

    @Autowired CaseFixtures fixtures;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired SurvivorCases cases;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aPersonWithoutACaseIsCreatedWithConsentAndReachedByTheCreatorOnly() {
        SignedInUser worker = fixtures.user("Standalone-" + UUID.randomUUID(), Role.COMMUNITY_WORKER);
        TestUsers.signIn(worker);
        UUID person = people.createStandalone(CaseFixtures.person("Nasima Khatun"), Permission.TRACING_REPORT,
                Set.of(new ConsentGrant(ConsentPurpose.TRACING, null, ConsentMethod.GUARDIAN)));

        assertThat(jdbc.sql("SELECT count(*) FROM survivor_case WHERE person_id = :p").param("p", person)
                .query(Integer.class).single()).isZero();
        assertThat(consents.hasConsent(person, ConsentPurpose.TRACING)).isTrue();
        assertThat(consents.of(person)).singleElement().satisfies(c -> assertThat(c.recordedBy()).isEqualTo(worker.id()));
        assertThat(people.get(person).names()).extracting(Person.Name::name).containsExactly("Nasima Khatun");
        assertThat(jdbc.sql("SELECT search_key FROM person_name WHERE person_id = :p").param("p", person)
                .query(String.class).single()).isNotBlank();
        people.addName(person, new PersonDraft.NameDraft("নাসিমা", null, NameKind.ALIAS));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND subject_type = 'person'"
                + " AND subject_id = :id AND actor_id = :who").param("id", person.toString()).param("who", worker.id())
                .query(Integer.class).single()).isEqualTo(1);

        SignedInUser stranger = fixtures.caseworker("Standalone-" + UUID.randomUUID());
        TestUsers.signIn(stranger);
        assertThatThrownBy(() -> people.get(person)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consents.record(person, ConsentPurpose.RESEARCH, null, ConsentMethod.VERBAL))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void creatingNeedsTheNamedPermissionAndBadInputStoresNothing() {
        SignedInUser researcher = fixtures.user("Standalone-" + UUID.randomUUID(), Role.RESEARCHER);
        TestUsers.signIn(researcher);
        assertThatThrownBy(() -> people.createStandalone(CaseFixtures.person("Rehana Begum"), Permission.TRACING_REPORT, Set.of()))
                .isInstanceOf(AccessDeniedException.class);

        SignedInUser worker = fixtures.user("Standalone-" + UUID.randomUUID(), Role.COMMUNITY_WORKER);
        TestUsers.signIn(worker);
        int before = jdbc.sql("SELECT count(*) FROM person WHERE created_by = :u").param("u", worker.id()).query(Integer.class).single();
        assertThatThrownBy(() -> people.createStandalone(CaseFixtures.person("Rehana Begum"), Permission.TRACING_REPORT,
                Set.of(new ConsentGrant(ConsentPurpose.TRACING, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("method"));
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE created_by = :u").param("u", worker.id())
                .query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void onceAPersonHasACaseTheCreatorReachesThemOnlyThroughTheCase() {
        SignedInUser worker = fixtures.caseworker("Standalone-" + UUID.randomUUID());
        UUID caseId = fixtures.caseBy(worker, "Jharna Sardar");
        TestUsers.signIn(worker);
        UUID person = cases.personOf(caseId);
        assertThat(people.get(person).id()).isEqualTo(person);

        jdbc.sql("DELETE FROM case_assignment WHERE case_id = :c").param("c", caseId).update();
        assertThatThrownBy(() -> people.get(person)).isInstanceOf(AccessDeniedException.class);
    }
}
