package org.lantern.linkage.compare;

import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.LinkageModel;

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

    /**
     * Per-scratch memo of token frequencies by string identity: the agreeing keys of a query's candidates are
     * mostly the query's own keys, so a few slots avoid a hash-map lookup per pair. Cleared when the model changes.
     */
    private static final int FREQUENCY_SLOTS = 64;
    private LinkageModel frequencyModel;
    private final String[] frequencyKeys = new String[FREQUENCY_SLOTS];
    private final double[] frequencies = new double[FREQUENCY_SLOTS];

    public Comparison() {
        clear();
    }

    /** Per-scratch memo of Jaro–Winkler by {@link TokenCodes} pair (allocated on first use): no sharing, no races. */
    private static final int CODE_MEMO_BITS = 20;
    private long[] codePairs;
    private double[] codeSimilarities;
    /** Token frequency by key code under {@link #codeFrequencyModel}; NaN while unknown. */
    private double[] codeFrequencies;
    private LinkageModel codeFrequencyModel;

    /** Jaro–Winkler of the keys with these codes, memoised. */
    public double similarityOfCodes(int a, int b) {
        if (codePairs == null) {
            codePairs = new long[1 << CODE_MEMO_BITS];
            codeSimilarities = new double[1 << CODE_MEMO_BITS];
        }
        long pair = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        int slot = (int) ((pair * 0x9E3779B97F4A7C15L) >>> (64 - CODE_MEMO_BITS));
        if (codePairs[slot] == pair) {
            return codeSimilarities[slot];
        }
        double value = JaroWinkler.similarity(TokenCodes.string(a), TokenCodes.string(b));
        codePairs[slot] = pair;
        codeSimilarities[slot] = value;
        return value;
    }

    /** {@link LinkageModel#tokenFrequency} of the key with this code, memoised per model. */
    public double tokenFrequencyOfCode(LinkageModel model, int code) {
        if (model != codeFrequencyModel || codeFrequencies == null) {
            codeFrequencies = new double[Math.max(1024, code * 2)];
            Arrays.fill(codeFrequencies, Double.NaN);
            codeFrequencyModel = model;
        } else if (code >= codeFrequencies.length) {
            int old = codeFrequencies.length;
            codeFrequencies = Arrays.copyOf(codeFrequencies, Math.max(code + 1, old * 2));
            Arrays.fill(codeFrequencies, old, codeFrequencies.length, Double.NaN);
        }
        double f = codeFrequencies[code];
        if (Double.isNaN(f)) {
            f = model.tokenFrequency(TokenCodes.string(code));
            codeFrequencies[code] = f;
        }
        return f;
    }

    /** {@link LinkageModel#tokenFrequency} of a key, memoised. */
    double tokenFrequency(LinkageModel model, String key) {
        if (model != frequencyModel) {
            Arrays.fill(frequencyKeys, null);
            frequencyModel = model;
        }
        int slot = (key.hashCode() * 0x9E3779B9) >>> (32 - 6);
        if (frequencyKeys[slot] == key) {
            return frequencies[slot];
        }
        double f = model.tokenFrequency(key);
        frequencyKeys[slot] = key;
        frequencies[slot] = f;
        return f;
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
