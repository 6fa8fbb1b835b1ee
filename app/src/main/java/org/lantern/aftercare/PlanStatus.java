package org.lantern.aftercare;

/** Where a care plan stands: drafted by the caseworker, submitted, then approved or returned with a reason. */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** Goals and services may be added or removed only while the plan is in the caseworker's hands. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
