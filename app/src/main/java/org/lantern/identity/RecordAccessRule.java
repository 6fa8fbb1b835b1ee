package org.lantern.identity;

/**
 * How one module decides access to its records (by role, case assignment, office, sharing). Each record
 * type has exactly one rule; {@link RecordAccess} asks it.
 */
public interface RecordAccessRule {

    /** The record type this rule answers for, e.g. {@code "case"} or {@code "person"}. */
    String recordType();

    boolean canView(SignedInUser user, String recordId);

    boolean canEdit(SignedInUser user, String recordId);
}
