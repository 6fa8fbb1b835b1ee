package org.lantern.linkage.api;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Parameters of a Fellegi–Sunter model (Fellegi &amp; Sunter, "A theory for record linkage", JASA 1969):
 * for every field and comparison level the probability m of seeing that level when the two records are the same
 * person and u when they are not; the prior probability lambda that a candidate pair is a match; the decision
 * threshold on the match probability; and relative frequencies of name tokens for term-frequency adjustment
 * (a match on a rare name is stronger evidence than one on a common name).
 *
 * <p>Pure, immutable data and {@link Serializable}, so the same scoring can run on a server or a cluster.
 * Match weight of a level: log2(m/u), capped by the weight of the level above it. Space O(fields × levels + vocabulary).
 */
public final class LinkageModel implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Smallest probability kept, so that no weight is infinite. */
    public static final double MIN_PROBABILITY = 1e-6;

    private final boolean directional;
    private final double[][] m;
    private final double[][] u;
    private final double lambda;
    private final double threshold;
    private final HashMap<String, Float> tokenFrequency;
    private final float unseenTokenFrequency;
    private final double[][] weights;

    /**
     * @param directional          true for linkage of missing (left) to found (right) records, which enables the
     *                             event-order field; false for deduplication
     * @param m                    [field][level] probabilities given a match, for the {@link Level#SCORED} levels
     * @param u                    [field][level] probabilities given a non-match
     * @param lambda               prior probability that a candidate pair is a match, in (0, 1)
     * @param threshold            match probability at or above which a pair is declared a match
     * @param tokenFrequency       share of records whose name contains a phonetic key
     * @param unseenTokenFrequency frequency assumed for keys not in the table
     */
    public LinkageModel(boolean directional, double[][] m, double[][] u, double lambda, double threshold,
                        Map<String, Float> tokenFrequency, float unseenTokenFrequency) {
        Objects.requireNonNull(m, "m probabilities must not be null");
        Objects.requireNonNull(u, "u probabilities must not be null");
        Objects.requireNonNull(tokenFrequency, "token frequencies must not be null");
        if (m.length != Field.all().length || u.length != Field.all().length) {
            throw new IllegalArgumentException("m and u need one row per field");
        }
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("lambda must be in (0,1): " + lambda);
        }
        this.directional = directional;
        this.m = normalisedCopy(m);
        this.u = normalisedCopy(u);
        this.lambda = lambda;
        this.threshold = threshold;
        this.tokenFrequency = new HashMap<>(tokenFrequency);
        this.unseenTokenFrequency = unseenTokenFrequency;
        this.weights = new double[this.m.length][Level.SCORED];
        for (int f = 0; f < this.m.length; f++) {
            double stronger = Double.POSITIVE_INFINITY;
            for (int l = 0; l < Level.SCORED; l++) {
                weights[f][l] = log2(this.m[f][l] / this.u[f][l]);
                if (Field.all()[f].uses(Level.of(l))) {
                    // levels are ordered: weaker agreement never counts more than stronger agreement, even when a
                    // rare level's estimate says so
                    weights[f][l] = Math.min(weights[f][l], stronger);
                    stronger = weights[f][l];
                }
            }
        }
    }

    private static double[][] normalisedCopy(double[][] p) {
        double[][] copy = new double[p.length][Level.SCORED];
        for (int f = 0; f < p.length; f++) {
            if (p[f].length != Level.SCORED) {
                throw new IllegalArgumentException("need " + Level.SCORED + " levels for field " + Field.all()[f]);
            }
            double sum = 0;
            for (int l = 0; l < Level.SCORED; l++) {
                copy[f][l] = Math.max(MIN_PROBABILITY, p[f][l]);
                sum += copy[f][l];
            }
            for (int l = 0; l < Level.SCORED; l++) {
                copy[f][l] /= sum;
            }
        }
        return copy;
    }

    public static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    public boolean directional() {
        return directional;
    }

    public double m(Field field, Level level) {
        return m[field.ordinal()][level.ordinal()];
    }

    public double u(Field field, Level level) {
        return u[field.ordinal()][level.ordinal()];
    }

    /** Copy of all m probabilities, [field][level]. */
    public double[][] mMatrix() {
        return deepCopy(m);
    }

    /** Copy of all u probabilities, [field][level]. */
    public double[][] uMatrix() {
        return deepCopy(u);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** log2(m/u) of a level; 0 for {@link Level#MISSING}. */
    public double weight(Field field, Level level) {
        return level == Level.MISSING ? 0.0 : weights[field.ordinal()][level.ordinal()];
    }

    /** Same as {@link #weight(Field, Level)} by ordinals, for hot loops. */
    public double weight(int field, int level) {
        return level >= Level.SCORED ? 0.0 : weights[field][level];
    }

    /** log2(m / uAdjusted): the weight of a level when the chance agreement is the term frequency. */
    public double adjustedWeight(int field, int level, double adjustedU) {
        double uTf = Math.max(MIN_PROBABILITY * MIN_PROBABILITY, adjustedU);
        return log2(m[field][level] / uTf);
    }

    public double lambda() {
        return lambda;
    }

    /** log2 of the prior odds lambda/(1-lambda). */
    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    public double threshold() {
        return threshold;
    }

    /** Relative frequency of a phonetic name key among records. */
    public double tokenFrequency(String key) {
        Float f = tokenFrequency.get(key);
        return f != null ? f : unseenTokenFrequency;
    }

    public float unseenTokenFrequency() {
        return unseenTokenFrequency;
    }

    /** Read-only view of the token frequency table. */
    public Map<String, Float> tokenFrequencies() {
        return java.util.Collections.unmodifiableMap(tokenFrequency);
    }

    /** Same parameters with another decision threshold. */
    public LinkageModel withThreshold(double newThreshold) {
        return new LinkageModel(directional, m, u, lambda, newThreshold, tokenFrequency, unseenTokenFrequency);
    }

    /** Same model with other m, u and lambda (used by estimation and by learning from reviewed pairs). */
    public LinkageModel withParameters(double[][] newM, double[][] newU, double newLambda) {
        return new LinkageModel(directional, newM, newU, newLambda, threshold, tokenFrequency,
                unseenTokenFrequency);
    }

    /** Converts a match weight (bits, prior included) into a probability. */
    public static double probability(double totalWeight) {
        return 1.0 / (1.0 + Math.pow(2.0, -totalWeight));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("LinkageModel{lambda=").append(String.format("%.4g", lambda))
                .append(", threshold=").append(threshold).append('\n');
        for (Field f : Field.all()) {
            s.append(String.format(java.util.Locale.ROOT, "  %-14s", f));
            for (int l = 0; l < Level.SCORED; l++) {
                s.append(String.format(java.util.Locale.ROOT, " %s m=%.3f u=%.4f w=%+.1f;", Level.of(l),
                        m[f.ordinal()][l], u[f.ordinal()][l], weights[f.ordinal()][l]));
            }
            s.append('\n');
        }
        return s.append('}').toString();
    }
}
