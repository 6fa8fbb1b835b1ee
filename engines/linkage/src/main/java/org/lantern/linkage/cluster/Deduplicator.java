package org.lantern.linkage.cluster;

import org.lantern.linkage.api.LinkageModel;
import org.lantern.linkage.compare.Comparison;
import org.lantern.linkage.compare.PreparedRecord;
import org.lantern.linkage.index.LinkageIndex;
import org.lantern.linkage.score.FellegiSunter;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Deduplicates one table: every record queries the index of the same table, pairs at or above the threshold become
 * edges, and clusters are the connected components (union-find). To limit chaining (A~B, B~C, but A and C differ)
 * edges are applied strongest first and an edge that would grow a cluster beyond {@code maxClusterSize} is dropped.
 * Time O(n·(K·c + C·t²) + E log E) for E edges; space O(n + E).
 */
public final class Deduplicator {

    private Deduplicator() {
    }

    /**
     * @param records        the table; slot i of {@code index} must be {@code records.get(i)}
     * @param maxClusterSize largest cluster the guard lets form
     * @return cluster number of each record (the smallest slot in its cluster)
     */
    public static int[] clusters(LinkageModel model, List<PreparedRecord> records, LinkageIndex index,
                                 int maxClusterSize) {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(records, "records must not be null");
        Objects.requireNonNull(index, "index must not be null");
        int n = records.size();
        double thresholdWeight = weightOf(model.threshold());
        ThreadLocal<Comparison> scratch = ThreadLocal.withInitial(Comparison::new);
        long[][] perRecord = IntStream.range(0, n).parallel().mapToObj(i -> {
            PreparedRecord a = records.get(i);
            long[] edges = new long[4];
            int e = 0;
            for (int j : index.candidateSlots(a)) {
                if (j <= i) {
                    continue;
                }
                double w = FellegiSunter.weight(model, a, records.get(j), scratch.get());
                if (w >= thresholdWeight) {
                    if (e + 2 > edges.length) {
                        edges = Arrays.copyOf(edges, edges.length * 2);
                    }
                    edges[e++] = Double.doubleToLongBits(w);
                    edges[e++] = ((long) i << 32) | j;
                }
            }
            return Arrays.copyOf(edges, e);
        }).toArray(long[][]::new);
        int edgeCount = 0;
        for (long[] r : perRecord) {
            edgeCount += r.length / 2;
        }
        double[] weights = new double[edgeCount];
        long[] pairs = new long[edgeCount];
        Integer[] order = new Integer[edgeCount];
        int e = 0;
        for (long[] r : perRecord) {
            for (int x = 0; x < r.length; x += 2) {
                weights[e] = Double.longBitsToDouble(r[x]);
                pairs[e] = r[x + 1];
                order[e] = e;
                e++;
            }
        }
        Arrays.sort(order, (x, y) -> Double.compare(weights[y], weights[x]));
        UnionFind sets = new UnionFind(n);
        for (int idx : order) {
            int a = (int) (pairs[idx] >>> 32);
            int b = (int) pairs[idx];
            if (sets.find(a) != sets.find(b) && sets.sizeOf(a) + sets.sizeOf(b) <= maxClusterSize) {
                sets.union(a, b);
            }
        }
        int[] cluster = new int[n];
        int[] smallest = new int[n];
        Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            smallest[root] = Math.min(smallest[root], i);
        }
        for (int i = 0; i < n; i++) {
            cluster[i] = smallest[sets.find(i)];
        }
        return cluster;
    }

    /** Pairs scored by probability: the weight at which the probability equals p. */
    private static double weightOf(double p) {
        double clamped = Math.min(1 - 1e-12, Math.max(1e-12, p));
        return LinkageModel.log2(clamped / (1 - clamped));
    }

    /** Scores one pair of a table (convenience for reviewers' screens). */
    public static double probability(LinkageModel model, PreparedRecord a, PreparedRecord b) {
        return FellegiSunter.probability(model, a, b);
    }
}
