package org.lantern.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.lantern.platform.Actor;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. Entries are stored by {@link AuditWriter} outside the caller's transaction,
 * so a refusal or failure that rolls back the caller's work is still recorded; the call returns once the
 * entry is durable.
 */
@Service
public class AuditLog {

    private final AuditWriter writer;

    AuditLog(AuditWriter writer) {
        this.writer = writer;
    }

    /** Records that the current actor did {@code action} to one subject, successfully. */
    public void record(AuditAction action, String subjectType, Object subjectId) {
        record(action, subjectType, subjectId, "ok", null);
    }

    /** Records an access to several subjects of one type at once (a list or search result). */
    public void recordAll(AuditAction action, String subjectType, List<?> subjectIds, String detail) {
        record(action, subjectType, null, "ok", (detail == null ? "" : detail + "; ") + "ids=" + subjectIds);
    }

    public void record(AuditAction action, String subjectType, Object subjectId, String outcome, String detail) {
        Actor actor = Actor.current().orElse(null);
        String name = actor != null ? actor.username() : clientAddress() == null ? "system" : "anonymous";
        write(actor == null ? null : actor.id(), name, action, subjectType, subjectId, outcome, detail);
    }

    /** Records an event whose actor is not (yet) signed in, such as a failed sign-in. */
    public void recordFor(UUID actorId, String actorName, AuditAction action, String outcome, String detail) {
        write(actorId, actorName, action, "user", actorId, outcome, detail);
    }

    private void write(UUID actorId, String actorName, AuditAction action, String subjectType, Object subjectId,
            String outcome, String detail) {
        // Microsecond precision: what PostgreSQL stores, so the hash recomputes exactly.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        writer.append(new AuditWriter.Pending(now, actorId, actorName, action, subjectType,
                subjectId == null ? null : subjectId.toString(), outcome, clientAddress(), detail,
                new java.util.concurrent.CompletableFuture<>()));
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
