package org.lantern.tracing;

/** The two registers that are matched against each other. */
public enum Side {
    MISSING("missing-report"), FOUND("found-person");

    private final String recordType;

    Side(String recordType) {
        this.recordType = recordType;
    }

    /** The record type of this side for {@link org.lantern.identity.RecordAccess} and the audit log. */
    public String recordType() {
        return recordType;
    }

    public Side other() {
        return this == MISSING ? FOUND : MISSING;
    }
}
