package org.lantern.tracing;

import java.util.HashMap;
import java.util.Map;

import org.lantern.identity.Permission;
import org.lantern.identity.SignedInUser;

/**
 * Who may see a missing report or found person, as one SQL condition over alias {@code r} of the side's table.
 * The access rules and the lists use the same condition.
 *
 * <ul>
 * <li>the worker who registered it;
 * <li>users with TRACING_REVIEW in the record's office, and in the office of any record it was proposed to match
 * (a child found far from home is reviewed from both ends);
 * <li>the case team of the record's own case (if it has one) and of a case it was linked to by a confirmed match;
 * <li>for a found person: the worker who registered a missing report confirmed as the same person (a report
 * usually has no case, so its worker takes the place of a case team).
 * </ul>
 * Changes: the registering worker and reviewers of the record's office.
 */
final class TracingVisibility {

    record Condition(String sql, Map<String, Object> params) {
    }

    private TracingVisibility() {
    }

    static Condition visible(Side side, SignedInUser user) {
        if (user == null || !user.pendingSteps().isEmpty()) {
            return new Condition("FALSE", Map.of());
        }
        String self = side == Side.MISSING ? "missing_id" : "found_id";
        String other = side == Side.MISSING ? "found_id" : "missing_id";
        String otherTable = side == Side.MISSING ? "found_person" : "missing_report";
        StringBuilder sql = new StringBuilder("(r.created_by = :viewer");
        if (user.has(Permission.TRACING_REVIEW) && user.office() != null) {
            sql.append(" OR r.office = :viewerOffice");
            sql.append(" OR EXISTS (SELECT 1 FROM match_candidate vmc JOIN ").append(otherTable)
                    .append(" vo ON vo.id = vmc.").append(other).append(" WHERE vmc.").append(self)
                    .append(" = r.id AND vo.office = :viewerOffice)");
        }
        sql.append(" OR EXISTS (SELECT 1 FROM case_assignment vca WHERE vca.user_id = :viewer AND vca.case_id = r.case_id)");
        if (side == Side.MISSING) {
            sql.append(" OR EXISTS (SELECT 1 FROM case_assignment vcl WHERE vcl.user_id = :viewer AND vcl.case_id = r.linked_case_id)");
        } else {
            sql.append(" OR EXISTS (SELECT 1 FROM tracing_link vtl JOIN missing_report vm ON vm.id = vtl.missing_id"
                    + " JOIN case_assignment vcm ON vcm.case_id = vm.case_id WHERE vtl.found_id = r.id AND vcm.user_id = :viewer)");
            sql.append(" OR EXISTS (SELECT 1 FROM tracing_link vtr JOIN missing_report vr ON vr.id = vtr.missing_id"
                    + " WHERE vtr.found_id = r.id AND vr.created_by = :viewer)");
        }
        sql.append(')');
        return new Condition(sql.toString(), params(user));
    }

    static Condition editable(SignedInUser user) {
        if (user == null || !user.pendingSteps().isEmpty()) {
            return new Condition("FALSE", Map.of());
        }
        String sql = user.has(Permission.TRACING_REVIEW) && user.office() != null
                ? "(r.created_by = :viewer OR r.office = :viewerOffice)" : "(r.created_by = :viewer)";
        return new Condition(sql, params(user));
    }

    private static Map<String, Object> params(SignedInUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", user.id());
        params.put("viewerOffice", user.office() == null ? "" : user.office());
        return params;
    }
}
