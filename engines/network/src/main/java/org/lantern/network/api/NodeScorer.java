package org.lantern.network.api;

/** Gives every node of a graph a centrality score; larger means more central. */
@FunctionalInterface
public interface NodeScorer {

  /** Scores indexed by node id, of length {@code graph.nodeCount()}. */
  double[] scores(Graph graph);
}
