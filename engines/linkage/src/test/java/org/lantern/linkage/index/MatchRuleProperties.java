package org.lantern.linkage.index;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.DoubleRange;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Decision rules over random candidate lists. */
class MatchRuleProperties {

    private record Lists(int k, int[] counts, int[] slots, float[] probability, int foundCount) {
    }

    private static Lists lists(long seed, int k, int missing, int found) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] counts = new int[missing];
        int[] slots = new int[missing * k];
        float[] probability = new float[missing * k];
        for (int i = 0; i < missing; i++) {
            counts[i] = random.nextInt(k + 1);
            float p = 1f;
            for (int j = 0; j < counts[i]; j++) {
                // distinct slots per list, probabilities descending (ties sometimes)
                int slot;
                do {
                    slot = random.nextInt(found);
                } while (contains(slots, i * k, i * k + j, slot));
                slots[i * k + j] = slot;
                p = random.nextInt(4) == 0 ? p : p * (float) random.nextDouble();
                probability[i * k + j] = p;
            }
        }
        return new Lists(k, counts, slots, probability, found);
    }

    private static boolean contains(int[] a, int from, int to, int v) {
        for (int i = from; i < to; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] decide(Lists l, double threshold, BatchLinker.MatchRule rule) {
        return BatchLinker.decide(threshold, l.counts, l.slots, l.probability, l.k, l.foundCount, rule);
    }

    @Property
    void greedyIsOneToOneAboveTheThresholdAndKeepsEveryMutualBestPair(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 10) int k, @ForAll @IntRange(min = 1, max = 40) int missing,
            @ForAll @IntRange(min = 10, max = 40) int found, @ForAll @DoubleRange(min = 0, max = 1) double threshold) {
        Lists l = lists(seed, k, missing, found);
        boolean[] greedy = decide(l, threshold, BatchLinker.MatchRule.GREEDY);
        boolean[] mutual = decide(l, threshold, BatchLinker.MatchRule.MUTUAL_BEST);
        boolean[] all = decide(l, threshold, BatchLinker.MatchRule.ALL);
        int[] perFound = new int[found];
        for (int i = 0; i < missing; i++) {
            int perMissing = 0;
            for (int j = 0; j < l.counts[i]; j++) {
                int e = i * k + j;
                assertThat(all[e]).isEqualTo(l.probability[e] >= threshold);
                if (greedy[e]) {
                    assertThat(all[e]).isTrue();
                    perMissing++;
                    perFound[l.slots[e]]++;
                }
                if (mutual[e] && !tiedForFound(l, e)) {
                    assertThat(greedy[e]).as("mutual best pair %d", e).isTrue();
                }
            }
            assertThat(perMissing).isLessThanOrEqualTo(1);
        }
        assertThat(java.util.Arrays.stream(perFound).max().orElse(0)).isLessThanOrEqualTo(1);
    }

    /** Mutual best accepts every report tied for a found record's best; greedy takes one of them. */
    private static boolean tiedForFound(Lists l, int entry) {
        for (int i = 0; i < l.counts.length; i++) {
            for (int j = 0; j < l.counts[i]; j++) {
                int e = i * l.k + j;
                if (e != entry && l.slots[e] == l.slots[entry] && l.probability[e] == l.probability[entry]) {
                    return true;
                }
            }
        }
        return false;
    }

    @Property
    void greedyLeavesNoPairAboveTheThresholdWithBothRecordsFree(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 10) int k, @ForAll @IntRange(min = 1, max = 40) int missing,
            @ForAll @DoubleRange(min = 0, max = 1) double threshold) {
        Lists l = lists(seed, k, missing, 25);
        boolean[] greedy = decide(l, threshold, BatchLinker.MatchRule.GREEDY);
        boolean[] missingTaken = new boolean[missing];
        boolean[] foundTaken = new boolean[25];
        for (int e = 0; e < greedy.length; e++) {
            if (greedy[e]) {
                missingTaken[e / k] = true;
                foundTaken[l.slots[e]] = true;
            }
        }
        for (int i = 0; i < missing; i++) {
            for (int j = 0; j < l.counts[i]; j++) {
                int e = i * k + j;
                if (l.probability[e] >= threshold) {
                    assertThat(missingTaken[i] || foundTaken[l.slots[e]]).as("maximal, pair %d", e).isTrue();
                }
            }
        }
    }

    @Property
    void competingKeepsOnlyMutualBestPairsAndAllOfThemWhenUncontested(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 10) int k, @ForAll @IntRange(min = 1, max = 40) int missing,
            @ForAll @IntRange(min = 10, max = 40) int found, @ForAll @DoubleRange(min = 0, max = 1) double threshold) {
        Lists l = lists(seed, k, missing, found);
        boolean[] competing = decide(l, threshold, BatchLinker.MatchRule.COMPETING);
        boolean[] mutual = decide(l, threshold, BatchLinker.MatchRule.MUTUAL_BEST);
        int[] listed = new int[found];
        for (int e = 0; e < l.slots.length; e++) {
            if (e % k < l.counts[e / k]) {
                listed[l.slots[e]]++;
            }
        }
        for (int i = 0; i < missing; i++) {
            for (int j = 0; j < l.counts[i]; j++) {
                int e = i * k + j;
                if (competing[e]) {
                    assertThat(mutual[e]).isTrue();
                }
                if (mutual[e] && l.counts[i] == 1 && listed[l.slots[e]] == 1) {
                    // no competitor: the probability against competitors is the pair's own
                    assertThat(competing[e]).as("uncontested pair %d", e).isTrue();
                }
            }
        }
    }
}
