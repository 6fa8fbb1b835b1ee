package org.lantern.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lantern.cases.ApprovalKind;
import org.lantern.cases.CaseSearch;
import org.lantern.cases.CaseStatus;
import org.lantern.cases.CaseTeam;
import org.lantern.cases.CaseTransfers;
import org.lantern.cases.ConsentMethod;
import org.lantern.cases.ConsentPurpose;
import org.lantern.cases.Consents;
import org.lantern.cases.IdentifiedHow;
import org.lantern.cases.NameKind;
import org.lantern.cases.NameScript;
import org.lantern.cases.People;
import org.lantern.cases.Person;
import org.lantern.cases.PersonDraft;
import org.lantern.cases.ReferenceValues;
import org.lantern.cases.Sex;
import org.lantern.cases.ShareScope;
import org.lantern.cases.SurvivorCase;
import org.lantern.cases.SurvivorCases;
import org.lantern.cases.TeamRole;
import org.lantern.cases.TraffickingStage;
import org.lantern.cases.TraffickingStatus;
import org.lantern.cases.TransferDirection;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignInFlow;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InputProblems;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case pages: list and search, registration, the case page with its forms, and the approvals queue. */
@Controller
@RequestMapping("/cases")
class CasePages {

    static final List<String> LANGUAGES = List.of("bn", "hi", "en", "ne", "ur", "or", "as", "mr");
    static final List<String> COUNTRIES = List.of("IN", "BD", "NP");

    private final InputProblems problems;
    private final SurvivorCases cases;
    private final People people;
    private final CaseSearch search;
    private final CaseTeam team;
    private final Consents consents;
    private final CaseTransfers transfers;
    private final ReferenceValues references;
    private final RecordAccess access;
    private final List<org.lantern.platform.CaseLink> caseLinks;

    CasePages(SurvivorCases cases, People people, CaseSearch search, CaseTeam team, Consents consents,
            CaseTransfers transfers, ReferenceValues references, RecordAccess access,
            List<org.lantern.platform.CaseLink> caseLinks, InputProblems problems) {
        this.problems = problems;
        this.caseLinks = caseLinks.stream().sorted(java.util.Comparator.comparingInt(org.lantern.platform.CaseLink::order)).toList();
        this.cases = cases;
        this.people = people;
        this.search = search;
        this.team = team;
        this.consents = consents;
        this.transfers = transfers;
        this.references = references;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String district,
            @RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean pending, @RequestParam(defaultValue = "0") int page,
            Model model) {
        SignedInUser user = access.requirePermission(Permission.CASES_VIEW);
        CaseSearch.Page result = search.search(new CaseSearch.Query(q, district, status, mine ? user.id() : null, pending,
                page, 25));
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("district", district);
        model.addAttribute("status", status);
        model.addAttribute("mine", mine);
        model.addAttribute("pending", pending);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("canRegister", user.has(Permission.CASES_EDIT));
        return "cases/list";
    }

    @GetMapping("/new")
    String registerForm(Model model) {
        access.requirePermission(Permission.CASES_EDIT);
        return registerPage(model, RegistrationForm.empty(), null, null);
    }

    @PostMapping
    String register(RegistrationForm form, BindingResult binding, Model model) {
        access.requirePermission(Permission.CASES_EDIT);
        if (binding.hasFieldErrors()) {
            return registerPage(model, form, binding.getFieldErrors().getFirst().getField(), "cases.error.format");
        }
        try {
            UUID id = cases.register(form.person(), form.caseDraft());
            return "redirect:/cases/" + id + "?notice=registered";
        } catch (InvalidInputException e) {
            return registerPage(model, form, RegistrationForm.inputOf(e.field()), problems.text(e));
        }
    }

    private String registerPage(Model model, RegistrationForm form, String field, String problem) {
        SignedInUser user = SignInFlow.currentUser();
        model.addAttribute("form", form);
        model.addAttribute("field", field);
        model.addAttribute("problem", problem);
        model.addAttribute("supervisor", user.has(Permission.CASES_SUPERVISE));
        choices(model);
        return "cases/register";
    }

