package org.lantern.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;
import org.lantern.identity.UserAccount;
import org.lantern.identity.UserAccounts;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on a case ({@code case_assignment}) and which partners it is shared with ({@code case_share}).
 * Sharing needs the survivor's DATA_SHARING consent; withdrawing it ends every share.
 */
@Service
public class CaseTeam {

    public record Member(UUID userId, String username, String displayName, TeamRole role, Instant assignedAt) {
    }

    public record Share(UUID id, UUID userId, String username, String office, ShareScope scope, Instant sharedAt,
            Instant revokedAt) {
    }

    /** A user who may be put on a case team or shared with. */
    public record Candidate(UUID id, String username, String displayName, String office, boolean partner) {
    }

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final UserAccounts accounts;
    private final CaseHistory history;
    private final Consents consents;

    CaseTeam(JdbcClient jdbc, RecordAccess access, AuditLog audit, UserAccounts accounts, CaseHistory history,
            Consents consents) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.accounts = accounts;
        this.history = history;
        this.consents = consents;
    }

    public List<Member> members(UUID caseId) {
        access.requireView("case", caseId);
        record Row(UUID userId, TeamRole role, Instant assignedAt) {
        }
        // Rows first, names after: a lookup inside the row mapper would hold two pooled connections at once.
        List<Row> rows = jdbc.sql("SELECT user_id, role, assigned_at FROM case_assignment WHERE case_id = :c ORDER BY assigned_at")
                .param("c", caseId).query((rs, n) -> new Row(rs.getObject(1, UUID.class), TeamRole.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant())).list();
        return rows.stream().map(row -> {
            UserAccount account = accounts.byId(row.userId()).orElse(null);
            return new Member(row.userId(), account == null ? "?" : account.username(),
                    account == null ? "?" : account.displayName(), row.role(), row.assignedAt());
        }).toList();
    }

    /** Puts a worker on the case team (or changes their role). Partners cannot be assigned; share instead. */
    @Transactional
    public void assign(UUID caseId, UUID userId, TeamRole role) {
        SignedInUser user = access.requireEdit("case", caseId);
        if (role == null) {
            throw new InvalidInputException("role", "cases.error.required");
        }
        UserAccount worker = accounts.byId(userId).filter(UserAccount::enabled)
                .orElseThrow(() -> new InvalidInputException("userId", "cases.error.unknownUser"));
        if (!isWorker(worker)) {
            throw new InvalidInputException("userId", "cases.error.notAWorker");
        }
        jdbc.sql("""
                INSERT INTO case_assignment (case_id, user_id, role, assigned_by) VALUES (:c, :u, :role, :by)
                ON CONFLICT (case_id, user_id) DO UPDATE SET role = excluded.role
                """).param("c", caseId).param("u", userId).param("role", role.name()).param("by", user.id()).update();
        history.record(caseId, null, "team", user.id(), null, worker.username() + ":" + role);
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "fields=[team]");
    }

    @Transactional
    public void unassign(UUID caseId, UUID userId) {
        SignedInUser user = access.requireEdit("case", caseId);
        int removed = jdbc.sql("DELETE FROM case_assignment WHERE case_id = :c AND user_id = :u")
                .param("c", caseId).param("u", userId).update();
        if (removed == 0) {
            throw new NotFoundException("Assignment");
        }
        history.record(caseId, null, "team", user.id(), accounts.byId(userId).map(UserAccount::username).orElse("?"), null);
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "fields=[team]");
    }

    public List<Share> shares(UUID caseId) {
        access.requireView("case", caseId);
        List<Share> rows = jdbc.sql("SELECT * FROM case_share WHERE case_id = :c ORDER BY shared_at DESC").param("c", caseId)
                .query((rs, n) -> new Share(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), null,
                        rs.getString("office"), ShareScope.valueOf(rs.getString("scope")),
                        rs.getTimestamp("shared_at").toInstant(), SurvivorCases.instant(rs.getTimestamp("revoked_at"))))
                .list();
        return rows.stream().map(share -> share.userId() == null ? share
                : new Share(share.id(), share.userId(), accounts.byId(share.userId()).map(UserAccount::username).orElse("?"),
                        share.office(), share.scope(), share.sharedAt(), share.revokedAt())).toList();
    }

    /** Shares the case with one partner user or with a partner office. Needs DATA_SHARING consent. */
    @Transactional
    public UUID share(UUID caseId, UUID userId, String office, ShareScope scope) {
        SignedInUser user = access.requireEdit("case", caseId);
        if (scope == null) {
            throw new InvalidInputException("scope", "cases.error.required");
        }
        String officeName = People.blankToNull(office);
        if (userId == null && officeName == null) {
            throw new InvalidInputException("userId", "cases.error.shareTarget");
        }
        if (userId != null && accounts.byId(userId).filter(a -> a.roles().contains(Role.PARTNER_POLICE)).isEmpty()) {
            throw new InvalidInputException("userId", "cases.error.notAPartner");
        }
        People.checkLength("office", officeName);
        UUID personId = jdbc.sql("SELECT person_id FROM survivor_case WHERE id = :c").param("c", caseId)
                .query(UUID.class).single();
        consents.requireConsent(personId, ConsentPurpose.DATA_SHARING);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO case_share (id, case_id, user_id, office, scope, shared_by) VALUES (:id, :c, :u, :o, :s, :by)")
                .param("id", id).param("c", caseId).param("u", userId).param("o", officeName).param("s", scope.name())
                .param("by", user.id()).update();
        history.record(caseId, null, "shares", user.id(), null, "+" + scope);
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "shared " + scope + " with " + (userId != null ? "user " + userId : "office"));
        return id;
    }

    @Transactional
    public void revokeShare(UUID caseId, UUID shareId) {
        SignedInUser user = access.requireEdit("case", caseId);
        int revoked = jdbc.sql("UPDATE case_share SET revoked_at = now() WHERE id = :id AND case_id = :c AND revoked_at IS NULL")
                .param("id", shareId).param("c", caseId).update();
        if (revoked == 0) {
            throw new NotFoundException("Share");
        }
        history.record(caseId, null, "shares", user.id(), shareId, null);
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "share revoked " + shareId);
    }

    /** Users who can be assigned (workers) or shared with (partners). */
    public List<Candidate> candidates() {
        access.requirePermission(Permission.CASES_EDIT);
        return accounts.all().stream().filter(UserAccount::enabled)
                .filter(a -> isWorker(a) || a.roles().contains(Role.PARTNER_POLICE))
                .map(a -> new Candidate(a.id(), a.username(), a.displayName(), a.office(), !isWorker(a))).toList();
    }

    private static boolean isWorker(UserAccount account) {
        return account.roles().stream().anyMatch(r -> r != Role.PARTNER_POLICE && r.permissions().contains(Permission.CASES_VIEW));
    }
}
