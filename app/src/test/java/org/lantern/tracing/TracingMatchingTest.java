package org.lantern.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.cases.ConsentMethod;
import org.lantern.cases.Sex;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Matching across scripts, consent, the confirm flow and access, against the real database and index. */
@LanternTest
class TracingMatchingTest {

    @Autowired TestUsers users;
    @Autowired TracingRecords records;
    @Autowired MatchCandidates candidates;
    @Autowired CandidateSearch search;
    @Autowired TracingNotifications notifications;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static TracingDraft missing(String name, String father, String homeDistrict, boolean consent) {
        return new TracingDraft("FAMILY", "+91 98300 11111", List.of(name), father, "9830011111", Sex.FEMALE, "14",
                LocalDate.now().minusMonths(8), "Murshidabad", "West Bengal", homeDistrict, "West Bengal", consent,
                consent ? ConsentMethod.GUARDIAN : null);
    }

    static TracingDraft found(List<String> names, String father, String homeDistrict, boolean consent) {
        return new TracingDraft("RESCUE_OPERATION", null, names, father, null, Sex.FEMALE, "14-16",
                LocalDate.now().minusMonths(1), "Pune", "Maharashtra", homeDistrict, "West Bengal", consent,
                consent ? ConsentMethod.VERBAL : null);
    }

    @Test
    void aFoundPersonInBengaliGetsTheLatinMissingReportAsTopCandidate() {
        SignedInUser worker = users.create(Role.CASEWORKER);
        TestUsers.signIn(worker);
        UUID report = records.create(Side.MISSING, missing("Tanushree Mondal", "Haradhan Mondal", "Murshidabad", true));
        records.create(Side.MISSING, missing("Sabina Khatun", "Abdul Sheikh", "Malda", true));
        UUID child = records.create(Side.FOUND, found(List.of("তনুশ্রী মণ্ডল", "Tanu"), "হরধন মণ্ডল", "মুর্শিদাবাদ", true));
        search.awaitIdle();

        List<UUID> proposed = jdbc.sql("SELECT missing_id FROM match_candidate WHERE found_id = :f ORDER BY score DESC")
                .param("f", child).query(UUID.class).list();
        assertThat(proposed).isNotEmpty();
        assertThat(proposed.getFirst()).isEqualTo(report);

        TestUsers.signIn(worker);
        MatchCandidates.Page queue = candidates.queue(CandidateStatus.PENDING, 0);
        MatchCandidates.Summary top = queue.items().stream().filter(s -> s.foundId().equals(child)).findFirst().orElseThrow();
        MatchCandidates.Pair pair = candidates.get(top.id());
        assertThat(pair.explanation().fields()).extracting(CandidateExplanation.FieldWeight::field).contains("NAME", "FATHER_NAME");
        assertThat(pair.explanation().fields().stream().filter(f -> f.field().equals("NAME")).findFirst().orElseThrow().weight())
                .isPositive();
    }

    @Test
    void recordsWithoutTracingConsentAreNeverCandidates() {
        SignedInUser worker = users.create(Role.CASEWORKER);
        TestUsers.signIn(worker);
        UUID withoutConsent = records.create(Side.MISSING, missing("Parboti Oraon", "Budhu Oraon", "Jalpaiguri", false));
        UUID child = records.create(Side.FOUND, found(List.of("পার্বতী ওরাওঁ"), "বুধু ওরাওঁ", "জলপাইগুড়ি", true));
        UUID childWithoutConsent = records.create(Side.FOUND, found(List.of("Parbati Oraon"), "Budhu Oraon", "Jalpaiguri", false));
        search.awaitIdle();

        assertThat(search.index().contains(Side.MISSING, withoutConsent)).isFalse();
        assertThat(search.index().contains(Side.FOUND, childWithoutConsent)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM match_candidate WHERE missing_id = :m OR found_id IN (:f)")
                .param("m", withoutConsent).param("f", List.of(childWithoutConsent)).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM match_candidate WHERE found_id = :f AND missing_id = :m")
                .param("f", child).param("m", withoutConsent).query(Integer.class).single()).isZero();

        TestUsers.signIn(worker);
        TracingDraft lookup = missing("Parbati Oraon", "Budhu Oraon", "Jalpaiguri", true);
        assertThat(search.similar(Side.MISSING, TracingRecords.linkageRecords(lookup), 10))
                .extracting(TracingIndex.Match::id).doesNotContain(withoutConsent);
    }

