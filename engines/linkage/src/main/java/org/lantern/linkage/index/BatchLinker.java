package org.lantern.linkage.index;

import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PreparedRecord;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Links every missing record to its best found candidates: parallel top-k queries against an index of the found
 * table, then a decision by a {@link MatchRule}; by default one-to-one ({@link #ONE_TO_ONE}: a pair is a match
 * when each record is the other's best candidate and its probability against the competing pairs of both records
 * reaches the threshold), since a found person matches at most one report.
 * Time O(n·(K·c + C·t²)) spread over all cores; space O(n·k).
 */
public final class BatchLinker {

    /** The one-to-one rule used when one-to-one is asked for. */
    public static final MatchRule ONE_TO_ONE = MatchRule.COMPETING;

    /** How the candidate lists become match decisions; every rule needs the probability to reach the threshold. */
    public enum MatchRule {
        /** Every pair at or above the threshold. */
        ALL,
        /**
         * One-to-one by mutual best: the pair is the first of the missing record's list and no other missing
         * record has the found record with a higher probability. Restricting "best" to the pairs above the
         * threshold changes nothing: a pair below the threshold never beats one above it.
         */
        MUTUAL_BEST,
        /**
         * One-to-one by greedy assignment: pairs above the threshold in decreasing probability (ties by missing
         * record, then rank), each taken when neither of its records is taken yet. Every mutual-best pair is
         * taken; besides, a missing record whose best found record went to a stronger report can still take its
         * next candidate. Time O(m log m) for the m pairs above the threshold.
         */
        GREEDY,
        /**
         * One-to-one by the probability of the pair against its competitors: under the one-to-one constraint,
         * "missing record a is found record b", "a is another of its candidates b'" and "another report a' is
         * b" exclude one another, so the pair's probability among them and "none of these" is
         * o(a,b) / (1 + Σ o(a,b') + Σ o(a',b)) with o the odds of each listed pair. A match needs that to reach
         * the threshold, and mutual best. A competitor as strong as the pair halves its odds; weak ones barely
         * count: a margin set by the model rather than tuned.
         */
        COMPETING
    }

    /**
     * Result: for missing record i, its candidates are entries {@code i*k .. i*k+count[i]-1}.
     *
     * @param k           candidates kept per missing record
     * @param counts      number of candidates per missing record
     * @param foundSlots  found slot of each candidate
     * @param probability match probability of each candidate
     * @param match       decision of each candidate
     */
    public record Result(int k, int[] counts, int[] foundSlots, float[] probability, boolean[] match) {
    }

    private BatchLinker() {
    }

    /** {@link #link(LinkageModel, List, LinkageIndex, int, MatchRule, Consumer)}: {@link #ONE_TO_ONE} or all. */
    public static Result link(LinkageModel model, List<PreparedRecord> missing, LinkageIndex foundIndex, int k,
                              boolean oneToOne, Consumer<String> progress) {
        return link(model, missing, foundIndex, k, oneToOne ? ONE_TO_ONE : MatchRule.ALL, progress);
    }

    public static Result link(LinkageModel model, List<PreparedRecord> missing, LinkageIndex foundIndex, int k,
                              MatchRule rule, Consumer<String> progress) {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(missing, "missing records must not be null");
        Objects.requireNonNull(foundIndex, "index must not be null");
        Objects.requireNonNull(rule, "match rule must not be null");
        int n = missing.size();
        int[] counts = new int[n];
        int[] slots = new int[n * k];
        float[] probability = new float[n * k];
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, n / 10);
        ThreadLocal<double[]> weights = ThreadLocal.withInitial(() -> new double[k]);
        ThreadLocal<int[]> topSlots = ThreadLocal.withInitial(() -> new int[k]);
        ThreadLocal<Comparison> scratch = ThreadLocal.withInitial(Comparison::new);
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] w = weights.get();
            int[] s = topSlots.get();
            int found = foundIndex.topK(model, missing.get(i), k, s, w, scratch.get());
            counts[i] = found;
            for (int j = 0; j < found; j++) {
                slots[i * k + j] = s[j];
                probability[i * k + j] = (float) LinkageModel.probability(w[j]);
            }
            int d = done.incrementAndGet();
            if (progress != null && d % step == 0) {
                progress.accept("scored " + d + " / " + n + " missing records, " + foundIndex.comparisonCount()
                        + " candidate pairs, " + foundIndex.scoredCount() + " compared in full");
            }
        });
        boolean[] match = decide(model.threshold(), counts, slots, probability, k, foundIndex.slotCount(), rule);
        return new Result(k, counts, slots, probability, match);
    }

    /**
     * Match decisions over candidate lists (entries {@code i*k .. i*k+counts[i]-1} of missing record i, best
     * first). Pure: the same lists give the same decisions.
     */
    static boolean[] decide(double threshold, int[] counts, int[] slots, float[] probability, int k,
                            int foundCount, MatchRule rule) {
        return switch (rule) {
            case ALL, MUTUAL_BEST -> mutualBest(threshold, counts, slots, probability, k, foundCount,
                    rule == MatchRule.MUTUAL_BEST);
            case GREEDY -> greedy(threshold, counts, slots, probability, k, foundCount);
            case COMPETING -> competing(threshold, counts, slots, probability, k, foundCount);
        };
    }

    /** Odds of a probability; a probability rounded to 1 counts as odds of 2^24. */
    private static double odds(float p) {
        return p >= 1f ? 0x1p24 : p / (1.0 - p);
    }

    private static boolean[] competing(double threshold, int[] counts, int[] slots, float[] probability, int k,
                                       int foundCount) {
        boolean[] match = mutualBest(threshold, counts, slots, probability, k, foundCount, true);
        double[] foundOdds = new double[foundCount];
        int[] foundListed = new int[foundCount];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i]; j++) {
                int e = i * k + j;
                foundOdds[slots[e]] += odds(probability[e]);
                foundListed[slots[e]]++;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 || !match[i * k]) {
                continue; // only the first of a list can be a mutual best
            }
            double missingOdds = 0;
            for (int j = 0; j < counts[i]; j++) {
                missingOdds += odds(probability[i * k + j]);
            }
            int e = i * k;
            if (counts[i] == 1 && foundListed[slots[e]] == 1) {
                continue; // no competitor: the pair's own probability, already at the threshold
            }
            double o = odds(probability[e]);
            double p = o / (1 + missingOdds + foundOdds[slots[e]] - o);
            match[e] = p >= threshold;
        }
        return match;
    }

    private static boolean[] greedy(double threshold, int[] counts, int[] slots, float[] probability, int k,
                                    int foundCount) {
        int m = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i]; j++) {
                if (probability[i * k + j] >= threshold) {
                    m++;
                }
            }
        }
        long[] order = new long[m];
        m = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i]; j++) {
                int e = i * k + j;
                if (probability[e] >= threshold) {
                    // probabilities are in [0,1]: their float bits order like the values; entry index breaks ties
                    order[m++] = ((long) ~Float.floatToIntBits(probability[e]) << 32) | e;
                }
            }
        }
        Arrays.sort(order);
        boolean[] match = new boolean[slots.length];
        boolean[] missingTaken = new boolean[counts.length];
        boolean[] foundTaken = new boolean[foundCount];
        for (long o : order) {
            int e = (int) o;
            int i = e / k;
            if (!missingTaken[i] && !foundTaken[slots[e]]) {
                missingTaken[i] = true;
                foundTaken[slots[e]] = true;
                match[e] = true;
            }
        }
        return match;
    }

    private static boolean[] mutualBest(double threshold, int[] counts, int[] slots, float[] probability, int k,
                                        int foundCount, boolean oneToOne) {
        boolean[] match = new boolean[slots.length];
        float[] bestForFound = new float[foundCount];
        Arrays.fill(bestForFound, -1f);
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i]; j++) {
                int e = i * k + j;
                bestForFound[slots[e]] = Math.max(bestForFound[slots[e]], probability[e]);
            }
        }
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i]; j++) {
                int e = i * k + j;
                boolean above = probability[e] >= threshold;
                match[e] = oneToOne ? above && j == 0 && probability[e] >= bestForFound[slots[e]] : above;
            }
        }
        return match;
    }
}
