package org.lantern.linkage.score;

import org.lantern.linkage.api.Field;
import org.lantern.linkage.api.Level;
import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PairComparator;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.normalise.NormalisedName;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Estimates a {@link LinkageModel} from unlabelled data, in three steps.
 * <ol>
 * <li>Term frequencies: share of records whose name contains each phonetic key. O(n·t).</li>
 * <li>u probabilities from random pairs, which are almost all non-matches (as in Splink and
 * Winkler's practice). O(s) for s sampled pairs.</li>
 * <li>m probabilities and the prior lambda by expectation–maximisation over the comparison patterns of
 * blocked candidate pairs, u held fixed (Winkler 1988, "Using the EM algorithm for weight computation in the
 * Fellegi-Sunter model of record linkage"). Pairs are reduced to distinct patterns first, so an iteration costs
 * O(p·f) for p distinct patterns and f fields.</li>
 * </ol>
 */
public final class ModelEstimator {

    /** Settings of the estimation. */
    public record Options(int randomPairs, int emSampleRecords, int emIterations, double threshold, long seed) {
        public static final Options DEFAULT = new Options(100_000, 20_000, 100, 0.5, 42L);
    }

    private static final double EPSILON = 1e-9;
    private static final double PRIOR_SHARE = Double.parseDouble(System.getProperty("lantern.priorShare", "0.5"));
    private static final double LOGICAL_PRIOR_FACTOR = Double.parseDouble(System.getProperty("lantern.logicalFactor", "10"));

    private ModelEstimator() {
    }

    /**
     * Estimates a model for linking {@code left} (missing) to {@code right} (found), or for deduplicating one
     * table when {@code left == right} and {@code directional} is false.
     *
     * @param candidates blocking output: candidate right slots of a left slot
     */
    public static LinkageModel estimate(List<PreparedRecord> left, List<PreparedRecord> right, boolean directional,
                                        CandidateSource candidates, Options options) {
        Objects.requireNonNull(left, "left records must not be null");
        Objects.requireNonNull(right, "right records must not be null");
        Objects.requireNonNull(candidates, "candidate source must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Map<String, Float> frequencies = tokenFrequencies(left, right == left ? List.of() : right);
        int population = left.size() + (right == left ? 0 : right.size());
        float unseen = 1f / Math.max(1, population);
        LinkageModel start = new LinkageModel(directional, initialM(), uniform(), 0.01, options.threshold(),
                frequencies, unseen);
        if (left.isEmpty() || right.isEmpty()) {
            return start;
        }
        double[][] u = estimateU(start, left, right, options);
        start = start.withParameters(initialM(), u, 0.05);
        CandidateSample sample = candidatePatterns(start, left, right, candidates, options);
        LinkageModel fitted = expectationMaximisation(start, sample.patterns(), options.emIterations());
        // EM's lambda is the share of matches among candidate pairs; scoring uses u of random pairs, so the prior
        // must be the share of matches among all pairs
        double candidatePairs = sample.pairs() * ((double) left.size() / Math.max(1, sample.records()));
        double allPairs = right == left ? (double) left.size() * (left.size() - 1) : (double) left.size() * right.size();
        double lambda = Math.min(0.5, Math.max(1e-12, fitted.lambda() * candidatePairs / Math.max(1, allPairs)));
        return fitted.withParameters(fitted.mMatrix(), u, lambda);
    }

    /** Comparison patterns of the blocked pairs of a sample of left records. */
    record CandidateSample(Map<Long, Long> patterns, int records, long pairs) {
    }

    /** Relative frequency of each phonetic name key among the records of both tables. */
    public static Map<String, Float> tokenFrequencies(List<PreparedRecord> left, List<PreparedRecord> right) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (List<PreparedRecord> table : List.of(left, right)) {
            for (PreparedRecord r : table) {
                NormalisedName name = r.name();
                seen.clear();
                for (String k : name.keys()) {
                    if (seen.add(k)) {
                        counts.merge(k, 1, Integer::sum);
                    }
                }
                seen.clear();
                for (String k : r.fatherName().keys()) {
                    if (seen.add(k)) {
                        counts.merge(k, 1, Integer::sum);
                    }
                }
            }
        }
        double n = Math.max(1, left.size() + right.size());
        Map<String, Float> out = new HashMap<>();
        counts.forEach((k, c) -> {
            if (c >= 2) {
                out.put(k, (float) (c / n));
            }
        });
        return out;
    }

    private static double[][] estimateU(LinkageModel model, List<PreparedRecord> left, List<PreparedRecord> right,
                                        Options options) {
        int fields = Field.all().length;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        int perThread = Math.max(1, options.randomPairs() / threads);
        long[][] counts = IntStream.range(0, threads).parallel().mapToObj(t -> {
            SplittableRandom random = new SplittableRandom(options.seed() + t);
            long[] local = new long[fields * Level.SCORED];
            Comparison c = new Comparison();
            for (int s = 0; s < perThread; s++) {
                PreparedRecord a = left.get(random.nextInt(left.size()));
                PreparedRecord b = right.get(random.nextInt(right.size()));
                if (a == b) {
                    continue;
                }
                PairComparator.compare(model, a, b, c);
                for (int f = 0; f < fields; f++) {
                    int l = c.levelOrdinal(f);
                    if (l < Level.SCORED) {
                        local[f * Level.SCORED + l]++;
                    }
                }
            }
            return local;
        }).toArray(long[][]::new);
        double[][] u = new double[fields][Level.SCORED];
        for (int f = 0; f < fields; f++) {
            double total = 0;
            for (int l = 0; l < Level.SCORED; l++) {
                for (long[] local : counts) {
                    u[f][l] += local[f * Level.SCORED + l];
                }
                total += u[f][l];
            }
            for (int l = 0; l < Level.SCORED; l++) {
                // half a pseudo-count keeps unseen agreement levels finite but rare
                u[f][l] = (u[f][l] + 0.5) / (total + 0.5 * Level.SCORED);
            }
        }
        return u;
    }

    private static CandidateSample candidatePatterns(LinkageModel model, List<PreparedRecord> left,
                                                     List<PreparedRecord> right, CandidateSource candidates,
                                                     Options options) {
        int n = left.size();
        int sample = Math.min(n, options.emSampleRecords());
        SplittableRandom random = new SplittableRandom(options.seed());
        int[] slots = sample == n ? IntStream.range(0, n).toArray() : random.ints(sample, 0, n).toArray();
        Map<Long, Long> patterns = IntStream.of(slots).parallel().mapToObj(slot -> {
            Map<Long, Long> local = new HashMap<>();
            Comparison c = new Comparison();
            PreparedRecord a = left.get(slot);
            for (int other : candidates.candidates(slot)) {
                PreparedRecord b = right.get(other);
                if (a == b) {
                    continue;
                }
                PairComparator.compare(model, a, b, c);
                local.merge(c.pattern(), 1L, Long::sum);
            }
            return local;
        }).reduce(new HashMap<>(), (x, y) -> {
            Map<Long, Long> big = x.size() >= y.size() ? x : y;
            Map<Long, Long> small = big == x ? y : x;
            small.forEach((k, v) -> big.merge(k, v, Long::sum));
            return big;
        });
        long pairs = patterns.values().stream().mapToLong(Long::longValue).sum();
        return new CandidateSample(patterns, sample, pairs);
    }

    /**
     * EM for m, u and lambda over distinct comparison patterns of candidate pairs and their counts
     * (the two-class latent model of Winkler 1988). The returned model carries the candidate-pair u; callers that
     * score with random-pair u replace it.
     *
     * @param patterns pattern (see {@link Comparison#pattern()}) to number of candidate pairs
     */
    public static LinkageModel expectationMaximisation(LinkageModel start, Map<Long, Long> patterns, int iterations) {
        int fields = Field.all().length;
        int p = patterns.size();
        if (p == 0) {
            return start;
        }
        int[][] levels = new int[p][fields];
        double[] counts = new double[p];
        int i = 0;
        for (Map.Entry<Long, Long> e : patterns.entrySet()) {
            for (int f = 0; f < fields; f++) {
                levels[i][f] = Comparison.levelOf(e.getKey(), f);
            }
            counts[i++] = e.getValue();
        }
        double[][] m = start.mMatrix();
        double[][] u = start.uMatrix();
        double lambda = start.lambda();
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[][] mNumerator = new double[fields][Level.SCORED];
            double[][] uNumerator = new double[fields][Level.SCORED];
            double matched = 0;
            double total = 0;
            for (int k = 0; k < p; k++) {
                double logRatio = 0;
                for (int f = 0; f < fields; f++) {
                    int l = levels[k][f];
                    if (l < Level.SCORED) {
                        logRatio += Math.log(m[f][l]) - Math.log(u[f][l]);
                    }
                }
                double priorOdds = lambda / (1 - lambda);
                double odds = priorOdds * Math.exp(Math.min(700, logRatio));
                double g = odds / (1 + odds);
                double w = g * counts[k];
                double notW = (1 - g) * counts[k];
                matched += w;
                total += counts[k];
                for (int f = 0; f < fields; f++) {
                    int l = levels[k][f];
                    if (l < Level.SCORED) {
                        mNumerator[f][l] += w;
                        uNumerator[f][l] += notW;
                    }
                }
            }
            // weak Dirichlet prior on m (worth a fifth of the expected matches) keeps EM on the class of true
            // matches rather than on another cluster of candidate pairs, such as pairs from the same district
            double strength = PRIOR_SHARE * matched + 10;
            double[][] prior = priorM();
            for (int f = 0; f < fields; f++) {
                double fieldStrength = f == Field.EVENT_ORDER.ordinal() || f == Field.AGE.ordinal()
                        ? LOGICAL_PRIOR_FACTOR * strength : strength;
                for (int l = 0; l < Level.SCORED; l++) {
                    mNumerator[f][l] += fieldStrength * prior[f][l];
                }
            }
            double change = Math.max(update(m, mNumerator), update(u, uNumerator));
            double newLambda = Math.min(0.999, Math.max(1e-6, matched / total));
            change = Math.max(change, Math.abs(newLambda - lambda));
            lambda = newLambda;
            if (change < 1e-5) {
                break;
            }
        }
        return start.withParameters(m, u, lambda);
    }

    /** Maximisation step for one class: new probabilities from expected counts; returns the largest change. */
    private static double update(double[][] p, double[][] numerator) {
        double change = 0;
        for (int f = 0; f < p.length; f++) {
            double sum = 0;
            for (int l = 0; l < Level.SCORED; l++) {
                sum += numerator[f][l];
            }
            if (sum < EPSILON) {
                continue; // field never observed: keep the prior
            }
            for (int l = 0; l < Level.SCORED; l++) {
                double updated = (numerator[f][l] + 0.1) / (sum + 0.1 * Level.SCORED);
                change = Math.max(change, Math.abs(updated - p[f][l]));
                p[f][l] = updated;
            }
        }
        return change;
    }

    /** Starting m, also the mean of the prior: what a match is expected to look like before seeing data. */
    static double[][] initialM() {
        return priorM();
    }

    /**
     * Prior means of m per field (EXACT, PHONETIC, FUZZY_HIGH, FUZZY_LOW, DISAGREE): names of one person agree at
     * least phonetically most of the time; a person is found after she went missing; estimated ages are off by a
     * few years; identifiers rarely disagree.
     */
    static double[][] priorM() {
        double[][] m = new double[Field.all().length][];
        m[Field.NAME.ordinal()] = new double[] {0.35, 0.30, 0.15, 0.12, 0.08};
        m[Field.FATHER_NAME.ordinal()] = new double[] {0.35, 0.30, 0.15, 0.12, 0.08};
        m[Field.SEX.ordinal()] = new double[] {0.95, 0, 0, 0, 0.05};
        m[Field.AGE.ordinal()] = new double[] {0.60, 0, 0.30, 0.07, 0.03};
        m[Field.EVENT_ORDER.ordinal()] = new double[] {0.99, 0, 0, 0, 0.01};
        m[Field.HOME_DISTRICT.ordinal()] = new double[] {0.55, 0.10, 0.15, 0.10, 0.10};
        m[Field.HOME_STATE.ordinal()] = new double[] {0.90, 0, 0.04, 0, 0.06};
        m[Field.PHONE.ordinal()] = new double[] {0.90, 0, 0.05, 0, 0.05};
        m[Field.DATE_OF_BIRTH.ordinal()] = new double[] {0.70, 0, 0.15, 0.10, 0.05};
        m[Field.ADDRESS.ordinal()] = new double[] {0.45, 0.10, 0.20, 0.15, 0.10};
        return m;
    }

    private static double[][] uniform() {
        double[][] u = new double[Field.all().length][Level.SCORED];
        for (double[] row : u) {
            java.util.Arrays.fill(row, 1.0 / Level.SCORED);
        }
        return u;
    }
}
