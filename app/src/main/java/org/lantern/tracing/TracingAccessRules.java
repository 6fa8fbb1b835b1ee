package org.lantern.tracing;

import java.util.UUID;

import org.lantern.identity.RecordAccessRule;
import org.lantern.identity.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Access rules for record types {@code "missing-report"} and {@code "found-person"}; see {@link TracingVisibility}. */
@Configuration(proxyBeanMethods = false)
class TracingAccessRules {

    @Bean
    RecordAccessRule missingReportAccessRule(JdbcClient jdbc) {
        return rule(jdbc, Side.MISSING);
    }

    @Bean
    RecordAccessRule foundPersonAccessRule(JdbcClient jdbc) {
        return rule(jdbc, Side.FOUND);
    }

    private static RecordAccessRule rule(JdbcClient jdbc, Side side) {
        return new RecordAccessRule() {
            @Override
            public String recordType() {
                return side.recordType();
            }

            @Override
            public boolean canView(SignedInUser user, String recordId) {
                return matches(jdbc, side, TracingVisibility.visible(side, user), recordId);
            }

            @Override
            public boolean canEdit(SignedInUser user, String recordId) {
                return matches(jdbc, side, TracingVisibility.editable(user), recordId);
            }
        };
    }

    private static boolean matches(JdbcClient jdbc, Side side, TracingVisibility.Condition condition, String recordId) {
        UUID id;
        try {
            id = UUID.fromString(recordId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        if (condition.sql().equals("FALSE")) {
            return false;
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + TracingRecords.table(side) + " r WHERE r.id = :id AND "
                + condition.sql() + ")").params(condition.params()).param("id", id).query(Boolean.class).single();
    }
}
