package org.lantern.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.lantern.protection.FieldProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Per-field history of cases and people: who changed which field when, old and new values encrypted. */
@Component
public class CaseHistory {

    /** One change, decrypted for someone allowed to see the case. */
    public record Change(UUID id, UUID caseId, UUID personId, String field, UUID changedBy, String changedByName, Instant changedAt,
            String oldValue, String newValue) {
    }

    private final JdbcClient jdbc;
    private final FieldProtector protector;
    private final org.lantern.identity.UserAccounts accounts;

    CaseHistory(JdbcClient jdbc, FieldProtector protector, org.lantern.identity.UserAccounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.protector = protector;
    }

    /** Records a change if the value really changed; returns whether it did. */
    boolean record(UUID caseId, UUID personId, String field, UUID changedBy, Object oldValue, Object newValue) {
        String before = oldValue == null ? null : oldValue.toString();
        String after = newValue == null ? null : newValue.toString();
        if (Objects.equals(before, after)) {
            return false;
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_change (id, case_id, person_id, field, changed_by, old_value, new_value)
                VALUES (:id, :caseId, :personId, :field, :by, :old, :new)
                """).param("id", id).param("caseId", caseId).param("personId", personId).param("field", field)
                .param("by", changedBy).param("old", protector.seal(CasesColumns.CHANGE_OLD, id, before))
                .param("new", protector.seal(CasesColumns.CHANGE_NEW, id, after)).update();
        return true;
    }

    /** Changes of a case and of its survivor, newest first. The caller has checked access. */
    List<Change> of(UUID caseId, UUID personId, int limit) {
        List<Change> changes = jdbc.sql("""
                SELECT * FROM case_change WHERE case_id = :caseId OR person_id = :personId
                 ORDER BY changed_at DESC, id LIMIT :limit
                """).param("caseId", caseId).param("personId", personId).param("limit", limit)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Timestamp at = rs.getTimestamp("changed_at");
                    return new Change(id, rs.getObject("case_id", UUID.class), rs.getObject("person_id", UUID.class),
                            rs.getString("field"), rs.getObject("changed_by", UUID.class), null, at.toInstant(),
                            protector.open(CasesColumns.CHANGE_OLD, id, rs.getBytes("old_value")),
                            protector.open(CasesColumns.CHANGE_NEW, id, rs.getBytes("new_value")));
                }).list();
        // Names after the rows: a lookup inside the row mapper would hold two pooled connections at once.
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        return changes.stream().map(c -> new Change(c.id(), c.caseId(), c.personId(), c.field(), c.changedBy(),
                c.changedBy() == null ? null : names.computeIfAbsent(c.changedBy(),
                        key -> accounts.byId(key).map(org.lantern.identity.UserAccount::username).orElse("?")),
                c.changedAt(), c.oldValue(), c.newValue())).toList();
    }
}
