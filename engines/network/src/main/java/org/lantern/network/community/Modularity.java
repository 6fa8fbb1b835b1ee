package org.lantern.network.community;

import java.util.Objects;
import org.lantern.network.api.Graph;
import org.lantern.network.api.Partition;

/**
 * Newman–Girvan modularity with resolution:
 * <pre>  Q = sum_c [ L_c / m - gamma * (K_c / 2m)^2 ]</pre>
 * where m is the total edge weight, L_c the weight of edges inside community c and K_c the sum of
 * weighted degrees in c (M. E. J. Newman, M. Girvan, Phys. Rev. E 69, 026113, 2004). For gamma = 1
 * Q lies in [-1/2, 1]. Time O(n + m), space O(number of communities).
 */
public final class Modularity {

  private Modularity() {}

  /** Modularity with gamma = 1. */
  public static double of(Graph graph, Partition partition) {
    return of(graph, partition, 1.0);
  }

  /** Modularity with resolution {@code gamma}. */
  public static double of(Graph graph, Partition partition, double gamma) {
    Objects.requireNonNull(graph, "graph must not be null");
    Objects.requireNonNull(partition, "partition must not be null");
    if (partition.nodeCount() != graph.nodeCount()) {
      throw new IllegalArgumentException("partition and graph differ in node count");
    }
    double m = graph.totalWeight();
    if (m == 0) {
      return 0;
    }
    double[] inside = new double[partition.clusterCount()];
    double[] degreeSum = new double[partition.clusterCount()];
    for (int v = 0; v < graph.nodeCount(); v++) {
      int c = partition.clusterOf(v);
      degreeSum[c] += graph.strength(v);
      for (int a = graph.arcStart(v); a < graph.arcEnd(v); a++) {
        if (partition.clusterOf(graph.target(a)) == c) {
          inside[c] += graph.weight(a);
        }
      }
    }
    double q = 0;
    for (int c = 0; c < inside.length; c++) {
      double share = degreeSum[c] / (2 * m);
      q += inside[c] / (2 * m) - gamma * share * share;
    }
    return q;
  }
}
