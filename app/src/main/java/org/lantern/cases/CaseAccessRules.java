package org.lantern.cases;

import java.util.UUID;

import org.lantern.identity.RecordAccessRule;
import org.lantern.identity.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access rules for record types {@code "case"} and {@code "person"}. A person is visible if any case
 * of theirs (as survivor or named perpetrator) is visible; changeable if a case of theirs is.
 */
@Configuration(proxyBeanMethods = false)
class CaseAccessRules {

    @Bean
    RecordAccessRule caseAccessRule(JdbcClient jdbc) {
        return new RecordAccessRule() {
            @Override
            public String recordType() {
                return "case";
            }

            @Override
            public boolean canView(SignedInUser user, String recordId) {
                return caseMatches(jdbc, CaseVisibility.visible(user), recordId);
            }

            @Override
            public boolean canEdit(SignedInUser user, String recordId) {
                return caseMatches(jdbc, CaseVisibility.editable(user), recordId);
            }
        };
    }

    /** Record type {@code "case-team"}: the working detail of a case, for its team and supervisors only. */
    @Bean
    RecordAccessRule caseTeamAccessRule(JdbcClient jdbc) {
        return new RecordAccessRule() {
            @Override
            public String recordType() {
                return "case-team";
            }

            @Override
            public boolean canView(SignedInUser user, String recordId) {
                return caseMatches(jdbc, CaseVisibility.teamVisible(user), recordId);
            }

            @Override
            public boolean canEdit(SignedInUser user, String recordId) {
                return caseMatches(jdbc, CaseVisibility.editable(user), recordId);
            }
        };
    }

    @Bean
    RecordAccessRule personAccessRule(JdbcClient jdbc) {
        return new RecordAccessRule() {
            @Override
            public String recordType() {
                return "person";
            }

            @Override
            public boolean canView(SignedInUser user, String recordId) {
                return personMatches(jdbc, CaseVisibility.personVisible(user), recordId);
            }

            @Override
            public boolean canEdit(SignedInUser user, String recordId) {
                return personMatches(jdbc, CaseVisibility.editable(user), recordId);
            }
        };
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
