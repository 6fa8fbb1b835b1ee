package org.lantern.network.graph;

import java.util.Arrays;
import java.util.Objects;
import org.lantern.network.api.Graph;

/**
 * The subgraph induced by a set of nodes: those nodes and every edge between two of them, with
 * local ids 0..k-1 in the order given. Building is O(sum of the members' degrees) time, O(k + arcs)
 * space, using a caller-supplied scratch array so that extracting many communities in a row costs
 * no O(n) clearing each time.
 */
public final class InducedSubgraph {

  private final CsrGraph graph;
  private final int[] originalIds;

  private InducedSubgraph(CsrGraph graph, int[] originalIds) {
    this.graph = graph;
    this.originalIds = originalIds;
  }

  /**
   * Extracts the subgraph on {@code members}.
   *
   * @param localId scratch of length graph.nodeCount() filled with -1; left filled with -1 again
   */
  public static InducedSubgraph of(Graph graph, int[] members, int[] localId) {
    Objects.requireNonNull(graph, "graph must not be null");
    Objects.requireNonNull(members, "members must not be null");
    Objects.requireNonNull(localId, "localId scratch must not be null");
    int k = members.length;
    for (int i = 0; i < k; i++) {
      localId[members[i]] = i;
    }
    int[] offsets = new int[k + 1];
    for (int i = 0; i < k; i++) {
      int v = members[i];
      int inside = 0;
      for (int a = graph.arcStart(v); a < graph.arcEnd(v); a++) {
        if (localId[graph.target(a)] >= 0) {
          inside++;
        }
      }
      offsets[i + 1] = offsets[i] + inside;
    }
    int[] targets = new int[offsets[k]];
    double[] weights = new double[offsets[k]];
    for (int i = 0; i < k; i++) {
      int v = members[i];
      int write = offsets[i];
      for (int a = graph.arcStart(v); a < graph.arcEnd(v); a++) {
        int local = localId[graph.target(a)];
        if (local >= 0) {
          targets[write] = local;
          weights[write] = graph.weight(a);
          write++;
        }
      }
    }
    for (int member : members) {
      localId[member] = -1;
    }
    return new InducedSubgraph(new CsrGraph(offsets, targets, weights, null), members.clone());
  }

  /** Convenience form allocating its own scratch (O(n) extra). */
  public static InducedSubgraph of(Graph graph, int[] members) {
    int[] scratch = new int[graph.nodeCount()];
    Arrays.fill(scratch, -1);
    return of(graph, members, scratch);
  }

  /** The subgraph, with local node ids. */
  public CsrGraph graph() {
    return graph;
  }

  /** Original id of local node {@code local}. */
  public int originalId(int local) {
    return originalIds[local];
  }
}
