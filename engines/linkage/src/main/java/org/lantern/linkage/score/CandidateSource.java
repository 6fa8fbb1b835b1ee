package org.lantern.linkage.score;

/** Candidate partners of a left record, as slots of the right table (the output of blocking). */
@FunctionalInterface
public interface CandidateSource {
    /** Distinct right slots to compare with left record {@code leftSlot}. */
    int[] candidates(int leftSlot);
}
