package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.aftercare.support.TestCaseAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@LanternTest
class CounsellingSessionsTest {

    @Autowired CounsellingSessions sessions;
    @Autowired TestUsers users;
    @Autowired TestCaseAccess cases;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void notesAreHiddenFromAManagerUntilTheCounsellorSharesThem() {
        SignedInUser counsellor = users.create(Role.COUNSELLOR);
        SignedInUser manager = users.create(Role.PROGRAMME_MANAGER);
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        UUID caseId = cases.newCase(caseworker, manager);
        cases.allowView(caseId, counsellor);

        TestUsers.signIn(caseworker);
        assertThatThrownBy(() -> sessions.record(caseId, LocalDate.now(), 50, "x")).isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(counsellor);
        UUID sessionId = sessions.record(caseId, LocalDate.now(), 50, "Nightmares about the journey; sleeping better this week");
        assertThat(sessions.forCase(caseId)).singleElement().satisfies(session -> {
            assertThat(session.notesVisible()).isTrue();
            assertThat(session.notes()).contains("Nightmares");
        });
        String stored = jdbc.sql("SELECT encode(notes, 'escape') FROM counselling_session WHERE id = :id")
                .param("id", sessionId).query(String.class).single();
        assertThat(stored).doesNotContain("Nightmares");

        TestUsers.signIn(manager);
        assertThat(sessions.forCase(caseId)).singleElement().satisfies(session -> {
            assertThat(session.heldOn()).isEqualTo(LocalDate.now());
            assertThat(session.counsellorName()).isEqualTo(counsellor.displayName());
            assertThat(session.notesVisible()).isFalse();
            assertThat(session.notes()).isNull();
        });
        assertThatThrownBy(() -> sessions.grant(caseId, sessionId, manager.id())).isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(counsellor);
        sessions.grant(caseId, sessionId, manager.id());
        assertThat(sessions.forCase(caseId).getFirst().grantees()).extracting(CounsellingSession.Grantee::userId)
                .containsExactly(manager.id());

        TestUsers.signIn(manager);
        assertThat(sessions.forCase(caseId).getFirst().notes()).contains("Nightmares");
        TestUsers.signIn(caseworker);
        assertThat(sessions.forCase(caseId).getFirst().notes()).isNull();

        TestUsers.signIn(counsellor);
        sessions.revoke(caseId, sessionId, manager.id());
        TestUsers.signIn(manager);
        assertThat(sessions.forCase(caseId).getFirst().notes()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'counselling_session' AND subject_id = :id")
                .param("id", sessionId.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }
}