    @GetMapping("/approvals")
    String approvals(Model model) {
        model.addAttribute("approvals", cases.pendingApprovals());
        return "cases/approvals";
    }

    @PostMapping("/approvals/{approvalId}")
    String decide(@PathVariable UUID approvalId, @RequestParam String decision,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        try {
            cases.decide(approvalId, "approve".equals(decision), comment);
            redirect.addFlashAttribute("notice", "cases.notice.decided");
        } catch (InvalidInputException e) {
            problem(redirect, e);
        }
        return "redirect:/cases/approvals";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String notice, Model model) {
        SurvivorCase found = cases.get(id);
        SignedInUser user = SignInFlow.currentUser();
        boolean personVisible = access.canView("person", found.personId());
        boolean partner = user.hasRole(Role.PARTNER_POLICE);
        boolean canEdit = access.canEdit("case", id);
        Person person = personVisible ? people.get(found.personId()) : null;
        model.addAttribute("c", found);
        model.addAttribute("caseLinks", caseLinks.stream().filter(link -> partner ? false
                : org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                        .getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(link.authority()))).toList());
        model.addAttribute("person", person);
        model.addAttribute("partner", partner);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("supervisor", user.has(Permission.CASES_SUPERVISE));
        model.addAttribute("events", cases.events(id));
        if (personVisible) {
            model.addAttribute("perpetrators", cases.perpetrators(id));
        }
        if (!partner) {
            model.addAttribute("consents", consents.of(found.personId()));
            model.addAttribute("members", team.members(id));
            model.addAttribute("shares", team.shares(id));
            model.addAttribute("approvals", cases.approvals(id));
            model.addAttribute("transfers", transfers.of(id));
            model.addAttribute("history", cases.history(id, 100));
        }
        if (canEdit) {
            model.addAttribute("candidates", team.candidates());
            model.addAttribute("form", RegistrationForm.of(found, person));
        }
        if (!partner && found.status() != CaseStatus.CLOSED) {
            model.addAttribute("openWork", cases.openBeforeClosure(id)); // why a closure would be refused
        }
        ApprovalKind nextApproval = found.status().approvalToAdvance();
        model.addAttribute("nextStatus", found.status().next());
        model.addAttribute("nextApproval", nextApproval);
        model.addAttribute("canDecide", user.has(Permission.CASES_APPROVE) && found.office().equals(user.office())
                && found.pendingApproval() != null);
        if (notice != null && notice.matches("[a-z]{1,20}")) {
            model.addAttribute("notice", "cases.notice." + notice);
        }
        choices(model);
        return "cases/case";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, RegistrationForm form, BindingResult binding, RedirectAttributes redirect) {
        return act(id, redirect, binding, () -> cases.update(id, form.caseDraft()));
    }

    @PostMapping("/{id}/person")
    String updatePerson(@PathVariable UUID id, RegistrationForm form, BindingResult binding, RedirectAttributes redirect) {
        return act(id, redirect, binding, () -> people.update(cases.personOf(id), form.personDetails()));
    }

    @PostMapping("/{id}/names")
    String addName(@PathVariable UUID id, @RequestParam String name, @RequestParam(required = false) NameScript script,
            @RequestParam(required = false) NameKind kind, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> people.addName(cases.personOf(id), new PersonDraft.NameDraft(name, script, kind)));
    }

    @PostMapping("/{id}/contacts")
    String addContact(@PathVariable UUID id, @RequestParam String name, @RequestParam(required = false) String relationship,
            @RequestParam(required = false) String details, RedirectAttributes redirect) {
        return act(id, redirect, null,
                () -> people.addContact(cases.personOf(id), new PersonDraft.ContactDraft(name, relationship, details)));
    }

    @PostMapping("/{id}/advance")
    String advance(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> cases.advance(id));
    }

    @PostMapping("/{id}/approval")
    String requestApproval(@PathVariable UUID id, @RequestParam ApprovalKind kind, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> cases.requestApproval(id, kind));
    }

    @PostMapping("/{id}/team")
    String assign(@PathVariable UUID id, @RequestParam UUID userId, @RequestParam TeamRole role, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> team.assign(id, userId, role));
    }

    @PostMapping("/{id}/team/{userId}/remove")
    String unassign(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> team.unassign(id, userId));
    }

    @PostMapping("/{id}/shares")
    String share(@PathVariable UUID id, @RequestParam(required = false) UUID userId,
            @RequestParam(required = false) String office, @RequestParam ShareScope scope, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> team.share(id, userId, office, scope));
    }

    @PostMapping("/{id}/shares/{shareId}/revoke")
    String revokeShare(@PathVariable UUID id, @PathVariable UUID shareId, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> team.revokeShare(id, shareId));
    }

    @PostMapping("/{id}/consents")
    String recordConsent(@PathVariable UUID id, @RequestParam ConsentPurpose purpose,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
            @RequestParam ConsentMethod method, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> consents.record(cases.personOf(id), purpose, givenOn, method));
    }

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    String withdrawConsent(@PathVariable UUID id, @PathVariable UUID consentId, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> consents.withdraw(cases.personOf(id), consentId, LocalDate.now()));
    }

    @PostMapping("/{id}/events")
    String addEvent(@PathVariable UUID id, @RequestParam TraffickingStage stage, @RequestParam(required = false) String place,
            @RequestParam(required = false) String district, @RequestParam(required = false) String state,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> cases.addEvent(id,
                new SurvivorCases.TraffickingEvent(null, stage, place, district, state, country, occurredOn)));
    }

    @PostMapping("/{id}/perpetrators")
    String addPerpetrator(@PathVariable UUID id, @RequestParam String name, @RequestParam(required = false) Sex sex,
            @RequestParam(required = false) String role, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> cases.addPerpetrator(id, new PersonDraft(
                List.of(new PersonDraft.NameDraft(name, null, NameKind.OFFICIAL)), sex, null, null, null, null, null,
                null, null, null), role));
    }

    @PostMapping("/{id}/transfers")
    String recordTransfer(@PathVariable UUID id, @RequestParam TransferDirection direction,
            @RequestParam String organisation, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> transfers.record(id, direction, organisation, reason));
    }

    @PostMapping("/{id}/transfers/{transferId}")
    String decideTransfer(@PathVariable UUID id, @PathVariable UUID transferId, @RequestParam boolean accepted,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> transfers.decide(id, transferId, accepted));
    }

    /** Runs a change and returns to the case page, with a notice or the problem naming its field. */
    private String act(UUID id, RedirectAttributes redirect, BindingResult binding, Runnable change) {
        if (binding != null && binding.hasFieldErrors()) {
            access.requireEdit("case", id);
            String field = binding.getFieldErrors().getFirst().getField();
            redirect.addFlashAttribute("field", field);
            redirect.addFlashAttribute("problem", problems.text(new InvalidInputException(field, "cases.error.format")));
            return "redirect:/cases/" + id;
        }
        try {
            change.run();
            redirect.addFlashAttribute("notice", "cases.notice.saved");
        } catch (InvalidInputException e) {
            problem(redirect, e);
        }
        return "redirect:/cases/" + id;
    }

    private void problem(RedirectAttributes redirect, InvalidInputException e) {
        redirect.addFlashAttribute("field", RegistrationForm.inputOf(e.field()));
        redirect.addFlashAttribute("problem", problems.text(e));
    }

    private void choices(Model model) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("exploitationValues", references.active(ReferenceValues.EXPLOITATION));
        model.addAttribute("recruitmentValues", references.active(ReferenceValues.RECRUITMENT));
        model.addAttribute("controlValues", references.active(ReferenceValues.CONTROL));
        model.addAttribute("locale", locale);
        model.addAttribute("identifiedHows", IdentifiedHow.values());
        model.addAttribute("traffickingStatuses", TraffickingStatus.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("scripts", NameScript.values());
        model.addAttribute("nameKinds", NameKind.values());
        model.addAttribute("languageCodes", LANGUAGES);
        model.addAttribute("countries", COUNTRIES);
        model.addAttribute("stages", TraffickingStage.values());
        model.addAttribute("teamRoles", TeamRole.values());
        model.addAttribute("scopes", ShareScope.values());
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("methods", ConsentMethod.values());
        model.addAttribute("directions", TransferDirection.values());
    }
}
