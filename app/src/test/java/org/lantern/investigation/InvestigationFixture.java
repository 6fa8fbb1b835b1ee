package org.lantern.investigation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lantern.cases.CaseDraft;
import org.lantern.cases.CaseTeam;
import org.lantern.cases.IdentifiedHow;
import org.lantern.cases.NameKind;
import org.lantern.cases.PersonDraft;
import org.lantern.cases.SurvivorCases;
import org.lantern.cases.TeamRole;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.TestUsers;
import org.springframework.stereotype.Component;

/** A synthetic case with a lead caseworker and an assigned investigator, for the investigation tests. */
@Component
class InvestigationFixture {

    record Team(UUID caseId, SignedInUser caseworker, SignedInUser investigator) {
    }

    private final TestUsers users;
    private final SurvivorCases cases;
    private final CaseTeam team;
    private final CdrImports imports;

    InvestigationFixture(TestUsers users, SurvivorCases cases, CaseTeam team, CdrImports imports) {
        this.users = users;
        this.cases = cases;
        this.team = team;
        this.imports = imports;
    }

    Team newCase(String investigatorPassword) {
        SignedInUser caseworker = users.create(Role.CASEWORKER);
        SignedInUser investigator = investigatorPassword == null ? users.create(Role.INVESTIGATOR)
                : users.create(investigatorPassword, "Kolkata", Role.INVESTIGATOR);
        TestUsers.signIn(caseworker);
        try {
            UUID caseId = cases.register(new PersonDraft(List.of(new PersonDraft.NameDraft("Test Survivor", null,
                    NameKind.OFFICIAL)), null, null, 17, null, null, null, null, null, null),
                    new CaseDraft(IdentifiedHow.HOTLINE, null, null, null, null, null, null, null, null));
            team.assign(caseId, investigator.id(), TeamRole.INVESTIGATOR);
            return new Team(caseId, caseworker, investigator);
        } finally {
            TestUsers.signOut();
        }
    }

    /** Uploads and imports a CSV as the signed-in user with the guessed mapping; waits for the end. */
    CdrImports.Status importCsv(UUID caseId, String fileName, byte[] content, String zone) {
        CdrImports.Upload upload = imports.upload(caseId, fileName, new java.io.ByteArrayInputStream(content));
        imports.start(caseId, upload.id(), CdrColumns.of(upload.guessed()), zone);
        return await(caseId, upload.id());
    }

    CdrImports.Status await(UUID caseId, UUID importId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            CdrImports.Status status = imports.status(caseId, importId);
            if (status.finished()) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import did not finish");
    }
}
