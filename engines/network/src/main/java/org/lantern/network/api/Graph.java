package org.lantern.network.api;

/**
 * An undirected weighted graph over dense integer node ids {@code 0..nodeCount()-1}, read through
 * its arcs.
 *
 * <p>Every undirected edge {u, v} with u != v appears as two arcs, u→v and v→u, so algorithms walk
 * neighbourhoods with {@code for (int a = arcStart(v); a < arcEnd(v); a++)}. Arc ids are dense
 * too, which lets algorithms keep per-arc state in primitive arrays. Self-loops are not stored;
 * parallel edges are merged and their weights summed.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public interface Graph {

  /** Number of nodes n. */
  int nodeCount();

  /** Number of undirected edges m (half the number of arcs). */
  long edgeCount();

  /** First arc id of {@code node}. */
  int arcStart(int node);

  /** One past the last arc id of {@code node}. */
  int arcEnd(int node);

  /** Head (other end) of an arc. */
  int target(int arc);

  /** Weight of an arc; both arcs of an edge carry the same weight. */
  double weight(int arc);

  /** Number of distinct neighbours of {@code node}. */
  default int degree(int node) {
    return arcEnd(node) - arcStart(node);
  }

  /** Sum of the weights of the arcs leaving {@code node} (weighted degree). */
  double strength(int node);

  /** Sum of all edge weights (each undirected edge counted once). */
  double totalWeight();
}
