package org.lantern.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.protection.FieldProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survivor cases: registration, details, picklists and the status workflow. Every method checks
 * {@link RecordAccess} for record type {@code "case"} first and audits what it read or changed.
 */
@Service
public class SurvivorCases {

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final People people;
    private final CaseHistory history;
    private final ReferenceValues references;
    private final FieldProtector protector;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ClosureChecks closureChecks;

    SurvivorCases(JdbcClient jdbc, RecordAccess access, AuditLog audit, People people, CaseHistory history,
            ReferenceValues references, FieldProtector protector,
            org.springframework.context.ApplicationEventPublisher events, ClosureChecks closureChecks) {
        this.closureChecks = closureChecks;
        this.protector = protector;
        this.events = events;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.people = people;
        this.history = history;
        this.references = references;
    }

    /** Registers a survivor and opens their case in one step; the registering worker leads the case team. */
    @Transactional
    public UUID register(PersonDraft person, CaseDraft draft) {
        SignedInUser user = access.requirePermission(Permission.CASES_EDIT);
        validate(draft);
        String office = officeFor(user, draft);
        UUID personId = people.create(person, user.id());
        UUID caseId = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('case_reference_seq')").query(Long.class).single();
        String reference = "LNT-%d-%06d".formatted(Year.now().getValue(), number);
        jdbc.sql("""
                INSERT INTO survivor_case (id, reference, person_id, identified_how, identified_on, trafficking_status,
                                           status_decided_by, office, region, created_by)
                VALUES (:id, :reference, :person, :how, :on, :trafficking, :decidedBy, :office, :region, :by)
                """).param("id", caseId).param("reference", reference).param("person", personId)
                .param("how", draft.identifiedHow().name())
                .param("on", draft.identifiedOn() == null ? null : java.sql.Date.valueOf(draft.identifiedOn()))
                .param("trafficking", draft.traffickingStatus().name())
                .param("decidedBy", People.blankToNull(draft.statusDecidedBy())).param("office", office)
                .param("region", People.blankToNull(draft.region())).param("by", user.id()).update();
        writeClassifications(caseId, draft);
        jdbc.sql("INSERT INTO case_assignment (case_id, user_id, role, assigned_by) VALUES (:c, :u, :role, :u)")
                .param("c", caseId).param("u", user.id()).param("role", TeamRole.LEAD_CASEWORKER.name()).update();
        audit.record(AuditAction.CREATE, "person", personId);
        audit.record(AuditAction.CREATE, "case", caseId);
        return caseId;
    }

    /** A case, if the current user may see it. */
    public SurvivorCase get(UUID caseId) {
        access.requireView("case", caseId);
        SurvivorCase found = load(caseId);
        audit.record(AuditAction.READ, "case", caseId);
        return found;
    }

    /** The person whose case this is, if the current user may see the case. Not audited: an id only. */
    public UUID personOf(UUID caseId) {
        access.requireView("case", caseId);
        return jdbc.sql("SELECT person_id FROM survivor_case WHERE id = :id").param("id", caseId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("Case"));
    }

    /** The per-field history of a case and its survivor, newest first. Needs sight of both. */
    public List<CaseHistory.Change> history(UUID caseId, int limit) {
        UUID personId = personOf(caseId);
        access.requireView("person", personId);
        List<CaseHistory.Change> changes = history.of(caseId, personId, Math.min(Math.max(limit, 1), 500));
        audit.record(AuditAction.READ, "case", caseId, "ok", "history");
        return changes;
    }

