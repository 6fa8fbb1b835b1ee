package org.lantern.network.graph;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Accumulates edges (u, v, weight, seconds) and builds a {@link CsrGraph}, merging parallel edges
 * by summing weights and durations and dropping self-loops.
 *
 * <p>Building is a counting sort of arcs by tail (O(n + E)) followed by a per-node merge of
 * duplicate heads with a position marker (O(E), no sorting), run in parallel over node ranges.
 * Peak space is about 16 bytes per added edge on top of the result.
 */
public final class GraphBuilder {

  private int[] tails = new int[1024];
  private int[] heads = new int[1024];
  private double[] weights = new double[1024];
  private int[] seconds = new int[1024];
  private int count;
  private int maxNode = -1;

  /** Adds an undirected edge of weight 1 and no duration (e.g. one call of unknown length). */
  public GraphBuilder addEdge(int u, int v) {
    return addEdge(u, v, 1.0, 0);
  }

  /** Adds an undirected edge; repeated pairs are merged when building. */
  public GraphBuilder addEdge(int u, int v, double weight, int durationSeconds) {
    if (u < 0 || v < 0) {
      throw new IllegalArgumentException("node ids must be non-negative: " + u + ", " + v);
    }
    if (count == tails.length) {
      int capacity = count * 2;
      tails = Arrays.copyOf(tails, capacity);
      heads = Arrays.copyOf(heads, capacity);
      weights = Arrays.copyOf(weights, capacity);
      seconds = Arrays.copyOf(seconds, capacity);
    }
    tails[count] = u;
    heads[count] = v;
    weights[count] = weight;
    seconds[count] = durationSeconds;
    count++;
    maxNode = Math.max(maxNode, Math.max(u, v));
    return this;
  }

  /** Builds a graph with {@code max(nodeCount, largest id + 1)} nodes. */
  public CsrGraph build(int nodeCount) {
    return build(Math.max(nodeCount, maxNode + 1), tails, heads, weights, seconds, count);
  }

  /** Builds a graph whose node count is the largest id + 1. */
  public CsrGraph build() {
    return build(0);
  }

  /**
   * Builds from parallel arrays of edge records without copying them first.
   *
   * @param nodeCount number of nodes; every id must be below it
   * @param tails one end of each record
   * @param heads other end of each record
   * @param recordWeights weight of each record, or null for 1 per record (a call count)
   * @param recordSeconds seconds of each record, or null
   * @param recordCount number of records used from the arrays
   */
  public static CsrGraph build(
      int nodeCount, int[] tails, int[] heads, double[] recordWeights, int[] recordSeconds, int recordCount) {
    Objects.requireNonNull(tails, "tails must not be null");
    Objects.requireNonNull(heads, "heads must not be null");
    int[] degree = new int[nodeCount + 1];
    for (int i = 0; i < recordCount; i++) {
      int u = tails[i];
      int v = heads[i];
      if (u != v) {
        degree[u]++;
        degree[v]++;
      }
    }
    int[] rawOffsets = new int[nodeCount + 1];
    for (int v = 0; v < nodeCount; v++) {
      rawOffsets[v + 1] = rawOffsets[v] + degree[v];
    }
    int arcCount = rawOffsets[nodeCount];
    int[] rawTargets = new int[arcCount];
    double[] rawWeights = new double[arcCount];
    long[] rawSeconds = new long[arcCount];
    int[] cursor = Arrays.copyOf(rawOffsets, nodeCount);
    for (int i = 0; i < recordCount; i++) {
      int u = tails[i];
      int v = heads[i];
      if (u == v) {
        continue;
      }
      double w = recordWeights == null ? 1.0 : recordWeights[i];
      long s = recordSeconds == null ? 0 : recordSeconds[i];
      int a = cursor[u]++;
      rawTargets[a] = v;
      rawWeights[a] = w;
      rawSeconds[a] = s;
      int b = cursor[v]++;
      rawTargets[b] = u;
      rawWeights[b] = w;
      rawSeconds[b] = s;
    }
    cursor = null;
    // merge duplicate heads in place: each node's unique arcs move to the front of its slice
    int[] uniqueDegree = degree;
    int chunks = Math.max(1, Math.min(64, nodeCount / 4096));
    IntStream.range(0, chunks).parallel().forEach(chunk -> {
      int from = (int) ((long) nodeCount * chunk / chunks);
      int to = (int) ((long) nodeCount * (chunk + 1) / chunks);
      mergeDuplicates(from, to, rawOffsets, rawTargets, rawWeights, rawSeconds, uniqueDegree, nodeCount);
    });
    int[] offsets = new int[nodeCount + 1];
    for (int v = 0; v < nodeCount; v++) {
      offsets[v + 1] = offsets[v] + uniqueDegree[v];
    }
    int uniqueArcs = offsets[nodeCount];
    if (uniqueArcs == arcCount) {
      return new CsrGraph(offsets, rawTargets, rawWeights, rawSeconds);
    }
    int[] targets = new int[uniqueArcs];
    double[] weights = new double[uniqueArcs];
    long[] seconds = new long[uniqueArcs];
    IntStream.range(0, chunks).parallel().forEach(chunk -> {
      int from = (int) ((long) nodeCount * chunk / chunks);
      int to = (int) ((long) nodeCount * (chunk + 1) / chunks);
      for (int v = from; v < to; v++) {
        int length = uniqueDegree[v];
        System.arraycopy(rawTargets, rawOffsets[v], targets, offsets[v], length);
        System.arraycopy(rawWeights, rawOffsets[v], weights, offsets[v], length);
        System.arraycopy(rawSeconds, rawOffsets[v], seconds, offsets[v], length);
      }
    });
    return new CsrGraph(offsets, targets, weights, seconds);
  }

  private static void mergeDuplicates(
      int from, int to, int[] offsets, int[] targets, double[] weights, long[] seconds,
      int[] uniqueDegree, int nodeCount) {
    // position of each head in the current node's unique prefix; valid only if it points back
    int[] position = new int[nodeCount];
    for (int v = from; v < to; v++) {
      int start = offsets[v];
      int write = start;
      for (int a = start; a < offsets[v + 1]; a++) {
        int head = targets[a];
        int p = position[head];
        if (p >= start && p < write && targets[p] == head) {
          weights[p] += weights[a];
          seconds[p] += seconds[a];
        } else {
          position[head] = write;
          targets[write] = head;
          weights[write] = weights[a];
          seconds[write] = seconds[a];
          write++;
        }
      }
      uniqueDegree[v] = write - start;
    }
  }
}
