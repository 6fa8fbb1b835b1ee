package org.lantern.aftercare;

/** The services a care plan can arrange. Education (school enrolment of a child) records the school. */
public enum ServiceKind {
    SHELTER_PLACEMENT, MEDICAL, COUNSELLING, SKILLS_TRAINING, LIVELIHOOD, EDUCATION, LEGAL_AID, FAMILY_TRACING,
    REINTEGRATION
}
