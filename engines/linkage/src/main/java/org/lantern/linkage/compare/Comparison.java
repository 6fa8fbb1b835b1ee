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

    /** Direct-mapped memo of Jaro–Winkler on interned keys: the same name pairs recur across candidates. */
    private static final int MEMO_SIZE = 1 << 12;
    private final String[] memoA = new String[MEMO_SIZE];
    private final String[] memoB = new String[MEMO_SIZE];
    private final double[] memoValue = new double[MEMO_SIZE];

    /** Jaro–Winkler of two interned strings, memoised by reference. */
    double similarity(String a, String b) {
        int slot = (a.hashCode() * 31 + b.hashCode()) & (MEMO_SIZE - 1);
        if (memoA[slot] == a && memoB[slot] == b) {
            return memoValue[slot];
        }
        double value = JaroWinkler.similarity(a, b);
        memoA[slot] = a;
        memoB[slot] = b;
        memoValue[slot] = value;
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
