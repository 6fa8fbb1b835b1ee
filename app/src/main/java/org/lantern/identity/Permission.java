package org.lantern.identity;

/**
 * What a role lets its holder do. Granted as the authority {@code PERM_<name>}; pages and API endpoints
 * check permissions, and {@link RecordAccess} checks case assignment on top.
 */
public enum Permission {
    USERS_MANAGE,
    AUDIT_VIEW,
    KEYS_MANAGE,
    METRICS_VIEW,
    CASES_VIEW,
    CASES_EDIT,
    CASES_APPROVE,
    CASES_SUPERVISE,
    COUNSELLING_NOTES,
    TRACING_REPORT,
    TRACING_REVIEW,
    NETWORK_VIEW,
    NETWORK_EDIT,
    JUSTICE_EDIT,
    PREVENTION_EDIT,
    RESEARCH_VIEW,
    TRAINING_MANAGE;

    public String authority() {
        return "PERM_" + name();
    }
}