    /** Changes a case's details; each changed field goes into the history. */
    @Transactional
    public void update(UUID caseId, CaseDraft draft) {
        SignedInUser user = access.requireEdit("case", caseId);
        validate(draft);
        SurvivorCase before = load(caseId);
        String office = People.blankToNull(draft.office()) == null ? before.office() : draft.office().strip();
        if (!office.equals(before.office()) && !user.has(Permission.CASES_SUPERVISE)) {
            throw new InvalidInputException("office", "cases.error.officeChange");
        }
        List<String> changed = new ArrayList<>();
        track(changed, caseId, user, "identifiedHow", before.identifiedHow(), draft.identifiedHow());
        track(changed, caseId, user, "identifiedOn", before.identifiedOn(), draft.identifiedOn());
        track(changed, caseId, user, "traffickingStatus", before.traffickingStatus(), draft.traffickingStatus());
        track(changed, caseId, user, "statusDecidedBy", before.statusDecidedBy(), People.blankToNull(draft.statusDecidedBy()));
        track(changed, caseId, user, "office", before.office(), office);
        track(changed, caseId, user, "region", before.region(), People.blankToNull(draft.region()));
        track(changed, caseId, user, "exploitation", sorted(before.exploitation()), sorted(draft.exploitation()));
        track(changed, caseId, user, "recruitment", sorted(before.recruitment()), sorted(draft.recruitment()));
        track(changed, caseId, user, "control", sorted(before.control()), sorted(draft.control()));
        jdbc.sql("""
                UPDATE survivor_case SET identified_how = :how, identified_on = :on, trafficking_status = :trafficking,
                       status_decided_by = :decidedBy, office = :office, region = :region, updated_at = now()
                 WHERE id = :id
                """).param("id", caseId).param("how", draft.identifiedHow().name())
                .param("on", draft.identifiedOn() == null ? null : java.sql.Date.valueOf(draft.identifiedOn()))
                .param("trafficking", draft.traffickingStatus().name())
                .param("decidedBy", People.blankToNull(draft.statusDecidedBy())).param("office", office)
                .param("region", People.blankToNull(draft.region())).update();
        jdbc.sql("DELETE FROM case_classification WHERE case_id = :id").param("id", caseId).update();
        writeClassifications(caseId, draft);
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "fields=" + changed);
    }

    /** Moves the case one step on, where no approval is needed. */
    @Transactional
    public CaseStatus advance(UUID caseId) {
        SignedInUser user = access.requireEdit("case", caseId);
        SurvivorCase current = load(caseId);
        CaseStatus next = current.status().next();
        if (next == null) {
            throw new InvalidInputException("status", "cases.error.closed");
        }
        if (current.status().approvalToAdvance() != null) {
            throw new InvalidInputException("status", "cases.error.needsApproval");
        }
        setStatus(caseId, user, current.status(), next);
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "fields=[status]");
        return next;
    }

    // ---- approvals: a request by the team, a decision by a programme manager of the case's office ----

    /** An approval request and its decision. */
    public record Approval(UUID id, UUID caseId, String caseReference, String office, ApprovalKind kind,
            UUID requestedBy, Instant requestedAt, String decision, UUID decidedBy, Instant decidedAt) {
    }

    /** Asks a programme manager to approve the case plan (from ASSESSED) or the closure (from any open step). */
    @Transactional
    public UUID requestApproval(UUID caseId, ApprovalKind kind) {
        SignedInUser user = access.requireEdit("case", caseId);
        SurvivorCase current = load(caseId);
        if (current.pendingApproval() != null) {
            throw new InvalidInputException("approval", "cases.error.approvalPending");
        }
        boolean allowed = switch (kind) {
            case CASE_PLAN -> current.status() == CaseStatus.ASSESSED;
            case CLOSURE -> current.status() != CaseStatus.CLOSED;
        };
        if (!allowed) {
            throw new InvalidInputException("approval", "cases.error.approvalNotNow");
        }
        if (kind == ApprovalKind.CLOSURE) {
            closureChecks.requireNothingOpen(caseId);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO case_approval (id, case_id, kind, requested_by) VALUES (:id, :c, :kind, :by)")
                .param("id", id).param("c", caseId).param("kind", kind.name()).param("by", user.id()).update();
        jdbc.sql("UPDATE survivor_case SET pending_approval = :kind, updated_at = now() WHERE id = :id")
                .param("kind", kind.name()).param("id", caseId).update();
        history.record(caseId, null, "pendingApproval", user.id(), null, kind);
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "approval requested: " + kind);
        return id;
    }

    /**
     * Approves or rejects a request. Only a programme manager (CASES_APPROVE) of the case's office may decide,
     * and never on their own request.
     */
    @Transactional
    public void decide(UUID approvalId, boolean approve, String comment) {
        Approval approval = approval(approvalId);
        SignedInUser user = access.requirePermission(Permission.CASES_APPROVE);
        access.requireView("case", approval.caseId());
        if (user.office() == null || !user.office().equals(approval.office())) {
            audit.record(AuditAction.ACCESS_DENIED, "case", approval.caseId(), "denied", "approval of another office");
            throw new org.springframework.security.access.AccessDeniedException("Approval belongs to another office");
        }
        if (approval.decision() != null) {
            throw new InvalidInputException("approval", "cases.error.approvalDecided");
        }
        if (approval.requestedBy().equals(user.id())) {
            throw new InvalidInputException("approval", "cases.error.ownRequest");
        }
        People.checkLength("comment", comment);
        if (approve && approval.kind() == ApprovalKind.CLOSURE) {
            closureChecks.requireNothingOpen(approval.caseId()); // work may have been opened since the request
        }
        jdbc.sql("""
                UPDATE case_approval SET decision = :decision, decided_by = :by, decided_at = now(), comment = :comment
                 WHERE id = :id
                """).param("id", approvalId).param("decision", approve ? "APPROVED" : "REJECTED").param("by", user.id())
                .param("comment", protector.seal(CasesColumns.APPROVAL_COMMENT, approvalId, People.blankToNull(comment))).update();
        SurvivorCase current = load(approval.caseId());
        jdbc.sql("UPDATE survivor_case SET pending_approval = NULL, updated_at = now() WHERE id = :id")
                .param("id", approval.caseId()).update();
        history.record(approval.caseId(), null, "pendingApproval", user.id(), approval.kind(), null);
        if (approve) {
            setStatus(approval.caseId(), user, current.status(),
                    approval.kind() == ApprovalKind.CASE_PLAN ? CaseStatus.CARE_PLANNED : CaseStatus.CLOSED);
        }
        audit.record(AuditAction.UPDATE, "case", approval.caseId(), "ok",
                "approval " + approval.kind() + (approve ? " approved" : " rejected"));
        events.publishEvent(new CaseApprovalDecided(approval.caseId(), approval.kind(), approve, user.id()));
    }

    /**
     * For other modules about to open work on a case (a shelter placement, a follow-up): refuses when the case is
     * closed, and holds the case open until the caller's transaction ends. A closure being approved at the same
     * moment waits for that transaction and then sees the new work ({@link ClosureChecks} locks the same row).
     * Called outside a transaction it only checks.
     */
    @Transactional
    public void holdOpen(UUID caseId) {
        String status = jdbc.sql("SELECT status FROM survivor_case WHERE id = :id FOR SHARE").param("id", caseId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("Case"));
        if (CaseStatus.valueOf(status) == CaseStatus.CLOSED) {
            throw new InvalidInputException("caseId", "cases.error.closed");
        }
    }

    /** What other modules still have open for the case, each of which keeps it from being closed. */
    public List<CaseClosureCheck.OpenWork> openBeforeClosure(UUID caseId) {
        access.requireView("case", caseId);
        return closureChecks.openWork(caseId);
    }

    /** The open request of {@code kind} on a case, if there is one (the caller must be able to see the case). */
    public java.util.Optional<UUID> openApproval(UUID caseId, ApprovalKind kind) {
        access.requireView("case", caseId);
        return jdbc.sql("SELECT id FROM case_approval WHERE case_id = :c AND kind = :kind AND decision IS NULL")
                .param("c", caseId).param("kind", kind.name()).query(UUID.class).optional();
    }

    /** Open requests of the current manager's office, oldest first. */
    public List<Approval> pendingApprovals() {
        SignedInUser user = access.requirePermission(Permission.CASES_APPROVE);
        List<Approval> pending = jdbc.sql(APPROVAL_SELECT + " WHERE a.decision IS NULL AND c.office = :office ORDER BY a.requested_at")
                .param("office", user.office() == null ? "" : user.office()).query(this::mapApproval).list();
        audit.recordAll(AuditAction.READ, "case", pending.stream().map(Approval::caseId).toList(), "approval queue");
        return pending;
    }

    /** The approval history of a case. */
    public List<Approval> approvals(UUID caseId) {
        access.requireView("case", caseId);
        return jdbc.sql(APPROVAL_SELECT + " WHERE a.case_id = :c ORDER BY a.requested_at DESC").param("c", caseId)
                .query(this::mapApproval).list();
    }

    /** The decrypted comment of a decision. */
    public String approvalComment(UUID approvalId) {
        Approval approval = approval(approvalId);
        access.requireView("case", approval.caseId());
        byte[] sealed = jdbc.sql("SELECT comment FROM case_approval WHERE id = :id").param("id", approvalId)
                .query((rs, n) -> rs.getBytes(1)).single();
        return protector.open(CasesColumns.APPROVAL_COMMENT, approvalId, sealed);
    }

    private static final String APPROVAL_SELECT = """
            SELECT a.*, c.reference, c.office FROM case_approval a JOIN survivor_case c ON c.id = a.case_id""";

    private Approval approval(UUID approvalId) {
        return jdbc.sql(APPROVAL_SELECT + " WHERE a.id = :id").param("id", approvalId).query(this::mapApproval).optional()
                .orElseThrow(() -> new NotFoundException("Approval"));
    }

    private Approval mapApproval(ResultSet rs, int row) throws SQLException {
        return new Approval(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("reference"),
                rs.getString("office"), ApprovalKind.valueOf(rs.getString("kind")), rs.getObject("requested_by", UUID.class),
                instant(rs.getTimestamp("requested_at")), rs.getString("decision"), rs.getObject("decided_by", UUID.class),
                instant(rs.getTimestamp("decided_at")));
    }

    // ---- trafficking history and perpetrators ----

    public record TraffickingEvent(UUID id, TraffickingStage stage, String place, String district, String state,
            String country, LocalDate occurredOn) {
    }

    @Transactional
    public UUID addEvent(UUID caseId, TraffickingEvent event) {
        SignedInUser user = access.requireEdit("case", caseId);
        if (event.stage() == null) {
            throw new InvalidInputException("stage", "cases.error.required");
        }
        if (event.occurredOn() != null && event.occurredOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("occurredOn", "cases.error.futureDate");
        }
        People.checkLength("place", event.place());
        People.checkLength("district", event.district());
        People.checkLength("state", event.state());
        People.checkLength("country", event.country());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO trafficking_event (id, case_id, stage, place, district, state, country, occurred_on)
                VALUES (:id, :c, :stage, :place, :district, :state, :country, :on)
                """).param("id", id).param("c", caseId).param("stage", event.stage().name())
                .param("place", protector.seal(CasesColumns.EVENT_PLACE, id, People.blankToNull(event.place())))
                .param("district", People.blankToNull(event.district())).param("state", People.blankToNull(event.state()))
                .param("country", People.blankToNull(event.country()))
                .param("on", event.occurredOn() == null ? null : java.sql.Date.valueOf(event.occurredOn())).update();
        history.record(caseId, null, "traffickingEvents", user.id(), null, "+" + event.stage());
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "fields=[traffickingEvents]");
        return id;
    }

    public List<TraffickingEvent> events(UUID caseId) {
        access.requireView("case", caseId);
        return eventsUnchecked(caseId);
    }

    /** The events of a case; the caller has checked access. */
    List<TraffickingEvent> eventsUnchecked(UUID caseId) {
        return jdbc.sql("SELECT * FROM trafficking_event WHERE case_id = :c ORDER BY occurred_on NULLS LAST, stage")
                .param("c", caseId).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    java.sql.Date on = rs.getDate("occurred_on");
                    return new TraffickingEvent(id, TraffickingStage.valueOf(rs.getString("stage")),
                            protector.open(CasesColumns.EVENT_PLACE, id, rs.getBytes("place")), rs.getString("district"),
                            rs.getString("state"), rs.getString("country"), on == null ? null : on.toLocalDate());
                }).list();
    }

    /** A person named as a perpetrator in a case. */
    public record Perpetrator(UUID personId, String name, String role) {
    }

    /** Records a named perpetrator as a person of their own, linked to the case. */
    @Transactional
    public UUID addPerpetrator(UUID caseId, PersonDraft person, String role) {
        SignedInUser user = access.requireEdit("case", caseId);
        People.checkLength("role", role);
        UUID personId = people.create(person, user.id());
        jdbc.sql("INSERT INTO case_perpetrator (case_id, person_id, role) VALUES (:c, :p, :role)")
                .param("c", caseId).param("p", personId).param("role", People.blankToNull(role)).update();
        history.record(caseId, null, "perpetrators", user.id(), null, "+" + personId);
        audit.record(AuditAction.CREATE, "person", personId);
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "fields=[perpetrators]");
        return personId;
    }

    public List<Perpetrator> perpetrators(UUID caseId) {
        access.requireView("case", caseId);
        List<Map.Entry<UUID, String>> links = jdbc.sql("SELECT person_id, role FROM case_perpetrator WHERE case_id = :c")
                .param("c", caseId).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), String.valueOf(rs.getString(2))))
                .list();
        List<UUID> visible = links.stream().map(Map.Entry::getKey).filter(id -> access.canView("person", id)).toList();
        Map<UUID, String> names = people.displayNames(visible);
        if (!visible.isEmpty()) {
            audit.recordAll(AuditAction.READ, "person", visible, "perpetrators of case " + caseId);
        }
        return links.stream().filter(l -> visible.contains(l.getKey()))
                .map(l -> new Perpetrator(l.getKey(), names.get(l.getKey()), "null".equals(l.getValue()) ? null : l.getValue()))
                .toList();
    }

    // ---- inside the module ----

    SurvivorCase load(UUID caseId) {
        Map<String, Set<String>> classes = jdbc.sql("SELECT list, code FROM case_classification WHERE case_id = :c")
                .param("c", caseId).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        return jdbc.sql("SELECT * FROM survivor_case WHERE id = :id").param("id", caseId)
                .query((rs, n) -> map(rs, classes)).optional().orElseThrow(() -> new NotFoundException("Case"));
    }

    private static SurvivorCase map(ResultSet rs, Map<String, Set<String>> classes) throws SQLException {
        java.sql.Date on = rs.getDate("identified_on");
        String pending = rs.getString("pending_approval");
        return new SurvivorCase(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("person_id", UUID.class), IdentifiedHow.valueOf(rs.getString("identified_how")),
                on == null ? null : on.toLocalDate(), TraffickingStatus.valueOf(rs.getString("trafficking_status")),
                rs.getString("status_decided_by"), rs.getString("office"), rs.getString("region"),
                CaseStatus.valueOf(rs.getString("status")), pending == null ? null : ApprovalKind.valueOf(pending),
                instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("closed_at")),
                classes.getOrDefault(ReferenceValues.EXPLOITATION, Set.of()),
                classes.getOrDefault(ReferenceValues.RECRUITMENT, Set.of()),
                classes.getOrDefault(ReferenceValues.CONTROL, Set.of()));
    }

    private void setStatus(UUID caseId, SignedInUser user, CaseStatus from, CaseStatus to) {
        jdbc.sql("""
                UPDATE survivor_case SET status = :to, updated_at = now(),
                       closed_at = CASE WHEN :to = 'CLOSED' THEN now() ELSE NULL END
                 WHERE id = :id
                """).param("to", to.name()).param("id", caseId).update();
        history.record(caseId, null, "status", user.id(), from, to);
    }

    private void validate(CaseDraft draft) {
        if (draft.identifiedHow() == null) {
            throw new InvalidInputException("identifiedHow", "cases.error.required");
        }
        if (draft.identifiedOn() != null && draft.identifiedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("identifiedOn", "cases.error.futureDate");
        }
        if (draft.traffickingStatus() == TraffickingStatus.ACTUAL && People.blankToNull(draft.statusDecidedBy()) == null) {
            throw new InvalidInputException("statusDecidedBy", "cases.error.decidedByRequired");
        }
        People.checkLength("statusDecidedBy", draft.statusDecidedBy());
        People.checkLength("office", draft.office());
        People.checkLength("region", draft.region());
        references.requireActive("exploitation", ReferenceValues.EXPLOITATION, draft.exploitation());
        references.requireActive("recruitment", ReferenceValues.RECRUITMENT, draft.recruitment());
        references.requireActive("control", ReferenceValues.CONTROL, draft.control());
    }

    private static String officeFor(SignedInUser user, CaseDraft draft) {
        String requested = People.blankToNull(draft.office());
        if (requested == null || requested.equals(user.office())) {
            if (user.office() == null) {
                throw new InvalidInputException("office", "cases.error.required");
            }
            return user.office();
        }
        // Only someone who supervises may open a case for another office; a caseworker would lose sight of it.
        if (!user.has(Permission.CASES_SUPERVISE)) {
            throw new InvalidInputException("office", "cases.error.officeChange");
        }
        return requested;
    }

    private void writeClassifications(UUID caseId, CaseDraft draft) {
        insertCodes(caseId, ReferenceValues.EXPLOITATION, draft.exploitation());
        insertCodes(caseId, ReferenceValues.RECRUITMENT, draft.recruitment());
        insertCodes(caseId, ReferenceValues.CONTROL, draft.control());
    }

    private void insertCodes(UUID caseId, String list, Set<String> codes) {
        for (String code : codes) {
            jdbc.sql("INSERT INTO case_classification (case_id, list, code) VALUES (:c, :list, :code)")
                    .param("c", caseId).param("list", list).param("code", code).update();
        }
    }

    private void track(List<String> changed, UUID caseId, SignedInUser user, String field, Object before, Object after) {
        if (history.record(caseId, null, field, user.id(), before, after)) {
            changed.add(field);
        }
    }

    private static String sorted(Set<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(","));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
