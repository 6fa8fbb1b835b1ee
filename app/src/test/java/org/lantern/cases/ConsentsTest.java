package org.lantern.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.support.LanternTest;
import org.lantern.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@LanternTest
class ConsentsTest {

    @Autowired CaseFixtures fixtures;
    @Autowired Consents consents;
    @Autowired SurvivorCases cases;
    @Autowired CaseTeam team;
    @Autowired CaseTransfers transfers;
    @Autowired RecordAccessProbe probe;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void consentIsGivenPerPurposeAndWithdrawn() {
        SignedInUser worker = fixtures.caseworker("Consent-" + UUID.randomUUID());
        UUID caseId = fixtures.caseBy(worker);
        TestUsers.signIn(worker);
        UUID personId = cases.personOf(caseId);

        assertThat(consents.hasConsent(personId, ConsentPurpose.TRACING)).isFalse();
        UUID tracing = consents.record(personId, ConsentPurpose.TRACING, LocalDate.now().minusDays(1), ConsentMethod.GUARDIAN);
        assertThat(consents.hasConsent(personId, ConsentPurpose.TRACING)).isTrue();
        assertThat(consents.hasConsent(personId, ConsentPurpose.RESEARCH)).isFalse();
        assertThatThrownBy(() -> consents.record(personId, ConsentPurpose.TRACING, null, ConsentMethod.VERBAL))
                .isInstanceOf(InvalidInputException.class).hasMessage("cases.error.consentInForce");
        assertThatThrownBy(() -> consents.record(personId, ConsentPurpose.RESEARCH, LocalDate.now().plusDays(2), ConsentMethod.VERBAL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("givenOn"));

        // the SQL view others filter with agrees with the Java API
        assertThat(jdbc.sql("SELECT count(*) FROM consent_in_force WHERE person_id = :p AND purpose = 'TRACING'")
                .param("p", personId).query(Long.class).single()).isEqualTo(1);

        consents.withdraw(personId, tracing, LocalDate.now());
        assertThat(consents.hasConsent(personId, ConsentPurpose.TRACING)).isFalse();
        assertThat(consents.of(personId)).singleElement().satisfies(c -> {
            assertThat(c.withdrawnOn()).isEqualTo(LocalDate.now());
            assertThat(c.method()).isEqualTo(ConsentMethod.GUARDIAN);
            assertThat(c.recordedBy()).isEqualTo(worker.id());
        });
        // consent may be given again after a withdrawal
        consents.record(personId, ConsentPurpose.TRACING, null, ConsentMethod.WRITTEN);
        assertThat(consents.hasConsent(personId, ConsentPurpose.TRACING)).isTrue();
    }

    @Test
    void sharingNeedsDataSharingConsentAndEndsWhenItIsWithdrawn() {
        String office = "Consent-" + UUID.randomUUID();
        SignedInUser worker = fixtures.caseworker(office);
        SignedInUser police = fixtures.user(office, Role.PARTNER_POLICE);
        UUID caseId = fixtures.caseBy(worker);
        TestUsers.signIn(worker);
        UUID personId = cases.personOf(caseId);

        assertThatThrownBy(() -> team.share(caseId, police.id(), null, ShareScope.FULL))
                .isInstanceOfSatisfying(ConsentMissingException.class, e -> {
                    assertThat(e.field()).isEqualTo("consent");
                    assertThat(e.purpose()).isEqualTo(ConsentPurpose.DATA_SHARING);
                });
        assertThatThrownBy(() -> transfers.record(caseId, TransferDirection.OUT, "Other NGO", null))
                .isInstanceOf(ConsentMissingException.class);

        UUID consent = consents.record(personId, ConsentPurpose.DATA_SHARING, null, ConsentMethod.WRITTEN);
        team.share(caseId, police.id(), null, ShareScope.FULL);
        transfers.record(caseId, TransferDirection.OUT, "Other NGO", "closer to home");
        assertThat(probe.canView(police, caseId)).isTrue();

        consents.withdraw(personId, consent, null);
        assertThat(probe.canView(police, caseId)).isFalse();
    }

    @Test
    void onlyThoseWhoMayChangeThePersonRecordConsent() {
        String office = "Consent-" + UUID.randomUUID();
        SignedInUser worker = fixtures.caseworker(office);
        SignedInUser stranger = fixtures.caseworker(office);
        UUID caseId = fixtures.caseBy(worker);
        TestUsers.signIn(worker);
        UUID personId = cases.personOf(caseId);
        TestUsers.signIn(stranger);
        assertThatThrownBy(() -> consents.record(personId, ConsentPurpose.SERVICES, null, ConsentMethod.VERBAL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consents.of(personId)).isInstanceOf(AccessDeniedException.class);
    }
}
