/**
 * Aftercare of survivors: care plans with goals and services (approved by a programme manager), shelter
 * placements against live capacity, scheduled follow-ups, counselling sessions whose notes only their
 * author and those she chooses may read, re-trafficking risk assessments, case notes and encrypted
 * documents. Every record belongs to a case; access is decided by the {@code "case"} rule of
 * {@link org.lantern.identity.RecordAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Aftercare")
package org.lantern.aftercare;
