package org.lantern.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.lantern.protection.FieldProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Referrals of a case out to, or in from, other organisations, and whether they were accepted. */
@Service
public class CaseTransfers {

    public record Transfer(UUID id, UUID caseId, TransferDirection direction, String organisation, String reason,
            TransferOutcome outcome, UUID recordedBy, Instant recordedAt, Instant decidedAt) {
    }

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final CaseHistory history;
    private final FieldProtector protector;
    private final Consents consents;

    CaseTransfers(JdbcClient jdbc, RecordAccess access, AuditLog audit, CaseHistory history, FieldProtector protector,
            Consents consents) {
        this.consents = consents;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.history = history;
        this.protector = protector;
    }

    public List<Transfer> of(UUID caseId) {
        access.requireView("case", caseId);
        return jdbc.sql("SELECT * FROM case_transfer WHERE case_id = :c ORDER BY recorded_at DESC").param("c", caseId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Transfer(id, caseId, TransferDirection.valueOf(rs.getString("direction")),
                            rs.getString("organisation"), protector.open(CasesColumns.TRANSFER_REASON, id, rs.getBytes("reason")),
                            TransferOutcome.valueOf(rs.getString("outcome")), rs.getObject("recorded_by", UUID.class),
                            rs.getTimestamp("recorded_at").toInstant(), SurvivorCases.instant(rs.getTimestamp("decided_at")));
                }).list();
    }

    /** Records a referral. A referral out shares the survivor's data, so it needs DATA_SHARING consent. */
    @Transactional
    public UUID record(UUID caseId, TransferDirection direction, String organisation, String reason) {
        SignedInUser user = access.requireEdit("case", caseId);
        if (direction == null) {
            throw new InvalidInputException("direction", "cases.error.required");
        }
        if (People.blankToNull(organisation) == null) {
            throw new InvalidInputException("organisation", "cases.error.required");
        }
        People.checkLength("organisation", organisation);
        People.checkLength("reason", reason);
        if (direction == TransferDirection.OUT) {
            UUID personId = jdbc.sql("SELECT person_id FROM survivor_case WHERE id = :c").param("c", caseId).query(UUID.class).single();
            consents.requireConsent(personId, ConsentPurpose.DATA_SHARING);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_transfer (id, case_id, direction, organisation, reason, recorded_by)
                VALUES (:id, :c, :direction, :organisation, :reason, :by)
                """).param("id", id).param("c", caseId).param("direction", direction.name())
                .param("organisation", organisation.strip())
                .param("reason", protector.seal(CasesColumns.TRANSFER_REASON, id, People.blankToNull(reason)))
                .param("by", user.id()).update();
        history.record(caseId, null, "transfers", user.id(), null, direction + " " + organisation.strip());
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "fields=[transfers]");
        return id;
    }

    /** Records whether the other organisation (or we, for a referral in) accepted. */
    @Transactional
    public void decide(UUID caseId, UUID transferId, boolean accepted) {
        SignedInUser user = access.requireEdit("case", caseId);
        int updated = jdbc.sql("""
                UPDATE case_transfer SET outcome = :outcome, decided_at = now()
                 WHERE id = :id AND case_id = :c AND outcome = 'PENDING'
                """).param("outcome", accepted ? "ACCEPTED" : "DECLINED").param("id", transferId).param("c", caseId).update();
        if (updated == 0) {
            throw new NotFoundException("Transfer");
        }
        history.record(caseId, null, "transfers", user.id(), TransferOutcome.PENDING, accepted ? TransferOutcome.ACCEPTED : TransferOutcome.DECLINED);
        audit.record(AuditAction.UPDATE, "case", caseId, "ok", "fields=[transfers]");
    }
}
