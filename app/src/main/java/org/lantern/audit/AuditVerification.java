package org.lantern.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Walks the whole chain in order and reports the first entry whose link does not hold: an edited row
 * fails its own hash, a deleted row breaks its successor's link, an inserted row breaks either.
 * Streams the table, so memory stays constant however long the trail.
 */
@Service
public class AuditVerification {

    /** The outcome: how many entries were checked and, if the chain is broken, where. */
    public record Result(long checked, Optional<Long> firstBrokenSequence, String problem) {
        public boolean intact() {
            return firstBrokenSequence.isEmpty();
        }
    }

    private final JdbcTemplate jdbc;
    private final AuditChain chain;

    AuditVerification(JdbcTemplate jdbc, AuditChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    public Result verify() {
        long[] checked = {0};
        long[] expectedSequence = {1};
        AtomicReference<String> previous = new AtomicReference<>(AuditChain.GENESIS);
        AtomicReference<Result> broken = new AtomicReference<>();
        jdbc.setFetchSize(1000);
        jdbc.query(con -> {
            con.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            var statement = con.prepareStatement("SELECT * FROM audit_event ORDER BY sequence");
            statement.setFetchSize(1000);
            return statement;
        }, (ResultSet rs) -> {
            if (broken.get() != null) {
                return;
            }
            AuditEntry entry = read(rs);
            checked[0]++;
            if (entry.sequence() != expectedSequence[0]) {
                broken.set(new Result(checked[0], Optional.of(expectedSequence[0]),
                        "entry " + expectedSequence[0] + " is missing"));
            } else if (!entry.previousHash().equals(previous.get())) {
                broken.set(new Result(checked[0], Optional.of(entry.sequence()),
                        "entry " + entry.sequence() + " does not follow the entry before it"));
            } else if (!chain.link(entry.previousHash(), entry).equals(entry.hash())) {
                broken.set(new Result(checked[0], Optional.of(entry.sequence()),
                        "entry " + entry.sequence() + " was altered"));
            }
            previous.set(entry.hash());
            expectedSequence[0] = entry.sequence() + 1;
        });
        return broken.get() != null ? broken.get() : new Result(checked[0], Optional.empty(), null);
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("sequence"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("outcome"),
                rs.getString("client_address"), rs.getString("detail"), rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }
}
