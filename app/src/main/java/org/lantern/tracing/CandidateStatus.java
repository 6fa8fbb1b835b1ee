package org.lantern.tracing;

/** Where a proposed pair stands in review. */
public enum CandidateStatus {
    PENDING, CONFIRMED, REJECTED, UNSURE;

    public String messageKey() {
        return "tracing.enum.CandidateStatus." + name();
    }
}
