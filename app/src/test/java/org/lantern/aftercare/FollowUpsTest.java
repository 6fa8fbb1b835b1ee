package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.aftercare.support.TestCaseAccess;
import org.lantern.audit.AuditLog;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.protection.FieldProtector;
import org.lantern.cases.SurvivorCases;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@LanternTest
class FollowUpsTest {

    @Autowired JdbcClient jdbc;
    @Autowired RecordAccess access;
    @Autowired AuditLog audit;
    @Autowired FieldProtector fields;
    @Autowired CarePlans plans;
    @Autowired TestUsers users;
    @Autowired TestCaseAccess cases;
    @Autowired SurvivorCases survivorCases;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private FollowUps on(LocalDate day) {
        return new FollowUps(jdbc, access, audit, fields, plans, Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                survivorCases);
    }

    @Test
    void followUpGoesOverdueWhenItsDueDatePassesUndone() {
        String office = "Office " + UUID.randomUUID();
        SignedInUser worker = users.create("correct horse battery staple", office, Role.CASEWORKER);
        SignedInUser manager = users.create("correct horse battery staple", office, Role.PROGRAMME_MANAGER);
        UUID caseId = cases.newCase(worker);
        cases.allowView(caseId, manager);
        LocalDate due = LocalDate.of(2027, 3, 10);

        TestUsers.signIn(worker);
        UUID homeVisit = on(due.minusDays(20)).schedule(caseId, FollowUpKind.HOME_VISIT, due, worker.id());
        on(due.minusDays(20)).schedule(caseId, FollowUpKind.PHONE, due.plusDays(30), worker.id());

        FollowUpBoard weekBefore = on(due.minusDays(3)).board();
        assertThat(weekBefore.overdueCount()).isZero();
        assertThat(weekBefore.dueSoon()).extracting(FollowUp::id).containsExactly(homeVisit);

        assertThat(on(due).board().overdueCount()).isZero(); // due today is not yet overdue
        FollowUpBoard dayAfter = on(due.plusDays(1)).board();
        assertThat(dayAfter.overdue()).extracting(FollowUp::id).containsExactly(homeVisit);
        assertThat(dayAfter.dueSoonCount()).isZero();

        TestUsers.signIn(manager);
        FollowUpBoard officeBoard = on(due.plusDays(1)).board();
        assertThat(officeBoard.officeWide()).isTrue();
        assertThat(officeBoard.overdue()).extracting(FollowUp::id).containsExactly(homeVisit);

        TestUsers.signIn(worker);
        assertThatThrownBy(() -> on(due.plusDays(1)).complete(caseId, homeVisit, due.plusDays(2), "x"))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("doneDate");
        on(due.plusDays(1)).complete(caseId, homeVisit, due.plusDays(1), "Family welcoming; school fees still due");
        assertThat(on(due.plusDays(2)).board().overdueCount()).isZero();
        assertThat(on(due.plusDays(2)).forCase(caseId)).filteredOn(f -> f.id().equals(homeVisit)).singleElement()
                .satisfies(f -> assertThat(f.outcome()).isEqualTo("Family welcoming; school fees still due"));
    }
}
