package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.aftercare.support.TestCaseAccess;
import org.lantern.cases.ApprovalKind;
import org.lantern.cases.CaseStatus;
import org.lantern.cases.SurvivorCases;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@LanternTest
class CarePlansTest {

    @Autowired CarePlans plans;
    @Autowired TestUsers users;
    @Autowired SurvivorCases survivorCases;
    @Autowired TestCaseAccess cases;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void planIsSubmittedReturnedWithReasonAndApproved() {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        SignedInUser manager = users.create(Role.PROGRAMME_MANAGER);
        UUID caseId = cases.newCase(caseworker, manager);

        TestUsers.signIn(caseworker);
        assertThatThrownBy(() -> plans.submit(caseId)).isInstanceOf(org.lantern.platform.web.NotFoundException.class);
        plans.start(caseId);
        assertThatThrownBy(() -> plans.submit(caseId)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("goals");
        plans.addGoal(caseId, "Return to school in the new term", LocalDate.of(2027, 6, 1));
        plans.addService(caseId, ServiceKind.EDUCATION, "Fees paid by the programme", null, "Government Girls' School, Salt Lake",
                "VII", LocalDate.of(2027, 6, 15));
        assertThatThrownBy(() -> plans.addService(caseId, ServiceKind.EDUCATION, null, null, " ", null, null))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("school");
        plans.submit(caseId);
        assertThatThrownBy(() -> plans.approve(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.addGoal(caseId, "Another", null)).isInstanceOf(InvalidInputException.class);

        TestUsers.signIn(manager);
        assertThatThrownBy(() -> plans.returnForChanges(caseId, " ")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("reason");
        plans.returnForChanges(caseId, "Add a medical check-up");
        CarePlan returned = plans.forCase(caseId).orElseThrow();
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Add a medical check-up");

        TestUsers.signIn(caseworker);
        plans.addService(caseId, ServiceKind.MEDICAL, "Check-up at the district hospital", LocalDate.of(2027, 1, 10), null, null, null);
        plans.submit(caseId);

        TestUsers.signIn(manager);
        plans.approve(caseId);
        CarePlan approved = plans.forCase(caseId).orElseThrow();
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.decidedByName()).isEqualTo(manager.displayName());
        assertThat(approved.goals()).extracting(CarePlan.Goal::description).containsExactly("Return to school in the new term");
        assertThat(approved.services()).extracting(CarePlan.PlannedService::kind)
                .containsExactly(ServiceKind.EDUCATION, ServiceKind.MEDICAL);
        assertThat(approved.services().getFirst().school()).isEqualTo("Government Girls' School, Salt Lake");

        String storedGoal = jdbc.sql("SELECT encode(description, 'escape') FROM care_goal WHERE plan_id = :id")
                .param("id", approved.id()).query(String.class).single();
        assertThat(storedGoal).doesNotContain("school");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE subject_type = 'care_plan' AND subject_id = :id ORDER BY sequence")
                .param("id", approved.id().toString()).query(String.class).list())
                .contains("submitted for approval", "returned with reason", "approved")
                .noneMatch(detail -> detail != null && detail.contains("medical"));
    }

    @Test
    void submitterCannotApproveHerOwnPlan() {
        SignedInUser manager = users.create(Role.PROGRAMME_MANAGER);
        UUID caseId = cases.newCase(manager);
        TestUsers.signIn(manager);
        plans.addGoal(caseId, "Safe housing", null);
        plans.submit(caseId);
        assertThatThrownBy(() -> plans.approve(caseId)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void someoneTheCaseRuleDoesNotAllowIsRefused() {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        SignedInUser stranger = users.create(Role.CASEWORKER);
        UUID caseId = cases.newCase(caseworker);
        TestUsers.signIn(caseworker);
        plans.addGoal(caseId, "Safe housing", null);

        TestUsers.signIn(stranger);
        assertThatThrownBy(() -> plans.forCase(caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.addGoal(caseId, "x", null)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND subject_id = :id")
                .param("id", caseId.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void oneDecisionSettlesTheCarePlanAndTheCaseWorkflowsCasePlanRequest() {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        SignedInUser manager = users.create(Role.PROGRAMME_MANAGER);
        UUID caseId = cases.newCase(caseworker, manager);

        TestUsers.signIn(caseworker);
        plans.addGoal(caseId, "Safe shelter and counselling", null);
        plans.submit(caseId);
        survivorCases.advance(caseId);
        survivorCases.requestApproval(caseId, ApprovalKind.CASE_PLAN);
        TestUsers.signIn(manager);
        survivorCases.decide(survivorCases.openApproval(caseId, ApprovalKind.CASE_PLAN).orElseThrow(), true, null);
        assertThat(plans.forCase(caseId).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);

        UUID second = cases.newCase(caseworker, manager);
        TestUsers.signIn(caseworker);
        plans.addGoal(second, "Return home with a livelihood grant", null);
        plans.submit(second);
        survivorCases.advance(second);
        survivorCases.requestApproval(second, ApprovalKind.CASE_PLAN);
        TestUsers.signIn(manager);
        plans.approve(second);
        assertThat(survivorCases.openApproval(second, ApprovalKind.CASE_PLAN)).isEmpty();
        assertThat(survivorCases.get(second).status()).isEqualTo(CaseStatus.CARE_PLANNED);
    }
}
