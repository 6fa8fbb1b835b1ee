package org.lantern.cases;

/** Steps a programme manager of the case's office must agree to. */
public enum ApprovalKind {
    CASE_PLAN, CLOSURE;

    public String messageKey() {
        return "cases.enum.ApprovalKind." + name();
    }
}
