package org.lantern.tracing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.lantern.identity.SignInFlow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes to users about tracing, e.g. a confirmed match on a case of theirs. They carry ids, never names. */
@Service
public class TracingNotifications {

    public record Notification(UUID id, String kind, UUID caseId, UUID missingId, UUID foundId, Instant createdAt,
            boolean read) {

        public String messageKey() {
            return "tracing.notification." + kind;
        }
    }

    static final String MATCH_CONFIRMED = "MATCH_CONFIRMED";

    private final JdbcClient jdbc;

    TracingNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unread notifications of the current user (the bell count). */
    public int unread() {
        return jdbc.sql("SELECT count(*) FROM tracing_notification WHERE user_id = :u AND read_at IS NULL")
                .param("u", SignInFlow.currentUser().id()).query(Integer.class).single();
    }

    /** The current user's latest notifications, newest first. */
    public List<Notification> mine() {
        return jdbc.sql("SELECT * FROM tracing_notification WHERE user_id = :u ORDER BY created_at DESC, id LIMIT 100")
                .param("u", SignInFlow.currentUser().id())
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getObject("case_id", UUID.class), rs.getObject("missing_id", UUID.class),
                        rs.getObject("found_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null)).list();
    }

    @Transactional
    public void markAllRead() {
        jdbc.sql("UPDATE tracing_notification SET read_at = now() WHERE user_id = :u AND read_at IS NULL")
                .param("u", SignInFlow.currentUser().id()).update();
    }

    void notify(Collection<UUID> users, String kind, UUID caseId, UUID missingId, UUID foundId) {
        for (UUID user : users) {
            jdbc.sql("""
                    INSERT INTO tracing_notification (id, user_id, kind, case_id, missing_id, found_id)
                    VALUES (:id, :user, :kind, :case, :missing, :found)
                    """).param("id", UUID.randomUUID()).param("user", user).param("kind", kind).param("case", caseId)
                    .param("missing", missingId).param("found", foundId).update();
        }
    }
}
