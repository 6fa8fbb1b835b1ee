package org.lantern.aftercare.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.lantern.cases.CaseDraft;
import org.lantern.cases.CaseTeam;
import org.lantern.cases.IdentifiedHow;
import org.lantern.cases.NameKind;
import org.lantern.cases.PersonDraft;
import org.lantern.cases.Sex;
import org.lantern.cases.SurvivorCases;
import org.lantern.cases.TeamRole;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.support.TestUsers;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Real cases for this module's tests: each is registered through the cases module by a caseworker of its
 * own, and the users a test names are put on its team, so the cases module's access rule decides.
 */
@Component
public class TestCaseAccess {

    private final SurvivorCases cases;
    private final CaseTeam team;
    private final TestUsers users;
    private final Map<UUID, SignedInUser> registrars = new ConcurrentHashMap<>();

    TestCaseAccess(SurvivorCases cases, CaseTeam team, TestUsers users) {
        this.cases = cases;
        this.team = team;
        this.users = users;
    }

    /**
     * A new case in the office of the first member, on whose team {@code members} are; with CASES_EDIT they
     * may also change it.
     */
    public UUID newCase(SignedInUser... members) {
        String office = members.length > 0 && members[0].office() != null ? members[0].office() : "Kolkata";
        SignedInUser registrar = users.create("correct horse battery staple", office, Role.CASEWORKER);
        UUID caseId = as(registrar, () -> cases.register(
                new PersonDraft(List.of(new PersonDraft.NameDraft("Synthetic Survivor", null, NameKind.OFFICIAL)),
                        Sex.FEMALE, null, 16, LocalDate.now(), List.of("bn"), "IN", null, null, List.of()),
                new CaseDraft(IdentifiedHow.RESCUE_OPERATION, LocalDate.now(), null, null, office, null, null, null, null)));
        registrars.put(caseId, registrar);
        for (SignedInUser member : members) {
            allowEdit(caseId, member);
        }
        return caseId;
    }

    public void allowView(UUID caseId, SignedInUser user) {
        allowEdit(caseId, user);
    }

    public void allowEdit(UUID caseId, SignedInUser user) {
        if (user.hasRole(Role.PROGRAMME_MANAGER)) {
            return; // managers reach every case of their office
        }
        as(registrars.get(caseId), () -> {
            team.assign(caseId, user.id(), teamRole(user));
            return null;
        });
    }

    private static TeamRole teamRole(SignedInUser user) {
        if (user.hasRole(Role.COUNSELLOR)) {
            return TeamRole.COUNSELLOR;
        }
        if (user.hasRole(Role.LAWYER)) {
            return TeamRole.LAWYER;
        }
        if (user.hasRole(Role.INVESTIGATOR)) {
            return TeamRole.INVESTIGATOR;
        }
        return TeamRole.CASEWORKER;
    }

    private static <T> T as(SignedInUser user, java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        TestUsers.signIn(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
