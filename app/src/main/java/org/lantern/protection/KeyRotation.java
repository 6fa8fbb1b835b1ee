package org.lantern.protection;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotates the field key and re-encrypts every {@link ProtectedColumn} under the new primary key. Both
 * steps run while the server serves: old ciphertext stays readable throughout, and rows are
 * re-encrypted in small transactions so no table is locked for long.
 */
@Service
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
    private static final int BATCH = 500;

    private final Keysets keysets;
    private final FieldProtector fields;
    private final List<ProtectedColumn> columns;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    KeyRotation(Keysets keysets, FieldProtector fields, List<ProtectedColumn> columns, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.keysets = keysets;
        this.fields = fields;
        this.columns = columns;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** What the administrator's page shows. */
    public record Status(int primaryFieldKeyId, int fieldKeyCount, java.time.Instant lastReencryption,
            long lastReencryptedValues, boolean reencrypting) {
    }

    private volatile java.time.Instant lastReencryption;
    private volatile long lastReencryptedValues;
    private final java.util.concurrent.atomic.AtomicBoolean reencrypting = new java.util.concurrent.atomic.AtomicBoolean();

    public Status status() {
        var fieldKeys = keysets.current(Keysets.Purpose.FIELDS);
        return new Status(fieldKeys.getPrimary().getId(), fieldKeys.size(), lastReencryption, lastReencryptedValues,
                reencrypting.get());
    }

    /** Starts re-encryption on a background thread unless one is already running; returns whether it started. */
    public boolean reencryptInBackground() {
        if (!reencrypting.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofVirtual().name("lantern-reencrypt").start(() -> {
            try {
                lastReencryptedValues = reencryptAll();
                lastReencryption = java.time.Instant.now();
            } catch (RuntimeException e) {
                log.error("Re-encryption stopped: {}", e.getMessage());
            } finally {
                reencrypting.set(false);
            }
        });
        return true;
    }

    /** Makes a new key primary for fields and for files; returns the new field key's id. */
    public int rotate() {
        keysets.rotate(Keysets.Purpose.FILES);
        return keysets.rotate(Keysets.Purpose.FIELDS);
    }

    /** Re-encrypts every protected column with the current primary key; returns the number of values. */
    public long reencryptAll() {
        long total = 0;
        for (ProtectedColumn column : columns) {
            total += reencrypt(column);
        }
        return total;
    }

    private long reencrypt(ProtectedColumn column) {
        String select = "SELECT %s::text AS row_key, %s AS value FROM %s WHERE %s IS NOT NULL AND %s::text > :after ORDER BY %s::text LIMIT %d"
                .formatted(column.keyColumn(), column.column(), column.table(), column.column(), column.keyColumn(),
                        column.keyColumn(), BATCH);
        String update = "UPDATE %s SET %s = :value WHERE %s::text = :rowKey"
                .formatted(column.table(), column.column(), column.keyColumn());
        long count = 0;
        String after = "";
        while (true) {
            String from = after;
            List<Object[]> batch = jdbc.sql(select).param("after", from)
                    .query((rs, n) -> new Object[] {rs.getString("row_key"), rs.getBytes("value")}).list();
            if (batch.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(status -> {
                for (Object[] row : batch) {
                    String plaintext = fields.open(column, row[0], (byte[]) row[1]);
                    jdbc.sql(update).param("value", fields.seal(column, row[0], plaintext)).param("rowKey", row[0]).update();
                }
            });
            count += batch.size();
            after = (String) batch.get(batch.size() - 1)[0];
        }
        log.info("Re-encrypted {} values of {}.{}", count, column.table(), column.column());
        return count;
    }
}
