package org.lantern.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.identity.SignedInUser;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@LanternTest
class NameSearchTest {

    @Autowired CaseFixtures fixtures;
    @Autowired CaseSearch search;
    @Autowired JdbcClient jdbc;
    @Autowired People people;
    @Autowired SurvivorCases cases;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void scriptsAreDetectedAndKeysMeetAcrossScripts() {
        assertThat(NameSearchKeys.detectScript("Puja")).isEqualTo(NameScript.LATIN);
        assertThat(NameSearchKeys.detectScript("पूजा")).isEqualTo(NameScript.DEVANAGARI);
        assertThat(NameSearchKeys.detectScript("পূজা")).isEqualTo(NameScript.BENGALI);
        assertThat(NameSearchKeys.detectScript("ปูจา")).isEqualTo(NameScript.OTHER);
        assertThat(List.of("Puja", "Pooja", "पूजा", "পূজা")).extracting(NameSearchKeys::of).containsOnly("puja");
        assertThat(List.of("Lakshmi", "Laxmi", "लक्ष्मी", "লক্ষ্মী")).extracting(NameSearchKeys::of).containsOnly("laxmi");
        assertThat(NameSearchKeys.of("राम")).isEqualTo("ram");
        assertThat(List.of("Mousumi", "Moushumi", "Mausumi", "মৌসুমী")).extracting(NameSearchKeys::of).containsOnly("mousumi");
    }

    @Test
    void aNameIsFoundByAnySpellingInAnyScript() {
        String office = "Search-" + UUID.randomUUID();
        SignedInUser worker = fixtures.caseworker(office);
        UUID latin = fixtures.caseBy(worker, "Puja Mondal");
        UUID devanagari = fixtures.caseBy(worker, "पूजा कुमारी");
        UUID bengali = fixtures.caseBy(worker, "পূজা খাতুন");
        UUID unrelated = fixtures.caseBy(worker, "Farida Begum");

        for (String query : List.of("Puja", "Pooja", "पूजा", "পূজা")) {
            List<UUID> found = find(worker, query);
            assertThat(found).as(query).contains(latin, devanagari, bengali).doesNotContain(unrelated);
        }
        assertThat(find(worker, "ফরিদা")).containsExactly(unrelated);
        assertThat(find(worker, "Mondal")).contains(latin);

        // the stored key is the transliteration, never the name as written
        List<String> keys = jdbc.sql("SELECT search_key FROM person_name n JOIN survivor_case c ON c.person_id = n.person_id WHERE c.id = :id")
                .param("id", bengali).query(String.class).list();
        assertThat(keys).containsExactly("puja katun");
    }

    @Test
    void searchesAreAuditedWithIdsButNotTheQuery() {
        SignedInUser worker = fixtures.caseworker("Search-" + UUID.randomUUID());
        UUID caseId = fixtures.caseBy(worker, "Rupali Sardar");
        assertThat(find(worker, "Rupali")).containsExactly(caseId);
        String detail = jdbc.sql("SELECT detail FROM audit_event WHERE actor_id = :a AND action = 'SEARCH' ORDER BY sequence DESC LIMIT 1")
                .param("a", worker.id()).query(String.class).single();
        assertThat(detail).contains(caseId.toString()).contains("name").doesNotContain("Rupali").doesNotContain("rupali");
    }

    @Test
    void filtersAndPagesStayWithinWhatTheUserSees() {
        String office = "Search-" + UUID.randomUUID();
        SignedInUser worker = fixtures.caseworker(office);
        for (int i = 0; i < 7; i++) {
            fixtures.caseBy(worker, "Page Survivor " + i);
        }
        TestUsers.signIn(worker);
        CaseSearch.Page first = search.search(new CaseSearch.Query(null, "South 24 Parganas", CaseStatus.IDENTIFIED, worker.id(), false, 0, 5));
        CaseSearch.Page second = search.search(new CaseSearch.Query(null, "south 24 parganas", null, null, false, 1, 5));
        assertThat(first.items()).hasSize(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).hasSize(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(search.search(new CaseSearch.Query(null, null, CaseStatus.CLOSED, null, false, 0, 5)).items()).isEmpty();
    }

    @Test
    void exactSpellingsComeFirstNewestFirstThenSimilarOnesAcrossPages() {
        SignedInUser worker = fixtures.caseworker("Search-" + UUID.randomUUID());
        UUID older = fixtures.caseBy(worker, "Rupa Sen");
        UUID longer = fixtures.caseBy(worker, "Rupali Das");
        UUID newer = fixtures.caseBy(worker, "রূপা মণ্ডল");

        assertThat(find(worker, "Roopa")).containsExactly(newer, older, longer);
        assertThat(List.of(0, 1, 2, 3)).extracting(page -> page(worker, "Rupa", page, 1))
                .containsExactly(List.of(newer), List.of(older), List.of(longer), List.of());
        assertThat(find(worker, "Rupa Sen")).startsWith(older).doesNotContain(newer);
    }

    @Test
    void newNamesAndMovedHomesAreFoundAtOnce() {
        SignedInUser worker = fixtures.caseworker("Search-" + UUID.randomUUID());
        UUID caseId = fixtures.caseBy(worker, "Tumpa Halder");
        TestUsers.signIn(worker);
        UUID personId = cases.personOf(caseId);
        people.addName(personId, new PersonDraft.NameDraft("Moyna", null, NameKind.PET_NAME));
        PersonDraft moved = CaseFixtures.person("Tumpa Halder");
        people.update(personId, new PersonDraft(moved.names(), moved.sex(), moved.dateOfBirth(), moved.estimatedAge(),
                moved.ageEstimatedOn(), moved.languages(), moved.nationality(),
                new Person.Address("Kalna", "Kalna I", "Purba Bardhaman", "West Bengal", "IN"), moved.identifyingMarks(),
                moved.contacts()));
        TestUsers.signOut();

        assertThat(find(worker, "Moyna")).containsExactly(caseId);
        TestUsers.signIn(worker);
        assertThat(search.search(new CaseSearch.Query(null, "PURBA BARDHAMAN", null, null, false, 0, 10)).items())
                .extracting(CaseSearch.Summary::id).containsExactly(caseId);
        assertThat(search.search(new CaseSearch.Query(null, "South 24 Parganas", null, null, false, 0, 10)).items())
                .extracting(CaseSearch.Summary::id).doesNotContain(caseId);
        TestUsers.signOut();
    }

    private List<UUID> find(SignedInUser user, String name) {
        return page(user, name, 0, 50);
    }

    private List<UUID> page(SignedInUser user, String name, int page, int size) {
        TestUsers.signIn(user);
        try {
            return search.search(new CaseSearch.Query(name, null, null, null, false, page, size)).items().stream()
                    .map(CaseSearch.Summary::id).toList();
        } finally {
            TestUsers.signOut();
        }
    }
}
