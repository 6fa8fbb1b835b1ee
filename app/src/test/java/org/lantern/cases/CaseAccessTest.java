package org.lantern.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@LanternTest
class CaseAccessTest {

    @Autowired CaseFixtures fixtures;
    @Autowired SurvivorCases cases;
    @Autowired People people;
    @Autowired CaseTeam team;
    @Autowired CaseSearch search;
    @Autowired RecordAccess access;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private <T> T as(SignedInUser user, Supplier<T> action) {
        TestUsers.signIn(user);
        try {
            return action.get();
        } finally {
            TestUsers.signOut();
        }
    }

    private boolean sees(SignedInUser user, UUID caseId) {
        return as(user, () -> access.canView("case", caseId));
    }

    private boolean listed(SignedInUser user, UUID caseId) {
        return as(user, () -> search.search(new CaseSearch.Query(null, null, null, null, false, 0, 100)).items()
                .stream().anyMatch(s -> s.id().equals(caseId)));
    }

    @Test
    void assignedCaseworkerSeesAndChangesTheCaseOthersDoNot() {
        String office = "Office-" + UUID.randomUUID();
        SignedInUser asha = fixtures.caseworker(office);
        SignedInUser other = fixtures.caseworker(office);
        UUID caseId = fixtures.caseBy(asha);
        UUID personId = as(asha, () -> cases.personOf(caseId));

        assertThat(sees(asha, caseId)).isTrue();
        assertThat(as(asha, () -> access.canEdit("case", caseId))).isTrue();
        assertThat(as(asha, () -> people.get(personId).displayName())).isEqualTo("Test Survivor");
        assertThat(listed(asha, caseId)).isTrue();

        assertThat(sees(other, caseId)).isFalse();
        assertThat(listed(other, caseId)).isFalse();
        assertThatThrownBy(() -> as(other, () -> cases.get(caseId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other, () -> people.get(personId))).isInstanceOf(AccessDeniedException.class);

        // once assigned, the other worker sees it too; a counsellor assigned sees but cannot change the case
        as(asha, () -> { team.assign(caseId, other.id(), TeamRole.CASEWORKER); return null; });
        assertThat(sees(other, caseId)).isTrue();
        assertThat(listed(other, caseId)).isTrue();
        SignedInUser counsellor = fixtures.user(office, Role.COUNSELLOR);
        assertThat(sees(counsellor, caseId)).isFalse();
        as(asha, () -> { team.assign(caseId, counsellor.id(), TeamRole.COUNSELLOR); return null; });
        assertThat(sees(counsellor, caseId)).isTrue();
        assertThat(as(counsellor, () -> access.canEdit("case", caseId))).isFalse();

        // taken off the case, the worker loses it from her list and from access at once
        as(asha, () -> { team.unassign(caseId, other.id()); return null; });
        assertThat(sees(other, caseId)).isFalse();
        assertThat(listed(other, caseId)).isFalse();
    }

    @Test
    void managerSeesEveryCaseOfTheirOfficeOnly() {
        String office = "Office-" + UUID.randomUUID();
        SignedInUser worker = fixtures.caseworker(office);
        UUID caseId = fixtures.caseBy(worker);
        SignedInUser sameOffice = fixtures.user(office, Role.PROGRAMME_MANAGER);
        SignedInUser otherOffice = fixtures.user("Elsewhere-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);

        assertThat(sees(sameOffice, caseId)).isTrue();
        assertThat(as(sameOffice, () -> access.canEdit("case", caseId))).isTrue();
        assertThat(listed(sameOffice, caseId)).isTrue();
        assertThat(sees(otherOffice, caseId)).isFalse();
        assertThat(listed(otherOffice, caseId)).isFalse();
    }

    @Test
    void partnerPoliceSeeOnlyWhatIsSharedAndNeverChangeIt() {
        String office = "Office-" + UUID.randomUUID();
        SignedInUser worker = fixtures.caseworker(office);
        UUID shared = fixtures.caseBy(worker, "Shared Survivor");
        UUID summary = fixtures.caseBy(worker, "Summary Survivor");
        UUID unshared = fixtures.caseBy(worker, "Unshared Survivor");
        SignedInUser police = fixtures.user(office, Role.PARTNER_POLICE);
        fixtures.shareWith(worker, shared, police, ShareScope.FULL);
        fixtures.shareWith(worker, summary, police, ShareScope.SUMMARY);

        assertThat(sees(police, shared)).isTrue();
        assertThat(sees(police, summary)).isTrue();
        assertThat(sees(police, unshared)).isFalse();
        assertThat(as(police, () -> access.canEdit("case", shared))).isFalse();
        assertThat(listed(police, shared)).isTrue();
        assertThat(listed(police, unshared)).isFalse();

        UUID sharedPerson = as(worker, () -> cases.personOf(shared));
        UUID summaryPerson = as(worker, () -> cases.personOf(summary));
        assertThat(as(police, () -> access.canView("person", sharedPerson))).isTrue();
        assertThat(as(police, () -> access.canView("person", summaryPerson))).isFalse();
        // a summary share lists the case without the name, and a name search cannot find it
        var row = as(police, () -> search.search(new CaseSearch.Query(null, null, null, null, false, 0, 100)).items()
                .stream().filter(s -> s.id().equals(summary)).findFirst().orElseThrow());
        assertThat(row.name()).isNull();
        assertThat(row.personId()).isNull();
        assertThat(as(police, () -> search.search(new CaseSearch.Query("Summary Survivor", null, null, null, false, 0, 100))
                .items())).noneMatch(s -> s.id().equals(summary));

        // ending the share ends the access
        UUID shareId = as(worker, () -> team.shares(shared).getFirst().id());
        as(worker, () -> { team.revokeShare(shared, shareId); return null; });
        assertThat(sees(police, shared)).isFalse();
    }

    @Test
    void administratorsSeeNoCases() {
        SignedInUser worker = fixtures.caseworker("Kolkata");
        UUID caseId = fixtures.caseBy(worker);
        SignedInUser admin = fixtures.user("Kolkata", Role.ADMINISTRATOR);
        assertThat(sees(admin, caseId)).isFalse();
        assertThatThrownBy(() -> as(admin, () -> cases.get(caseId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(admin, () -> search.search(new CaseSearch.Query(null, null, null, null, false, 0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusalsAndReadsAreAudited() {
        SignedInUser worker = fixtures.caseworker("Kolkata");
        SignedInUser stranger = fixtures.caseworker("Kolkata");
        UUID caseId = fixtures.caseBy(worker);
        as(worker, () -> cases.get(caseId));
        assertThatThrownBy(() -> as(stranger, () -> cases.get(caseId))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_id = :id AND action = 'READ' AND actor_id = :a")
                .param("id", caseId.toString()).param("a", worker.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_id = :id AND action = 'ACCESS_DENIED' AND actor_id = :a")
                .param("id", caseId.toString()).param("a", stranger.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void sensitiveValuesAreCiphertextAndChangesHaveHistory() {
        SignedInUser worker = fixtures.caseworker("Kolkata");
        UUID caseId = fixtures.caseBy(worker, "Cipher Check");
        byte[] stored = jdbc.sql("SELECT n.name FROM person_name n JOIN survivor_case c ON c.person_id = n.person_id WHERE c.id = :id")
                .param("id", caseId).query((rs, n) -> rs.getBytes(1)).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Cipher");

        TestUsers.signIn(worker);
        CaseDraft changed = new CaseDraft(IdentifiedHow.HOTLINE, null, TraffickingStatus.ACTUAL, "Anti-trafficking unit",
                null, null, java.util.Set.of("FORCED_LABOUR"), java.util.Set.of(), java.util.Set.of());
        cases.update(caseId, changed);
        var history = cases.history(caseId, 100);
        assertThat(history).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("traffickingStatus");
            assertThat(change.oldValue()).isEqualTo("POSSIBLE");
            assertThat(change.newValue()).isEqualTo("ACTUAL");
            assertThat(change.changedBy()).isEqualTo(worker.id());
        });
    }

    @Test
    void workflowNeedsAManagerOfTheSameOfficeForCasePlanAndClosure() {
        String office = "Office-" + UUID.randomUUID();
        SignedInUser worker = fixtures.caseworker(office);
        SignedInUser manager = fixtures.user(office, Role.PROGRAMME_MANAGER);
        SignedInUser otherManager = fixtures.user("Other-" + UUID.randomUUID(), Role.PROGRAMME_MANAGER);
        UUID caseId = fixtures.caseBy(worker);

        assertThat(as(worker, () -> cases.advance(caseId))).isEqualTo(CaseStatus.ASSESSED);
        assertThatThrownBy(() -> as(worker, () -> cases.advance(caseId)))
                .isInstanceOf(org.lantern.platform.web.InvalidInputException.class);
        UUID request = as(worker, () -> cases.requestApproval(caseId, ApprovalKind.CASE_PLAN));
        assertThatThrownBy(() -> as(otherManager, () -> { cases.decide(request, true, null); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(manager, () -> cases.pendingApprovals())).anyMatch(a -> a.id().equals(request));
        as(manager, () -> { cases.decide(request, true, "good plan"); return null; });
        assertThat(as(worker, () -> cases.get(caseId).status())).isEqualTo(CaseStatus.CARE_PLANNED);

        UUID closure = as(worker, () -> cases.requestApproval(caseId, ApprovalKind.CLOSURE));
        as(manager, () -> { cases.decide(closure, false, "not yet"); return null; });
        assertThat(as(worker, () -> cases.get(caseId).status())).isEqualTo(CaseStatus.CARE_PLANNED);
        UUID again = as(worker, () -> cases.requestApproval(caseId, ApprovalKind.CLOSURE));
        as(manager, () -> { cases.decide(again, true, null); return null; });
        SurvivorCase closed = as(worker, () -> cases.get(caseId));
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
    }
}