    @Test
    void confirmingLinksTheReportToTheFoundPersonsCaseNotifiesTheTeamAndIsAudited() {
        SignedInUser reporter = users.create(Role.CASEWORKER);
        TestUsers.signIn(reporter);
        UUID report = records.create(Side.MISSING, missing("Rupali Sardar", "Gopal Sardar", "South 24 Parganas", true));
        SignedInUser rescuer = users.create(Role.CASEWORKER);
        TestUsers.signIn(rescuer);
        UUID child = records.create(Side.FOUND, found(List.of("রূপালী সর্দার"), "গোপাল সর্দার", "দক্ষিণ ২৪ পরগনা", true));
        search.awaitIdle();
        UUID candidate = jdbc.sql("SELECT id FROM match_candidate WHERE missing_id = :m AND found_id = :f")
                .param("m", report).param("f", child).query(UUID.class).single();

        SignedInUser reviewer = users.create(Role.PROGRAMME_MANAGER);
        TestUsers.signIn(reviewer);
        assertThatThrownBy(() -> candidates.decide(candidate, CandidateStatus.CONFIRMED, " "))
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "reason");
        candidates.decide(candidate, CandidateStatus.CONFIRMED, "Photo and father's name agree; mother identified her.");

        UUID foundCase = records.load(Side.FOUND, child).orElseThrow().caseId();
        assertThat(records.load(Side.MISSING, report).orElseThrow().linkedCaseId()).isEqualTo(foundCase);
        assertThat(jdbc.sql("SELECT case_id FROM tracing_link WHERE missing_id = :m AND found_id = :f")
                .param("m", report).param("f", child).query(UUID.class).single()).isEqualTo(foundCase);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'match-candidate' AND subject_id = :id"
                + " AND action = 'UPDATE' AND detail = 'decision=CONFIRMED' AND actor_id = :who")
                .param("id", candidate.toString()).param("who", reviewer.id()).query(Integer.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> candidates.decide(candidate, CandidateStatus.REJECTED, "changed my mind"))
                .isInstanceOf(InvalidInputException.class);

        TestUsers.signIn(rescuer);
        assertThat(notifications.unread()).isEqualTo(1);
        assertThat(notifications.mine().getFirst().caseId()).isEqualTo(foundCase);
        TestUsers.signIn(reporter);
        assertThat(notifications.unread()).isEqualTo(1);
        assertThat(records.get(Side.FOUND, child).id()).isEqualTo(child); // the reporter's case team sees the linked record

        search.awaitIdle();
        assertThat(search.index().model()).isNotNull();
    }

    @Test
    void anUnrelatedUserIsRefused() {
        SignedInUser worker = users.create(Role.CASEWORKER);
        TestUsers.signIn(worker);
        UUID report = records.create(Side.MISSING, missing("Mousumi Biswas", "Nitai Biswas", "Nadia", true));
        search.awaitIdle();

        SignedInUser elsewhere = users.create("correct horse battery staple", "Dhaka", Role.CASEWORKER);
        TestUsers.signIn(elsewhere);
        assertThatThrownBy(() -> records.get(Side.MISSING, report)).isInstanceOf(AccessDeniedException.class);
        SignedInUser counsellor = users.create(Role.COUNSELLOR);
        TestUsers.signIn(counsellor);
        assertThatThrownBy(() -> records.get(Side.MISSING, report)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> candidates.queue(CandidateStatus.PENDING, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND subject_type = 'missing-report'"
                + " AND subject_id = :id").param("id", report.toString()).query(Integer.class).single()).isEqualTo(2);

        SignedInUser sameOfficeReviewer = users.create(Role.CASEWORKER);
        TestUsers.signIn(sameOfficeReviewer);
        assertThat(records.get(Side.MISSING, report).names()).containsExactly("Mousumi Biswas");
    }
}
