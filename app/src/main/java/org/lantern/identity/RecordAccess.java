package org.lantern.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one place that answers "may this user see or change this record". Services call
 * {@code requireView}/{@code requireEdit} first; a refusal is audited and ends the request with 403,
 * whatever the UI showed.
 */
@Service
public class RecordAccess {

    private final Map<String, RecordAccessRule> rules;
    private final AuditLog audit;

    RecordAccess(List<RecordAccessRule> rules, AuditLog audit) {
        this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(RecordAccessRule::recordType, Function.identity()));
        this.audit = audit;
    }

    public boolean canView(String recordType, Object recordId) {
        return decide(recordType, recordId, RecordAccessRule::canView);
    }

    public boolean canEdit(String recordType, Object recordId) {
        return decide(recordType, recordId, RecordAccessRule::canEdit);
    }

    /** Returns the current user if they may see the record; otherwise audits the refusal and throws. */
    public SignedInUser requireView(String recordType, Object recordId) {
        return require(recordType, recordId, false);
    }

    public SignedInUser requireEdit(String recordType, Object recordId) {
        return require(recordType, recordId, true);
    }

    /** Checks a permission of the current user's roles; refusals are audited too. */
    public SignedInUser requirePermission(Permission permission) {
        SignedInUser user = SignInFlow.currentUser();
        if (!user.has(permission)) {
            audit.record(AuditAction.ACCESS_DENIED, "permission", permission.name(), "denied", null);
            throw new AccessDeniedException("Missing permission " + permission);
        }
        return user;
    }

    private SignedInUser require(String recordType, Object recordId, boolean edit) {
        SignedInUser user = SignInFlow.currentUser();
        boolean allowed = edit ? canEdit(recordType, recordId) : canView(recordType, recordId);
        if (!allowed) {
            audit.record(AuditAction.ACCESS_DENIED, recordType, recordId, "denied", edit ? "edit" : "view");
            throw new AccessDeniedException("Access to " + recordType + " refused");
        }
        return user;
    }

    private boolean decide(String recordType, Object recordId, Decision decision) {
        RecordAccessRule rule = rules.get(recordType);
        if (rule == null) {
            return false; // a record type nobody vouches for is closed to everyone
        }
        SignedInUser user = SignInFlow.currentUser();
        return user.pendingSteps().isEmpty() && decision.decide(rule, user, String.valueOf(recordId));
    }

    @FunctionalInterface
    private interface Decision {
        boolean decide(RecordAccessRule rule, SignedInUser user, String recordId);
    }
}
