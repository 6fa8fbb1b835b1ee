package org.lantern.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.aftercare.support.TestCaseAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.protection.KeyRotation;
import org.lantern.protection.ProtectedColumn;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The module's encrypted columns are known to key rotation, and survive re-encryption. */
@LanternTest
class AftercareKeyRotationTest {

    @Autowired KeyRotation rotation;
    @Autowired java.util.List<ProtectedColumn> columns;
    @Autowired CaseNotes notes;
    @Autowired RiskAssessments risks;
    @Autowired TestUsers users;
    @Autowired TestCaseAccess cases;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void reencryptedValuesStillOpen() {
        assertThat(columns).contains(AftercareColumns.GOAL_DESCRIPTION, AftercareColumns.SERVICE_DETAILS,
                AftercareColumns.SERVICE_SCHOOL, AftercareColumns.FOLLOW_UP_OUTCOME, AftercareColumns.COUNSELLING_NOTES,
                AftercareColumns.SAFETY_PLAN, AftercareColumns.NOTE_BODY, AftercareColumns.DOCUMENT_NAME);
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        UUID caseId = cases.newCase(caseworker);
        TestUsers.signIn(caseworker);
        UUID noteId = notes.add(caseId, "Visited the family in Jessore");
        risks.assess(caseId, LocalDate.now(), EnumSet.allOf(RiskItem.class), "Move to the transit home tonight");
        byte[] before = jdbc.sql("SELECT body FROM case_note WHERE id = :id").param("id", noteId).query(byte[].class).single();

        rotation.reencryptAll();

        byte[] after = jdbc.sql("SELECT body FROM case_note WHERE id = :id").param("id", noteId).query(byte[].class).single();
        assertThat(after).isNotEqualTo(before);
        assertThat(notes.forCase(caseId)).extracting(CaseNote::text).containsExactly("Visited the family in Jessore");
        assertThat(risks.history(caseId).getFirst().safetyPlan()).isEqualTo("Move to the transit home tonight");
    }
}
