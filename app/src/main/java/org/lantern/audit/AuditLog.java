package org.lantern.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.lantern.platform.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. Each append runs in its own transaction, so a refusal or failure that rolls
 * back the caller's work is still recorded, and appends are serialised by an advisory lock so the chain
 * has one order.
 */
@Service
public class AuditLog {

    private static final long CHAIN_LOCK = 0x4c414e5445524eL; // "LANTERN"

    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;

    AuditLog(JdbcClient jdbc, AuditChain chain, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records that the current actor did {@code action} to one subject, successfully. */
    public void record(AuditAction action, String subjectType, Object subjectId) {
        record(action, subjectType, subjectId, "ok", null);
    }

    /** Records an access to several subjects of one type at once (a list or search result). */
    public void recordAll(AuditAction action, String subjectType, List<?> subjectIds, String detail) {
        record(action, subjectType, null, "ok", (detail == null ? "" : detail + "; ") + "ids=" + subjectIds);
    }

    public void record(AuditAction action, String subjectType, Object subjectId, String outcome, String detail) {
        Actor actor = Actor.current().orElse(null);
        String name = actor != null ? actor.username() : clientAddress() == null ? "system" : "anonymous";
        write(actor == null ? null : actor.id(), name, action, subjectType, subjectId, outcome, detail);
    }

    /** Records an event whose actor is not (yet) signed in, such as a failed sign-in. */
    public void recordFor(UUID actorId, String actorName, AuditAction action, String outcome, String detail) {
        write(actorId, actorName, action, "user", actorId, outcome, detail);
    }

    private void write(UUID actorId, String actorName, AuditAction action, String subjectType, Object subjectId,
            String outcome, String detail) {
        String clientAddress = clientAddress();
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query((rs, n) -> 1).list();
            record Head(long sequence, String hash) {
            }
            Head head = jdbc.sql("SELECT sequence, entry_hash FROM audit_event ORDER BY sequence DESC LIMIT 1")
                    .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional()
                    .orElse(new Head(0, AuditChain.GENESIS));
            // Microsecond precision: what PostgreSQL stores, so the hash recomputes exactly.
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            AuditEntry entry = new AuditEntry(head.sequence() + 1, now, actorId, actorName, action, subjectType,
                    subjectId == null ? null : subjectId.toString(), outcome, clientAddress, detail, head.hash(), null);
            jdbc.sql("""
                    INSERT INTO audit_event (sequence, occurred_at, actor_id, actor, action, subject_type, subject_id,
                                             outcome, client_address, detail, previous_hash, entry_hash)
                    VALUES (:sequence, :occurredAt, :actorId, :actor, :action, :subjectType, :subjectId,
                            :outcome, :clientAddress, :detail, :previousHash, :hash)
                    """)
                    .param("sequence", entry.sequence())
                    .param("occurredAt", Timestamp.from(now))
                    .param("actorId", actorId)
                    .param("actor", actorName)
                    .param("action", action.name())
                    .param("subjectType", subjectType)
                    .param("subjectId", entry.subjectId())
                    .param("outcome", outcome)
                    .param("clientAddress", clientAddress)
                    .param("detail", detail)
                    .param("previousHash", head.hash())
                    .param("hash", chain.link(head.hash(), entry))
                    .update();
        });
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
