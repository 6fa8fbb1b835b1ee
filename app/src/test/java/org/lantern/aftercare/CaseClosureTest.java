package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.aftercare.support.TestCaseAccess;
import org.lantern.cases.ApprovalKind;
import org.lantern.cases.CaseStatus;
import org.lantern.cases.SurvivorCases;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InputProblems;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case is not closed while its survivor is still in a shelter or follow-ups are still to be done. */
@LanternTest
class CaseClosureTest {

    @Autowired SurvivorCases survivorCases;
    @Autowired Shelters shelters;
    @Autowired FollowUps followUps;
    @Autowired InputProblems problems;
    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;
    @Autowired TestCaseAccess cases;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void closureIsRefusedWhileThePlacementIsOpenAndAllowedOnceItEnds() {
        Team team = team();
        TestUsers.signIn(team.manager());
        UUID shelterId = shelters.register(new Shelter.Form("Closure Test Home " + UUID.randomUUID(), "Kolkata", "West Bengal",
                "IN", 3, EnumSet.of(ResidentKind.GIRLS), null, null));
        TestUsers.signIn(team.worker());
        UUID placement = shelters.place(team.caseId(), shelterId, LocalDate.now().minusDays(10));

        assertRefused(() -> survivorCases.requestApproval(team.caseId(), ApprovalKind.CLOSURE), team.caseId(),
                "the case cannot be closed while aftercare is open: 1 open shelter placement");
        assertThat(survivorCases.approvals(team.caseId())).isEmpty();

        shelters.endPlacement(team.caseId(), placement, LocalDate.now());
        closeAndCheck(team);
    }

    @Test
    void closureIsRefusedWhileFollowUpsAreScheduledAndAllowedOnceTheyAreDone() {
        Team team = team();
        TestUsers.signIn(team.worker());
        UUID visit = followUps.schedule(team.caseId(), FollowUpKind.HOME_VISIT, LocalDate.now().plusDays(5), team.worker().id());
        UUID call = followUps.schedule(team.caseId(), FollowUpKind.PHONE, LocalDate.now().plusDays(9), team.worker().id());

        InvalidInputException refused = assertRefused(() -> survivorCases.requestApproval(team.caseId(), ApprovalKind.CLOSURE),
                team.caseId(), "the case cannot be closed while aftercare is open: 2 follow-ups still to do");
        assertThat(problems.text(refused, Locale.of("hi"))).isEqualTo("पुनर्वास देखभाल का काम बाकी रहते केस बंद नहीं हो सकता: बाकी फ़ॉलो-अप: 2");
        assertThat(problems.text(refused, Locale.of("bn"))).startsWith("পুনর্বাসন পরিচর্যার কাজ বাকি থাকতে কেস বন্ধ করা যাবে না: বাকি ফলো-আপ: ");

        followUps.complete(team.caseId(), visit, LocalDate.now(), "Visited the family");
        followUps.complete(team.caseId(), call, LocalDate.now(), "Spoke with her on the phone");
        closeAndCheck(team);
    }

    @Test
    void approvalIsRefusedWhenWorkWasOpenedAfterTheRequest() {
        Team team = team();
        TestUsers.signIn(team.worker());
        UUID approval = survivorCases.requestApproval(team.caseId(), ApprovalKind.CLOSURE);
        UUID visit = followUps.schedule(team.caseId(), FollowUpKind.SCHOOL_VISIT, LocalDate.now().plusDays(2), team.worker().id());

        TestUsers.signIn(team.manager());
        assertRefused(() -> survivorCases.decide(approval, true, "Reintegrated"), team.caseId(),
                "the case cannot be closed while aftercare is open: 1 follow-up still to do");
        assertThat(survivorCases.get(team.caseId()).status()).isNotEqualTo(CaseStatus.CLOSED);
        assertThat(survivorCases.get(team.caseId()).pendingApproval()).isEqualTo(ApprovalKind.CLOSURE);
        assertThat(survivorCases.approvals(team.caseId())).singleElement().satisfies(a -> assertThat(a.decision()).isNull());

        TestUsers.signIn(team.worker());
        followUps.complete(team.caseId(), visit, LocalDate.now(), "Attending school");
        TestUsers.signIn(team.manager());
        survivorCases.decide(approval, true, "Reintegrated");
        assertThat(survivorCases.get(team.caseId()).status()).isEqualTo(CaseStatus.CLOSED);
    }

    private record Team(SignedInUser worker, SignedInUser manager, UUID caseId) {
    }

    private Team team() {
        String office = "Office " + UUID.randomUUID();
        SignedInUser worker = users.create("correct horse battery staple", office, Role.CASEWORKER);
        SignedInUser manager = users.create("correct horse battery staple", office, Role.PROGRAMME_MANAGER);
        return new Team(worker, manager, cases.newCase(worker));
    }

    /** Refused naming what is open, the refusal audited, and the case left as it was. */
    private InvalidInputException assertRefused(Runnable closing, UUID caseId, String englishText) {
        CaseStatus before = survivorCases.get(caseId).status();
        long refusalsBefore = refusals(caseId);
        InvalidInputException refused = (InvalidInputException) catchThrowable(closing::run);
        assertThat(refused).isNotNull();
        assertThat(refused.field()).isEqualTo("approval");
        assertThat(refused.key()).isEqualTo("cases.error.closureBlocked");
        assertThat(problems.text(refused, Locale.ENGLISH)).isEqualTo(englishText);
        assertThat(refusals(caseId)).isEqualTo(refusalsBefore + 1);
        assertThat(survivorCases.get(caseId).status()).isEqualTo(before);
        return refused;
    }

    private long refusals(UUID caseId) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event
                 WHERE action = 'ACCESS_DENIED' AND subject_type = 'case' AND subject_id = :c AND detail LIKE 'closure refused%'
                """).param("c", caseId.toString()).query(Long.class).single();
    }

    private void closeAndCheck(Team team) {
        TestUsers.signIn(team.worker());
        UUID approval = survivorCases.requestApproval(team.caseId(), ApprovalKind.CLOSURE);
        TestUsers.signIn(team.manager());
        survivorCases.decide(approval, true, "Aftercare finished");
        assertThat(survivorCases.get(team.caseId()).status()).isEqualTo(CaseStatus.CLOSED);

        // and no new aftercare work is opened on the closed case
        TestUsers.signIn(team.worker());
        InvalidInputException late = (InvalidInputException) catchThrowable(() -> followUps.schedule(team.caseId(),
                FollowUpKind.PHONE, LocalDate.now().plusDays(3), team.worker().id()));
        assertThat(late).isNotNull();
        assertThat(late.key()).isEqualTo("cases.error.closed");
        assertThat(followUps.forCase(team.caseId())).allSatisfy(f -> assertThat(f.doneDate()).isNotNull());
    }
}
