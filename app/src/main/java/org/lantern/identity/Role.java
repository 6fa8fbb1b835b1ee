package org.lantern.identity;

import static org.lantern.identity.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the organisation's people and partners. Least privilege: an administrator manages users
 * and keys but does not read survivors' cases; partner police see only what a case shares with them.
 */
public enum Role {
    ADMINISTRATOR(true, USERS_MANAGE, AUDIT_VIEW, KEYS_MANAGE, METRICS_VIEW),
    PROGRAMME_MANAGER(false, CASES_VIEW, CASES_EDIT, CASES_APPROVE, CASES_SUPERVISE, TRACING_REPORT, TRACING_REVIEW),
    CASEWORKER(false, CASES_VIEW, CASES_EDIT, TRACING_REPORT, TRACING_REVIEW),
    COUNSELLOR(false, CASES_VIEW, COUNSELLING_NOTES),
    LAWYER(false, CASES_VIEW, JUSTICE_EDIT, NETWORK_VIEW),
    INVESTIGATOR(true, CASES_VIEW, NETWORK_VIEW, NETWORK_EDIT, TRACING_REPORT, TRACING_REVIEW),
    COMMUNITY_WORKER(false, PREVENTION_EDIT, TRACING_REPORT),
    RESEARCHER(false, RESEARCH_VIEW),
    TRAINER(false, TRAINING_MANAGE),
    PARTNER_POLICE(false, CASES_VIEW, TRACING_REPORT);

    private final boolean twoFactorRequired;
    private final Set<Permission> permissions;

    Role(boolean twoFactorRequired, Permission first, Permission... rest) {
        this.twoFactorRequired = twoFactorRequired;
        this.permissions = EnumSet.of(first, rest);
    }

    /** Roles that reach the most sensitive material must sign in with a second factor. */
    public boolean twoFactorRequired() {
        return twoFactorRequired;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public String messageKey() {
        return "role." + name();
    }
}
