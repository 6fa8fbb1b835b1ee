package org.lantern.cases;

import java.util.UUID;

import org.lantern.identity.RecordAccessRule;
import org.lantern.identity.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access rules for record types {@code "case"} and {@code "person"}. A person is visible if any case
 * of theirs (as survivor or named perpetrator) is visible; changeable if a case of theirs is. A person without a
 * case is visible to and changeable by the user who registered them, and by whoever a {@link PersonCustodian}
 * vouches for.
 */
@Configuration(proxyBeanMethods = false)
class CaseAccessRules {

    @Bean
    RecordAccessRule caseAccessRule(JdbcClient jdbc) {
        return new CaseRule(jdbc, "case", CaseVisibility::visible);
    }

    /** Record type {@code "case-team"}: the working detail of a case, for its team and supervisors only. */
    @Bean
    RecordAccessRule caseTeamAccessRule(JdbcClient jdbc) {
        return new CaseRule(jdbc, "case-team", CaseVisibility::teamVisible);
    }

    /** A rule over survivor cases: who may see them varies by record type; who may change them does not. */
    private record CaseRule(JdbcClient jdbc, String recordType,
            java.util.function.Function<SignedInUser, CaseVisibility.Condition> viewers) implements RecordAccessRule {

        @Override
        public boolean canView(SignedInUser user, String recordId) {
            return caseMatches(jdbc, viewers.apply(user), recordId);
        }

        @Override
        public boolean canEdit(SignedInUser user, String recordId) {
            return caseMatches(jdbc, CaseVisibility.editable(user), recordId);
        }
    }

    /**
     * A person is visible through a visible case of theirs, to the user who registered them while they have no
     * case, and to whoever a {@link PersonCustodian} of another module vouches for. Without a case, the creator
     * and custodians may also change the person; with one, only the case decides.
     */
    @Bean
    RecordAccessRule personAccessRule(JdbcClient jdbc, ObjectProvider<PersonCustodian> custodians) {
        return new RecordAccessRule() {
            @Override
            public String recordType() {
                return "person";
            }

            @Override
            public boolean canView(SignedInUser user, String recordId) {
                UUID id = parse(recordId);
                if (id == null || user == null || !user.pendingSteps().isEmpty()) {
                    return false;
                }
                return personMatches(jdbc, CaseVisibility.personVisible(user), recordId)
                        || createdWithoutCase(jdbc, user, id)
                        || custodians.orderedStream().anyMatch(custodian -> custodian.canView(user, id));
            }

            @Override
            public boolean canEdit(SignedInUser user, String recordId) {
                UUID id = parse(recordId);
                if (id == null || user == null || !user.pendingSteps().isEmpty()) {
                    return false;
                }
                if (personMatches(jdbc, CaseVisibility.editable(user), recordId)) {
                    return true;
                }
                return !hasCase(jdbc, id) && (createdWithoutCase(jdbc, user, id)
                        || custodians.orderedStream().anyMatch(custodian -> custodian.canEdit(user, id)));
            }
        };
    }

    /** Whether {@code user} registered the person and the person has no case (as survivor or perpetrator). */
    private static boolean createdWithoutCase(JdbcClient jdbc, SignedInUser user, UUID personId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = :id AND p.created_by = :viewer
                                  AND NOT EXISTS (SELECT 1 FROM survivor_case c WHERE c.person_id = p.id)
                                  AND NOT EXISTS (SELECT 1 FROM case_perpetrator cp WHERE cp.person_id = p.id))
                """).param("id", personId).param("viewer", user.id()).query(Boolean.class).single();
    }

    private static boolean hasCase(JdbcClient jdbc, UUID personId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM survivor_case c WHERE c.person_id = :id)
                    OR EXISTS (SELECT 1 FROM case_perpetrator cp WHERE cp.person_id = :id)
                """).param("id", personId).query(Boolean.class).single();
    }

    private static boolean caseMatches(JdbcClient jdbc, CaseVisibility.Condition condition, String recordId) {
        UUID id = parse(recordId);
        if (id == null || condition.sql().equals("FALSE")) {
            return false;
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM survivor_case c WHERE c.id = :id AND " + condition.sql() + ")")
                .params(condition.params()).param("id", id).query(Boolean.class).single();
    }

    private static boolean personMatches(JdbcClient jdbc, CaseVisibility.Condition condition, String recordId) {
        UUID id = parse(recordId);
        if (id == null || condition.sql().equals("FALSE")) {
            return false;
        }
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM survivor_case c
                                WHERE (c.person_id = :id
                                       OR EXISTS (SELECT 1 FROM case_perpetrator cp WHERE cp.case_id = c.id AND cp.person_id = :id))
                                  AND %s)
                """.formatted(condition.sql())).params(condition.params()).param("id", id).query(Boolean.class).single();
    }

    private static UUID parse(String recordId) {
        try {
            return recordId == null ? null : UUID.fromString(recordId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
