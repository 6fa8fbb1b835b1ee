package org.lantern.cases;

/**
 * Where a case stands. The steps run in order; entering CARE_PLANNED and CLOSED needs a programme manager's
 * approval ({@link ApprovalKind}).
 */
public enum CaseStatus {
    IDENTIFIED, ASSESSED, CARE_PLANNED, IN_CARE, REINTEGRATING, FOLLOW_UP, CLOSED;

    /** The step after this one, or null at the end. */
    public CaseStatus next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }

    /** The approval needed to move on from here, or null if the caseworker may move on alone. */
    public ApprovalKind approvalToAdvance() {
        CaseStatus next = next();
        if (next == CARE_PLANNED) {
            return ApprovalKind.CASE_PLAN;
        }
        return next == CLOSED ? ApprovalKind.CLOSURE : null;
    }

    public String messageKey() {
        return "cases.enum.CaseStatus." + name();
    }
}
