package org.lantern.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.lantern.cases.ApprovalKind;
import org.lantern.cases.CaseDraft;
import org.lantern.cases.CaseHistory;
import org.lantern.cases.CaseSearch;
import org.lantern.cases.CaseStatus;
import org.lantern.cases.CaseTeam;
import org.lantern.cases.CaseTransfers;
import org.lantern.cases.ConsentMethod;
import org.lantern.cases.ConsentPurpose;
import org.lantern.cases.Consents;
import org.lantern.cases.People;
import org.lantern.cases.Person;
import org.lantern.cases.PersonDraft;
import org.lantern.cases.ReferenceValues;
import org.lantern.cases.ShareScope;
import org.lantern.cases.SurvivorCase;
import org.lantern.cases.SurvivorCases;
import org.lantern.cases.TeamRole;
import org.lantern.cases.TransferDirection;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignInFlow;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1}: cases, people, consent, team, approvals. Every call goes through the same services as the pages. */
@RestController
@RequestMapping("/api/v1")
class CasesApi {

    /** A case with what its viewer may see of it. Partners get no team, shares, transfers or history. */
    record CaseDetail(SurvivorCase caseRecord, Person person, List<SurvivorCases.TraffickingEvent> events,
            List<SurvivorCases.Perpetrator> perpetrators, List<CaseTeam.Member> team) {
    }

    record Registration(PersonDraft person, CaseDraft caseDetails) {
    }

    record Registered(UUID id, String reference, UUID personId) {
    }

    record ApprovalRequest(ApprovalKind kind) {
    }

    record Decision(boolean approve, String comment) {
    }

    record Assignment(UUID userId, TeamRole role) {
    }

    record ShareRequest(UUID userId, String office, ShareScope scope) {
    }

    record TransferRequest(TransferDirection direction, String organisation, String reason) {
    }

    record TransferDecision(boolean accepted) {
    }

    record ConsentRequest(ConsentPurpose purpose, LocalDate givenOn, ConsentMethod method) {
    }

    record Withdrawal(LocalDate withdrawnOn) {
    }

    record ConsentState(UUID personId, ConsentPurpose purpose, boolean inForce) {
    }

    record Created(UUID id) {
    }

    record Label(String code, String label) {
    }

    private final SurvivorCases cases;
    private final People people;
    private final CaseSearch search;
    private final CaseTeam team;
    private final Consents consents;
    private final CaseTransfers transfers;
    private final ReferenceValues references;
    private final RecordAccess access;
    private final org.lantern.audit.AuditLog audit;

    CasesApi(SurvivorCases cases, People people, CaseSearch search, CaseTeam team, Consents consents,
            CaseTransfers transfers, ReferenceValues references, RecordAccess access,
            org.lantern.audit.AuditLog audit) {
        this.audit = audit;
        this.cases = cases;
        this.people = people;
        this.search = search;
        this.team = team;
        this.consents = consents;
        this.transfers = transfers;
        this.references = references;
        this.access = access;
    }

