package org.lantern.tracing;

import java.util.UUID;

import org.lantern.cases.PersonCustodian;
import org.lantern.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Vouches to the cases module for the people behind tracing records: whoever may see a missing report or found
 * person may see its person, and whoever may change the record may change a person who has no case (e.g. record
 * the family's tracing consent later). Uses the same conditions as {@link TracingAccessRules}.
 */
@Component
class TracingPersonCustodian implements PersonCustodian {

    private final JdbcClient jdbc;

    TracingPersonCustodian(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean canView(SignedInUser user, UUID personId) {
        return holds(Side.MISSING, TracingVisibility.visible(Side.MISSING, user), personId)
                || holds(Side.FOUND, TracingVisibility.visible(Side.FOUND, user), personId);
    }

    @Override
    public boolean canEdit(SignedInUser user, UUID personId) {
        TracingVisibility.Condition editable = TracingVisibility.editable(user);
        return holds(Side.MISSING, editable, personId) || holds(Side.FOUND, editable, personId);
    }

    private boolean holds(Side side, TracingVisibility.Condition condition, UUID personId) {
        if (personId == null || condition.sql().equals("FALSE")) {
            return false;
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + TracingRecords.table(side) + " r WHERE r.person_id = :person AND "
                + condition.sql() + ")").params(condition.params()).param("person", personId).query(Boolean.class).single();
    }
}
