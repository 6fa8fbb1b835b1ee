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
 * table, then a one-to-one decision (a pair is a match when its probability reaches the threshold and each record
 * is the other's best candidate), since a found person matches at most one report.
 * Time O(n·(K·c + C·t²)) spread over all cores; space O(n·k).
 */
public final class BatchLinker {

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

    public static Result link(LinkageModel model, List<PreparedRecord> missing, LinkageIndex foundIndex, int k,
                              boolean oneToOne, Consumer<String> progress) {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(missing, "missing records must not be null");
        Objects.requireNonNull(foundIndex, "index must not be null");
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
        boolean[] match = decide(model.threshold(), counts, slots, probability, k, foundIndex.slotCount(), oneToOne);
        return new Result(k, counts, slots, probability, match);
    }

    private static boolean[] decide(double threshold, int[] counts, int[] slots, float[] probability, int k,
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