    @GetMapping("/cases")
    CaseSearch.Page list(@RequestParam(required = false) String name, @RequestParam(required = false) String district,
            @RequestParam(required = false) CaseStatus status, @RequestParam(required = false) UUID worker,
            @RequestParam(defaultValue = "false") boolean pendingApproval, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return search.search(new CaseSearch.Query(name, district, status, worker, pendingApproval, page, size));
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    Registered register(@RequestBody Registration registration) {
        if (registration.person() == null) {
            throw new InvalidInputException("person", "cases.error.required");
        }
        if (registration.caseDetails() == null) {
            throw new InvalidInputException("caseDetails", "cases.error.required");
        }
        UUID id = cases.register(registration.person(), registration.caseDetails());
        SurvivorCase created = cases.get(id);
        return new Registered(id, created.reference(), created.personId());
    }

    @GetMapping("/cases/{id}")
    CaseDetail get(@PathVariable UUID id) {
        SurvivorCase found = cases.get(id);
        boolean personVisible = access.canView("person", found.personId());
        boolean partner = SignInFlow.currentUser().hasRole(Role.PARTNER_POLICE);
        return new CaseDetail(found, personVisible ? people.get(found.personId()) : null, cases.events(id),
                personVisible ? cases.perpetrators(id) : List.of(), partner ? List.of() : team.members(id));
    }

    @PutMapping("/cases/{id}")
    SurvivorCase update(@PathVariable UUID id, @RequestBody CaseDraft draft) {
        cases.update(id, draft);
        return cases.get(id);
    }

    @PostMapping("/cases/{id}/advance")
    Map<String, CaseStatus> advance(@PathVariable UUID id) {
        return Map.of("status", cases.advance(id));
    }

    @GetMapping("/cases/{id}/history")
    List<CaseHistory.Change> history(@PathVariable UUID id, @RequestParam(defaultValue = "100") int limit) {
        return cases.history(id, limit);
    }

    @GetMapping("/cases/{id}/approvals")
    List<SurvivorCases.Approval> approvals(@PathVariable UUID id) {
        return audited(id, "approvals", cases.approvals(id));
    }

    @PostMapping("/cases/{id}/approvals")
    @ResponseStatus(HttpStatus.CREATED)
    Created requestApproval(@PathVariable UUID id, @RequestBody ApprovalRequest request) {
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "cases.error.required");
        }
        return new Created(cases.requestApproval(id, request.kind()));
    }

    @GetMapping("/cases/approvals")
    List<SurvivorCases.Approval> pendingApprovals() {
        return cases.pendingApprovals();
    }

    @PostMapping("/cases/approvals/{approvalId}")
    ResponseEntity<Void> decide(@PathVariable UUID approvalId, @RequestBody Decision decision) {
        cases.decide(approvalId, decision.approve(), decision.comment());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{id}/team")
    List<CaseTeam.Member> team(@PathVariable UUID id) {
        return audited(id, "team", team.members(id));
    }

    @PostMapping("/cases/{id}/team")
    ResponseEntity<Void> assign(@PathVariable UUID id, @RequestBody Assignment assignment) {
        if (assignment.userId() == null) {
            throw new InvalidInputException("userId", "cases.error.required");
        }
        team.assign(id, assignment.userId(), assignment.role());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/cases/{id}/team/{userId}")
    ResponseEntity<Void> unassign(@PathVariable UUID id, @PathVariable UUID userId) {
        team.unassign(id, userId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{id}/shares")
    List<CaseTeam.Share> shares(@PathVariable UUID id) {
        return audited(id, "shares", team.shares(id));
    }

    @PostMapping("/cases/{id}/shares")
    @ResponseStatus(HttpStatus.CREATED)
    Created share(@PathVariable UUID id, @RequestBody ShareRequest request) {
        return new Created(team.share(id, request.userId(), request.office(), request.scope()));
    }

    @DeleteMapping("/cases/{id}/shares/{shareId}")
    ResponseEntity<Void> revokeShare(@PathVariable UUID id, @PathVariable UUID shareId) {
        team.revokeShare(id, shareId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{id}/transfers")
    List<CaseTransfers.Transfer> transfers(@PathVariable UUID id) {
        return audited(id, "transfers", transfers.of(id));
    }

    @PostMapping("/cases/{id}/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    Created recordTransfer(@PathVariable UUID id, @RequestBody TransferRequest request) {
        return new Created(transfers.record(id, request.direction(), request.organisation(), request.reason()));
    }

    @PostMapping("/cases/{id}/transfers/{transferId}")
    ResponseEntity<Void> decideTransfer(@PathVariable UUID id, @PathVariable UUID transferId,
            @RequestBody TransferDecision decision) {
        transfers.decide(id, transferId, decision.accepted());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    Created addEvent(@PathVariable UUID id, @RequestBody SurvivorCases.TraffickingEvent event) {
        return new Created(cases.addEvent(id, event));
    }

    @GetMapping("/cases/reference/{list}")
    List<Label> reference(@PathVariable String list, Locale locale) {
        access.requirePermission(Permission.CASES_VIEW);
        return references.active(list).stream().map(v -> new Label(v.code(), v.label(locale))).toList();
    }

    @GetMapping("/people/{id}")
    Person person(@PathVariable UUID id) {
        return people.get(id);
    }

    @PutMapping("/people/{id}")
    Person updatePerson(@PathVariable UUID id, @RequestBody PersonDraft details) {
        people.update(id, details);
        return people.get(id);
    }

    @PostMapping("/people/{id}/names")
    @ResponseStatus(HttpStatus.CREATED)
    Created addName(@PathVariable UUID id, @RequestBody PersonDraft.NameDraft name) {
        return new Created(people.addName(id, name));
    }

    @PostMapping("/people/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    Created addContact(@PathVariable UUID id, @RequestBody PersonDraft.ContactDraft contact) {
        return new Created(people.addContact(id, contact));
    }

    @GetMapping("/people/{id}/consents")
    List<Consents.Consent> consents(@PathVariable UUID id) {
        List<Consents.Consent> found = consents.of(id);
        audit.record(org.lantern.audit.AuditAction.READ, "person", id, "ok", "consents");
        return found;
    }

    @GetMapping("/people/{id}/consents/{purpose}")
    ConsentState consent(@PathVariable UUID id, @PathVariable ConsentPurpose purpose) {
        access.requireView("person", id);
        return new ConsentState(id, purpose, consents.hasConsent(id, purpose));
    }

    @PostMapping("/people/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    Created recordConsent(@PathVariable UUID id, @RequestBody ConsentRequest request) {
        return new Created(consents.record(id, request.purpose(), request.givenOn(), request.method()));
    }

    @PostMapping("/people/{id}/consents/{consentId}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable UUID consentId,
            @RequestBody(required = false) Withdrawal withdrawal) {
        consents.withdraw(id, consentId, withdrawal == null ? null : withdrawal.withdrawnOn());
        return ResponseEntity.noContent().build();
    }

    /** Reads of a case's parts on their own are audited like the case page (which audits the case once). */
    private <T> T audited(UUID caseId, String part, T result) {
        audit.record(org.lantern.audit.AuditAction.READ, "case", caseId, "ok", part);
        return result;
    }
}
