/**
 * Aftercare of survivors: care plans with goals and services (approved by a programme manager), shelter
 * placements against live capacity, scheduled follow-ups, counselling sessions whose notes only their
 * author and those she chooses may read, re-trafficking risk assessments, case notes and encrypted
 * documents. Every record belongs to a case; access is decided by the {@code "case-team"} rule of
 * {@link org.lantern.identity.RecordAccess} (the case team and the office's supervisors; partners who
 * were shared a case see none of its aftercare).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Aftercare")
package org.lantern.aftercare;
