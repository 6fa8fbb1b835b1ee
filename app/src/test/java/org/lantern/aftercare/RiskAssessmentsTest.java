package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.aftercare.support.TestCaseAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

@LanternTest
class RiskAssessmentsTest {

    @Autowired RiskAssessments assessments;
    @Autowired CaseNotes notes;
    @Autowired TestUsers users;
    @Autowired TestCaseAccess cases;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void levelsFollowTheWeightedScoreAndHighRiskNeedsASafetyPlan() {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        UUID caseId = cases.newCase(caseworker);
        TestUsers.signIn(caseworker);
        LocalDate today = LocalDate.now();

        assertThat(assessments.assess(caseId, today.minusDays(60), Set.of(), null).level()).isEqualTo(RiskLevel.LOW);
        RiskAssessment medium = assessments.assess(caseId, today.minusDays(30),
                EnumSet.of(RiskItem.NO_INCOME, RiskItem.OUT_OF_SCHOOL, RiskItem.FAMILY_PRESSURE_TO_MIGRATE), null);
        assertThat(medium.score()).isEqualTo(5);
        assertThat(medium.level()).isEqualTo(RiskLevel.MEDIUM);

        Set<RiskItem> alarming = EnumSet.of(RiskItem.DEBT_BONDAGE, RiskItem.RECRUITER_CONTACT, RiskItem.NO_INCOME,
                RiskItem.PLANS_TO_MIGRATE_FOR_WORK);
        assertThatThrownBy(() -> assessments.assess(caseId, today, alarming, " "))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("safetyPlan");
        RiskAssessment high = assessments.assess(caseId, today, alarming, "Daily call from the outreach worker; code word with mother");
        assertThat(high.level()).isEqualTo(RiskLevel.HIGH);

        assertThat(assessments.history(caseId)).extracting(RiskAssessment::level)
                .containsExactly(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);
        assertThat(assessments.history(caseId).getFirst().safetyPlan()).contains("code word");
        assertThat(assessments.history(caseId).getFirst().answers()).isEqualTo(alarming);
    }

    @Test
    void notesAreKeptNewestFirst() {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        UUID caseId = cases.newCase(caseworker);
        TestUsers.signIn(caseworker);
        notes.add(caseId, "First meeting at the shelter");
        notes.add(caseId, "Mother called");
        assertThat(notes.forCase(caseId)).extracting(CaseNote::text).containsExactly("Mother called", "First meeting at the shelter");
        assertThatThrownBy(() -> notes.add(caseId, "  ")).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("text");
    }
}
