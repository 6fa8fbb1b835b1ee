package org.lantern.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the trail for the administrator's page, newest first, with simple filters. */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> recent(String actor, String subjectType, String subjectId, int limit, long beforeSequence) {
        return jdbc.sql("""
                SELECT * FROM audit_event
                 WHERE (:actor = '' OR actor = :actor)
                   AND (:subjectType = '' OR subject_type = :subjectType)
                   AND (:subjectId = '' OR subject_id = :subjectId)
                   AND sequence < :before
                 ORDER BY sequence DESC LIMIT :limit
                """)
                .param("actor", actor == null ? "" : actor)
                .param("subjectType", subjectType == null ? "" : subjectType)
                .param("subjectId", subjectId == null ? "" : subjectId)
                .param("before", beforeSequence <= 0 ? Long.MAX_VALUE : beforeSequence)
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query((rs, n) -> AuditVerification.read(rs)).list();
    }
}
