package org.lantern.linkage.compare;

import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.Level;

import java.util.Arrays;

/**
 * Comparison vector of one pair: a level per field and, for name fields that agree, the chance agreement
 * implied by the frequencies of the agreeing tokens (NaN when no term-frequency adjustment applies).
 * Mutable scratch object, reused within one thread.
 */
public final class Comparison {

    final byte[] levels = new byte[Field.all().length];
    final double[] adjustedU = new double[Field.all().length];

    /**
     * Direct-mapped memo of Jaro–Winkler on interned keys, shared by all threads: the same name and place pairs
     * recur across candidates and queries. Entries are immutable, so a racy read sees a whole entry or another.
     */
    private static final int MEMO_BITS = 20;
    private static final SimilarityEntry[] MEMO = new SimilarityEntry[1 << MEMO_BITS];

    private record SimilarityEntry(String a, String b, double value) {
    }

    /** Jaro–Winkler of two interned strings, memoised by reference. */
    static double similarity(String a, String b) {
        int h = a.hashCode() * 0x9E3779B1 + b.hashCode();
        int slot = (h ^ (h >>> MEMO_BITS)) & ((1 << MEMO_BITS) - 1);
        SimilarityEntry e = MEMO[slot];
        if (e != null && e.a == a && e.b == b) {
            return e.value;
        }
        double value = JaroWinkler.similarity(a, b);
        MEMO[slot] = new SimilarityEntry(a, b, value);
        return value;
    }

    public Comparison() {
        clear();
    }

    void clear() {
        Arrays.fill(levels, (byte) Level.MISSING.ordinal());
        Arrays.fill(adjustedU, Double.NaN);
    }

    public Level level(Field field) {
        return Level.of(levels[field.ordinal()]);
    }

    public int levelOrdinal(int field) {
        return levels[field];
    }

    /** Term-frequency based u of a field, or NaN. */
    public double adjustedU(int field) {
        return adjustedU[field];
    }

    /** Levels packed base-6 into a long (field 0 least significant), for counting patterns. */
    public long pattern() {
        long p = 0;
        for (int f = levels.length - 1; f >= 0; f--) {
            p = p * 6 + levels[f];
        }
        return p;
    }

    /** Level ordinal of a field in a {@link #pattern()}. */
    public static int levelOf(long pattern, int field) {
        for (int f = 0; f < field; f++) {
            pattern /= 6;
        }
        return (int) (pattern % 6);
    }
}
