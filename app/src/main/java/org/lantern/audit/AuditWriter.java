package org.lantern.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit entries with group commit: one writer thread takes whatever entries are waiting, links
 * them into the chain and stores them in one transaction, so a busy server pays one disk flush per batch
 * instead of one per entry. Callers block until their entry is durable, so nothing is returned to a user
 * before the access is on record; if the write fails, so does the caller's request.
 *
 * <p>The advisory lock keeps one chain order even when several Lantern instances share the database.
 */
@Component
class AuditWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final long CHAIN_LOCK = 0x4c414e5445524eL; // "LANTERN"
    private static final int MAX_BATCH = 1000;

    record Pending(Instant occurredAt, UUID actorId, String actor, AuditAction action, String subjectType,
            String subjectId, String outcome, String clientAddress, String detail, CompletableFuture<Void> stored) {
    }

    private final JdbcTemplate jdbc;
    private final AuditChain chain;
    private final TransactionTemplate transaction;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean stopping;

    AuditWriter(JdbcTemplate jdbc, AuditChain chain, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.writer = Thread.ofPlatform().daemon().name("lantern-audit-writer").start(this::run);
    }

    /** Queues the entry and waits until it is committed. */
    void append(Pending entry) {
        if (stopping) {
            throw new IllegalStateException("The audit log is shutting down");
        }
        queue.add(entry);
        try {
            entry.stored().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the audit log", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The audit log could not be written", e);
        }
    }

    private void run() {
        while (!stopping || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<Pending> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                store(batch);
            } catch (InterruptedException e) {
                stopping = true;
            }
        }
    }

    private void store(List<Pending> batch) {
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, CHAIN_LOCK);
                List<Object[]> rows = new ArrayList<>(batch.size());
                Object[] head = jdbc.query("SELECT sequence, entry_hash FROM audit_event ORDER BY sequence DESC LIMIT 1",
                        rs -> rs.next() ? new Object[] {rs.getLong(1), rs.getString(2)} : new Object[] {0L, AuditChain.GENESIS});
                long sequence = (Long) head[0];
                String previous = (String) head[1];
                for (Pending p : batch) {
                    sequence++;
                    AuditEntry entry = new AuditEntry(sequence, p.occurredAt(), p.actorId(), p.actor(), p.action(),
                            p.subjectType(), p.subjectId(), p.outcome(), p.clientAddress(), p.detail(), previous, null);
                    String hash = chain.link(previous, entry);
                    rows.add(new Object[] {sequence, Timestamp.from(p.occurredAt()), p.actorId(), p.actor(),
                            p.action().name(), p.subjectType(), p.subjectId(), p.outcome(), p.clientAddress(), p.detail(),
                            previous, hash});
                    previous = hash;
                }
                jdbc.batchUpdate("""
                        INSERT INTO audit_event (sequence, occurred_at, actor_id, actor, action, subject_type, subject_id,
                                                 outcome, client_address, detail, previous_hash, entry_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, rows);
            });
            batch.forEach(p -> p.stored().complete(null));
        } catch (RuntimeException e) {
            log.error("Audit entries could not be stored; the requests that made them fail too", e);
            batch.forEach(p -> p.stored().completeExceptionally(e));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        writer.join(TimeUnit.SECONDS.toMillis(30));
    }
}
