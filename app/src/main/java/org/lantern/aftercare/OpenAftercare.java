package org.lantern.aftercare;

import java.util.List;
import java.util.UUID;

import org.lantern.cases.CaseClosureCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a case open while the survivor is still placed in a shelter (a placement without an end date) or a
 * follow-up is still to be done (no done date; follow-ups are never cancelled, only done with an outcome).
 */
@Component
class OpenAftercare implements CaseClosureCheck {

    private final JdbcClient jdbc;

    OpenAftercare(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenWork> openWork(UUID caseId) {
        return List.of(
                new OpenWork("aftercare.closure.openPlacements",
                        count("SELECT count(*) FROM shelter_placement WHERE case_id = :c AND end_date IS NULL", caseId)),
                new OpenWork("aftercare.closure.scheduledFollowUps",
                        count("SELECT count(*) FROM follow_up WHERE case_id = :c AND done_date IS NULL", caseId)));
    }

    private int count(String sql, UUID caseId) {
        return jdbc.sql(sql).param("c", caseId).query(Integer.class).single();
    }
}
