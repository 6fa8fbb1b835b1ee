package org.lantern.investigation;

import java.util.List;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The cases an investigator or lawyer is assigned to, with the size of each case's network. */
@Service
public class AssignedCases {

    public record Item(UUID caseId, String reference, String status, String teamRole, long entities, long calls,
            long imports) {
    }

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;

    AssignedCases(JdbcClient jdbc, RecordAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    public List<Item> mine() {
        SignedInUser user = access.requirePermission(Permission.NETWORK_VIEW);
        List<Item> items = jdbc.sql("""
                SELECT c.id, c.reference, c.status, a.role,
                       (SELECT count(*) FROM network_entity e WHERE e.case_id = c.id) AS entities,
                       (SELECT coalesce(sum(i.rows_stored), 0) FROM cdr_import i WHERE i.case_id = c.id) AS calls,
                       (SELECT count(*) FROM cdr_import i WHERE i.case_id = c.id) AS imports
                  FROM survivor_case c JOIN case_assignment a ON a.case_id = c.id
                 WHERE a.user_id = :me
                 ORDER BY c.opened_at DESC, c.id
                """).param("me", user.id()).query((rs, n) -> new Item(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))).list();
        // visible by the case rule as well (a closed case stays assigned, and the rule has the last word)
        items = items.stream().filter(item -> access.canView("case", item.caseId())).toList();
        audit.recordAll(AuditAction.READ, "case", items.stream().map(Item::caseId).toList(), "investigations list");
        return items;
    }
}
