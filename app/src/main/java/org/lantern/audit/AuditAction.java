package org.lantern.audit;

/** What was done. Kept coarse on purpose: the subject type and detail say the rest. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    IMPORT,
    ACCESS_DENIED,
    ADMINISTER
}
