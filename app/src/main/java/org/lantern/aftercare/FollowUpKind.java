package org.lantern.aftercare;

public enum FollowUpKind {
    HOME_VISIT, PHONE, SCHOOL_VISIT, MEDICAL_REVIEW
}
