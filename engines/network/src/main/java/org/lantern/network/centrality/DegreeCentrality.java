package org.lantern.network.centrality;

import java.util.Objects;
import org.lantern.network.api.Graph;
import org.lantern.network.api.NodeScorer;

/**
 * Degree centrality: the number of distinct contacts, or with {@link #weighted()} the weighted
 * degree (strength, e.g. number of calls). O(n) time and space.
 */
public final class DegreeCentrality implements NodeScorer {

  private final boolean weighted;

  private DegreeCentrality(boolean weighted) {
    this.weighted = weighted;
  }

  /** Number of distinct neighbours. */
  public static DegreeCentrality unweighted() {
    return new DegreeCentrality(false);
  }

  /** Sum of edge weights. */
  public static DegreeCentrality weighted() {
    return new DegreeCentrality(true);
  }

  @Override
  public double[] scores(Graph graph) {
    Objects.requireNonNull(graph, "graph must not be null");
    double[] scores = new double[graph.nodeCount()];
    for (int v = 0; v < scores.length; v++) {
      scores[v] = weighted ? graph.strength(v) : graph.degree(v);
    }
    return scores;
  }
}
