package org.lantern.linkage.api;

/**
 * Comparison level of one field of a pair, from strongest agreement to disagreement.
 * {@link #MISSING} (either side unknown) always carries the neutral weight 0.
 * Fields use the subset that makes sense for them (sex has only EXACT and DISAGREE).
 */
public enum Level {
    EXACT, PHONETIC, FUZZY_HIGH, FUZZY_LOW, DISAGREE, MISSING;

    /** Number of levels that carry m and u probabilities (all but {@link #MISSING}). */
    public static final int SCORED = 5;

    private static final Level[] VALUES = values();

    public static Level of(int ordinal) {
        return VALUES[ordinal];
    }
}
