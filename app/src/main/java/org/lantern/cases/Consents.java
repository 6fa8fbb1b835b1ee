package org.lantern.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.lantern.platform.web.InvalidInputException;
import org.lantern.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's consents, per {@link ConsentPurpose}. Other modules ask {@link #hasConsent} (or
 * {@link #requireConsent}) before acting; SQL can filter with the view {@code consent_in_force(person_id,
 * purpose, given_on, method)}.
 */
@Service
public class Consents {

    /** One recorded consent and, if so, its withdrawal. */
    public record Consent(UUID id, UUID personId, ConsentPurpose purpose, LocalDate givenOn, ConsentMethod method,
            UUID recordedBy, Instant recordedAt, LocalDate withdrawnOn, UUID withdrawnBy) {

        public boolean inForce() {
            return withdrawnOn == null;
        }
    }

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final CaseHistory history;

    Consents(JdbcClient jdbc, RecordAccess access, AuditLog audit, CaseHistory history) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.history = history;
    }

    /**
     * Whether the person's consent for the purpose is in force now. Needs no access to the person's record
     * (it reveals nothing but yes or no), so other modules may call it before deciding what to do.
     */
    public boolean hasConsent(UUID personId, ConsentPurpose purpose) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM consent_in_force WHERE person_id = :p AND purpose = :purpose)")
                .param("p", personId).param("purpose", purpose.name()).query(Boolean.class).single();
    }

    /** Fails with {@link ConsentMissingException} (400, field {@code consent}) unless the consent is in force. */
    public void requireConsent(UUID personId, ConsentPurpose purpose) {
        if (!hasConsent(personId, purpose)) {
            audit.record(AuditAction.ACCESS_DENIED, "person", personId, "no consent", "purpose=" + purpose);
            throw new ConsentMissingException(purpose);
        }
    }

    /** Every consent of a person, newest first. */
    public List<Consent> of(UUID personId) {
        access.requireView("person", personId);
        return unchecked(personId);
    }

    /** Every consent of a person; the caller has checked access. */
    List<Consent> unchecked(UUID personId) {
        return jdbc.sql("SELECT * FROM consent WHERE person_id = :p ORDER BY recorded_at DESC").param("p", personId)
                .query((rs, n) -> {
                    java.sql.Date withdrawn = rs.getDate("withdrawn_on");
                    return new Consent(rs.getObject("id", UUID.class), personId,
                            ConsentPurpose.valueOf(rs.getString("purpose")), rs.getDate("given_on").toLocalDate(),
                            ConsentMethod.valueOf(rs.getString("method")), rs.getObject("recorded_by", UUID.class),
                            rs.getTimestamp("recorded_at").toInstant(), withdrawn == null ? null : withdrawn.toLocalDate(),
                            rs.getObject("withdrawn_by", UUID.class));
                }).list();
    }

    /** Records a consent given on a date, in a way. Only one consent per purpose can be in force. */
    @Transactional
    public UUID record(UUID personId, ConsentPurpose purpose, LocalDate givenOn, ConsentMethod method) {
        SignedInUser user = access.requireEdit("person", personId);
        return insert(personId, new ConsentGrant(purpose, givenOn, method), user);
    }

    /** Records a consent; the caller has checked that {@code user} may change the person. Audited. */
    UUID insert(UUID personId, ConsentGrant grant, SignedInUser user) {
        if (grant == null || grant.purpose() == null) {
            throw new InvalidInputException("purpose", "cases.error.required");
        }
        if (grant.method() == null) {
            throw new InvalidInputException("method", "cases.error.required");
        }
        ConsentPurpose purpose = grant.purpose();
        LocalDate on = grant.givenOn() == null ? LocalDate.now() : grant.givenOn();
        if (on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("givenOn", "cases.error.futureDate");
        }
        if (hasConsent(personId, purpose)) {
            throw new InvalidInputException("purpose", "cases.error.consentInForce");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO consent (id, person_id, purpose, given_on, method, recorded_by) VALUES (:id, :p, :purpose, :on, :method, :by)")
                .param("id", id).param("p", personId).param("purpose", purpose.name()).param("on", java.sql.Date.valueOf(on))
                .param("method", grant.method().name()).param("by", user.id()).update();
        history.record(null, personId, "consent." + purpose, user.id(), null, "given " + on + " " + grant.method());
        audit.record(AuditAction.UPDATE, "person", personId, "ok", "consent given: " + purpose);
        return id;
    }

    /**
     * Records the withdrawal of a consent. Withdrawing DATA_SHARING ends every share of the person's cases at
     * once.
     */
    @Transactional
    public void withdraw(UUID personId, UUID consentId, LocalDate withdrawnOn) {
        SignedInUser user = access.requireEdit("person", personId);
        LocalDate on = withdrawnOn == null ? LocalDate.now() : withdrawnOn;
        if (on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("withdrawnOn", "cases.error.futureDate");
        }
        String purpose = jdbc.sql("""
                UPDATE consent SET withdrawn_on = :on, withdrawn_by = :by, withdrawn_at = now()
                 WHERE id = :id AND person_id = :p AND withdrawn_on IS NULL RETURNING purpose
                """).param("on", java.sql.Date.valueOf(on)).param("by", user.id()).param("id", consentId)
                .param("p", personId).query(String.class).optional().orElseThrow(() -> new NotFoundException("Consent"));
        if (ConsentPurpose.valueOf(purpose) == ConsentPurpose.DATA_SHARING) {
            int ended = jdbc.sql("""
                    UPDATE case_share SET revoked_at = now()
                     WHERE revoked_at IS NULL AND case_id IN (SELECT id FROM survivor_case WHERE person_id = :p)
                    """).param("p", personId).update();
            if (ended > 0) {
                audit.record(AuditAction.UPDATE, "person", personId, "ok", "shares ended on consent withdrawal: " + ended);
            }
        }
        history.record(null, personId, "consent." + purpose, user.id(), "in force", "withdrawn " + on);
        audit.record(AuditAction.UPDATE, "person", personId, "ok", "consent withdrawn: " + purpose);
    }
}
