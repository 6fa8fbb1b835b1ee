package org.lantern.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.identity.Permission;
import org.lantern.identity.RecordAccess;
import org.lantern.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lists and searches cases. Visibility is part of the SQL ({@link CaseVisibility}), so a page never holds a
 * case the user may not see. A name matches in any script and spelling: the query's search key is compared
 * by trigram similarity with every name's key. Searches are audited with the ids found, never the query.
 */
@Service
public class CaseSearch {

    public static final int MAX_PAGE_SIZE = 100;

    private static final String NEWEST_FIRST = "c.opened_at DESC, c.id";

    /** Filters; all optional. {@code page} counts from 0. */
    public record Query(String name, String district, CaseStatus status, UUID worker, boolean pendingApproval,
            int page, int size) {
        public Query {
            page = Math.max(0, page);
            size = size <= 0 ? 25 : Math.min(size, MAX_PAGE_SIZE);
        }
    }

    /**
     * One row of a list. {@code name} is null where the user sees the case but not the person (a partner
     * with a summary share).
     */
    public record Summary(UUID id, String reference, UUID personId, String name, CaseStatus status,
            ApprovalKind pendingApproval, String district, String state, String office, Instant openedAt) {
    }

    public record Page(List<Summary> items, int page, int size, boolean hasNext) {
    }

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditLog audit;
    private final People people;

    CaseSearch(JdbcClient jdbc, RecordAccess access, AuditLog audit, People people) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.people = people;
    }

    public Page search(Query query) {
        SignedInUser user = access.requirePermission(Permission.CASES_VIEW);
        CaseVisibility.Condition visible = CaseVisibility.visible(user);
        CaseVisibility.Condition personVisible = CaseVisibility.personVisible(user);
        // For everyone but partners the person is visible exactly when the case is: no need to ask twice.
        boolean samePeople = personVisible.sql().equals(visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        List<String> where = new ArrayList<>(List.of(visible.sql()));
        List<String> used = new ArrayList<>();
        NameMatch name = NameMatch.of(query.name());
        if (!name.isEmpty()) {
            // Only people the user may see can be found by name: a summary share must not confirm a name.
            if (!samePeople) {
                where.add(personVisible.sql());
            }
            params.putAll(name.params());
            used.add("name");
        }
        used.addAll(filters(query, where, params));
        String selectable = samePeople ? "TRUE" : personVisible.sql();
        String conditions = String.join(" AND ", where);
        int wanted = query.size() + 1;
        long offset = (long) query.page() * query.size();

        List<Summary> rows;
        if (name.isEmpty()) {
            rows = page(selectable, "SELECT c.* FROM survivor_case c WHERE " + conditions, NEWEST_FIRST, NEWEST_FIRST,
                    params, offset, wanted);
        } else {
            // Exact matches first, newest first, then similar spellings by similarity.
            rows = new ArrayList<>(page(selectable,
                    "SELECT c.* FROM " + name.exactFrom() + " WHERE " + name.exactWhere() + " AND " + conditions,
                    "t.opened_at DESC, t.case_id", NEWEST_FIRST, params, offset, wanted));
            if (rows.size() < wanted) {
                long exactCount = rows.isEmpty() && offset > 0
                        ? jdbc.sql("SELECT count(*) FROM " + name.exactFrom() + " WHERE " + name.exactWhere() + " AND "
                                + conditions).params(params).query(Long.class).single()
                        : offset + rows.size();
                rows.addAll(page(selectable, "SELECT c.*, m.score FROM " + name.similarFrom() + " WHERE NOT "
                        + name.exactCondition() + " AND " + conditions,
                        "m.score DESC, " + NEWEST_FIRST, "c.score DESC, " + NEWEST_FIRST, params,
                        Math.max(0, offset - exactCount),
                        wanted - rows.size()));
            }
        }
        boolean hasNext = rows.size() > query.size();
        List<Summary> items = hasNext ? rows.subList(0, query.size()) : rows;
        audit.recordAll(AuditAction.SEARCH, "case", items.stream().map(Summary::id).toList(), "filters=" + used);
        return new Page(items, query.page(), query.size(), hasNext);
    }

    /**
     * One page of {@code cases} (a query selecting {@code survivor_case c}), ordered by {@code order} written over
     * the tables of {@code cases} and by {@code pageOrder}, the same order over its result. The page is cut before
     * the person and her name are joined, so only the rows shown are read beyond the index walked. Where the user
     * sees the case but not the person ({@code selectable} false), neither the person's id nor her name is read.
     */
    private List<Summary> page(String selectable, String cases, String order, String pageOrder,
            Map<String, Object> params, long offset, int limit) {
        String sql = """
                SELECT c.id, c.reference, c.status, c.pending_approval, c.office, c.opened_at,
                       p.address_district, p.address_state,
                       CASE WHEN s.person_visible THEN c.person_id END AS person_id,
                       CASE WHEN s.person_visible THEN dn.display_name_id END AS display_name_id,
                       CASE WHEN s.person_visible THEN dn.display_name END AS display_name
                  FROM (%s ORDER BY %s LIMIT %d OFFSET %d) c
                  JOIN person p ON p.id = c.person_id
                 CROSS JOIN LATERAL (SELECT %s AS person_visible) s
                  %s
                 ORDER BY %s
                """.formatted(cases, order, limit, offset, selectable, People.displayNameJoin("c.person_id"), pageOrder);
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            String pending = rs.getString("pending_approval");
            Timestamp opened = rs.getTimestamp("opened_at");
            return new Summary(rs.getObject("id", UUID.class), rs.getString("reference"),
                    rs.getObject("person_id", UUID.class), people.openDisplayName(rs),
                    CaseStatus.valueOf(rs.getString("status")),
                    pending == null ? null : ApprovalKind.valueOf(pending), rs.getString("address_district"),
                    rs.getString("address_state"), rs.getString("office"), opened.toInstant());
        }).list();
    }

    /**
     * Adds the list filters other than the name (district, status, worker, pending approval) to {@code where}
     * and {@code params}; answers the names of the filters used. Shared with the export, so it selects as the list.
     */
    static List<String> filters(Query query, List<String> where, Map<String, Object> params) {
        List<String> used = new ArrayList<>();
        if (query.district() != null && !query.district().isBlank()) {
            where.add("c.home_district_key = lower(:district)");
            params.put("district", query.district().strip());
            used.add("district");
        }
        if (query.status() != null) {
            where.add("c.status = :status");
            params.put("status", query.status().name());
            used.add("status");
        }
        if (query.worker() != null) {
            where.add(":worker = ANY (c.team)");
            params.put("worker", query.worker());
            used.add("worker");
        }
        if (query.pendingApproval()) {
            where.add("c.pending_approval IS NOT NULL");
            used.add("pendingApproval");
        }
        return used;
    }
}
