package org.lantern.network.graph;

import java.util.Objects;
import org.lantern.network.api.Graph;

/**
 * Immutable undirected weighted graph in compressed sparse row form: the arcs of node v are
 * {@code targets[offsets[v] .. offsets[v+1])}. Space: 4(n+1) + 12·2m bytes plus optional 8·2m for
 * per-arc total durations. Neighbour iteration is O(degree); every other accessor is O(1).
 */
public final class CsrGraph implements Graph {

  private final int[] offsets;
  private final int[] targets;
  private final double[] weights;
  private final long[] durations;
  private final double[] strengths;
  private final double totalWeight;

  /**
   * Wraps CSR arrays without copying. Callers guarantee symmetry: arc u→v with weight w exists iff
   * v→u with weight w exists.
   *
   * @param offsets n+1 arc offsets, non-decreasing, offsets[0] = 0
   * @param targets head of each arc
   * @param weights weight of each arc
   * @param durations total call seconds of each arc's edge, or null
   */
  public CsrGraph(int[] offsets, int[] targets, double[] weights, long[] durations) {
    this.offsets = Objects.requireNonNull(offsets, "offsets must not be null");
    this.targets = Objects.requireNonNull(targets, "targets must not be null");
    this.weights = Objects.requireNonNull(weights, "weights must not be null");
    if (targets.length != weights.length || offsets[offsets.length - 1] > targets.length) {
      throw new IllegalArgumentException("offsets, targets and weights disagree in length");
    }
    this.durations = durations;
    int n = offsets.length - 1;
    this.strengths = new double[n];
    double total = 0;
    for (int v = 0; v < n; v++) {
      double s = 0;
      for (int a = offsets[v]; a < offsets[v + 1]; a++) {
        s += weights[a];
      }
      strengths[v] = s;
      total += s;
    }
    this.totalWeight = total / 2;
  }

  @Override
  public int nodeCount() {
    return offsets.length - 1;
  }

  @Override
  public long edgeCount() {
    return offsets[offsets.length - 1] / 2;
  }

  @Override
  public int arcStart(int node) {
    return offsets[node];
  }

  @Override
  public int arcEnd(int node) {
    return offsets[node + 1];
  }

  @Override
  public int target(int arc) {
    return targets[arc];
  }

  @Override
  public double weight(int arc) {
    return weights[arc];
  }

  @Override
  public double strength(int node) {
    return strengths[node];
  }

  @Override
  public double totalWeight() {
    return totalWeight;
  }

  /** Total call seconds on the edge of {@code arc}, or 0 when durations were not recorded. */
  public long duration(int arc) {
    return durations == null ? 0 : durations[arc];
  }

  /** A CSR copy of any graph (the same object when it already is one). */
  public static CsrGraph copyOf(Graph graph) {
    Objects.requireNonNull(graph, "graph must not be null");
    if (graph instanceof CsrGraph csr) {
      return csr;
    }
    int n = graph.nodeCount();
    int[] offsets = new int[n + 1];
    for (int v = 0; v < n; v++) {
      offsets[v + 1] = offsets[v] + graph.degree(v);
    }
    int[] targets = new int[offsets[n]];
    double[] weights = new double[offsets[n]];
    for (int v = 0; v < n; v++) {
      int write = offsets[v];
      for (int a = graph.arcStart(v); a < graph.arcEnd(v); a++, write++) {
        targets[write] = graph.target(a);
        weights[write] = graph.weight(a);
      }
    }
    return new CsrGraph(offsets, targets, weights, null);
  }

  /** The same graph with each edge weight w replaced by {@code transform(w)} (must be positive). */
  public CsrGraph withWeights(java.util.function.DoubleUnaryOperator transform) {
    Objects.requireNonNull(transform, "transform must not be null");
    double[] transformed = new double[weights.length];
    for (int a = 0; a < weights.length; a++) {
      transformed[a] = transform.applyAsDouble(weights[a]);
    }
    return new CsrGraph(offsets, targets, transformed, durations);
  }

  /** Arc from {@code from} to {@code to}, or -1; O(degree(from)). */
  public int findArc(int from, int to) {
    for (int a = offsets[from]; a < offsets[from + 1]; a++) {
      if (targets[a] == to) {
        return a;
      }
    }
    return -1;
  }
}
