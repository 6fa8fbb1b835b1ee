package org.lantern.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lantern.identity.Permission;
import org.lantern.identity.Role;
import org.lantern.identity.SignedInUser;

/**
 * Which cases a user may see, as one SQL condition over {@code survivor_case c}. The record access rules
 * and every list and search use this same condition, so a list can never show more than a case page.
 *
 * <ul>
 * <li>caseworkers, counsellors, lawyers, investigators: cases they are assigned to ({@code case_assignment}, mirrored
 * in {@code survivor_case.team});
 * <li>programme managers ({@code CASES_SUPERVISE}): every case of their office, plus assigned ones;
 * <li>partner police: only cases shared with them or their office ({@code case_share}, not revoked);
 * <li>everyone else, administrators included: none.
 * </ul>
 */
final class CaseVisibility {

    /** An SQL condition and its named parameters. */
    record Condition(String sql, Map<String, Object> params) {
    }

    private CaseVisibility() {
    }

    /** Cases {@code user} may see. */
    static Condition visible(SignedInUser user) {
        return condition(user, false, false);
    }

    /** Cases whose person {@code user} may see: as {@link #visible}, but police need a FULL share. */
    static Condition personVisible(SignedInUser user) {
        return condition(user, false, true);
    }

    /**
     * Cases whose working detail (care, counselling, documents) {@code user} may see: the case team and the
     * office's supervisors only; a partner's share never reaches this far.
     */
    static Condition teamVisible(SignedInUser user) {
        if (user != null && user.hasRole(Role.PARTNER_POLICE) && user.roles().size() == 1) {
            return new Condition("FALSE", Map.of());
        }
        return condition(user, false, false);
    }

    /** Cases {@code user} may change: assigned with CASES_EDIT, or supervising the office. */
    static Condition editable(SignedInUser user) {
        return condition(user, true, false);
    }

    private static Condition condition(SignedInUser user, boolean edit, boolean fullShareOnly) {
        if (user == null || !user.pendingSteps().isEmpty()) {
            return new Condition("FALSE", Map.of());
        }
        List<String> grants = new ArrayList<>();
        Permission needed = edit ? Permission.CASES_EDIT : Permission.CASES_VIEW;
        // survivor_case.team mirrors case_assignment (kept by a trigger): both tests read only the case row.
        if (user.has(Permission.CASES_SUPERVISE) && user.office() != null) {
            grants.add("c.office = :viewerOffice");
        }
        if (assignable(user, needed)) {
            grants.add(":viewer = ANY (c.team)");
        }
        if (!edit && user.hasRole(Role.PARTNER_POLICE)) {
            grants.add("EXISTS (SELECT 1 FROM case_share vs WHERE vs.case_id = c.id AND vs.revoked_at IS NULL"
                    + (fullShareOnly ? " AND vs.scope = 'FULL'" : "")
                    + " AND (vs.user_id = :viewer OR vs.office = :viewerOffice))");
        }
        if (grants.isEmpty()) {
            return new Condition("FALSE", Map.of());
        }
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("viewer", user.id());
        params.put("viewerOffice", user.office() == null ? "" : user.office());
        return new Condition("(" + String.join(" OR ", grants) + ")", params);
    }

    /** Whether a case assignment gives this user access: a non-partner role holding the permission. */
    private static boolean assignable(SignedInUser user, Permission permission) {
        return user.pendingSteps().isEmpty() && user.roles().stream()
                .anyMatch(role -> role != Role.PARTNER_POLICE && role.permissions().contains(permission));
    }
}
