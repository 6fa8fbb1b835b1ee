package org.lantern.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.TestUsers;
import org.springframework.stereotype.Component;

/** Builds cases for tests: registers as a caseworker of the given office and signs out again. */
@Component
public class CaseFixtures {

    private final TestUsers users;
    private final SurvivorCases cases;
    private final CaseTeam team;
    private final Consents consents;

    CaseFixtures(TestUsers users, SurvivorCases cases, CaseTeam team, Consents consents) {
        this.users = users;
        this.cases = cases;
        this.team = team;
        this.consents = consents;
    }

    public static PersonDraft person(String... names) {
        return new PersonDraft(java.util.Arrays.stream(names).map(n -> new PersonDraft.NameDraft(n, null, NameKind.OFFICIAL)).toList(),
                Sex.FEMALE, null, 17, LocalDate.now(), List.of("bn"), "IN",
                new Person.Address("Gopalpur", "Canning I", "South 24 Parganas", "West Bengal", "IN"), "scar on left hand",
                List.of(new PersonDraft.ContactDraft("Mother", "mother", "+91 90000 00000")));
    }

    public static CaseDraft caseDraft() {
        return new CaseDraft(IdentifiedHow.RESCUE_OPERATION, LocalDate.now().minusDays(3), TraffickingStatus.POSSIBLE, null,
                null, "East", Set.of("SEXUAL"), Set.of("JOB_OFFER"), Set.of("DEBT_BONDAGE"));
    }

    /** A case registered by {@code worker} (who is then its lead caseworker). */
    public UUID caseBy(SignedInUser worker, String... names) {
        TestUsers.signIn(worker);
        try {
            return cases.register(person(names.length == 0 ? new String[] {"Test Survivor"} : names), caseDraft());
        } finally {
            TestUsers.signOut();
        }
    }

    public SignedInUser caseworker(String office) {
        return users.create("correct horse battery staple", office, Role.CASEWORKER);
    }

    public SignedInUser user(String office, Role role) {
        return users.create("correct horse battery staple", office, role);
    }

    /** Gives DATA_SHARING consent and shares the case with a partner user. */
    public void shareWith(SignedInUser worker, UUID caseId, SignedInUser partner, ShareScope scope) {
        TestUsers.signIn(worker);
        try {
            UUID personId = cases.personOf(caseId);
            if (!consents.hasConsent(personId, ConsentPurpose.DATA_SHARING)) {
                consents.record(personId, ConsentPurpose.DATA_SHARING, LocalDate.now(), ConsentMethod.WRITTEN);
            }
            team.share(caseId, partner.id(), null, scope);
        } finally {
            TestUsers.signOut();
        }
    }
}
