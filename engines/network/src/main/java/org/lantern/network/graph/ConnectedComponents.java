package org.lantern.network.graph;

import java.util.Objects;
import org.lantern.network.api.Graph;
import org.lantern.network.api.Partition;

/**
 * Connected components of an undirected graph by iterative breadth-first search.
 *
 * <p>Two nodes are in the same component iff a path joins them. Time O(n + m), space O(n).
 */
public final class ConnectedComponents {

  private ConnectedComponents() {}

  /** The components of {@code graph}, largest first. */
  public static Partition of(Graph graph) {
    Objects.requireNonNull(graph, "graph must not be null");
    int n = graph.nodeCount();
    int[] component = new int[n];
    java.util.Arrays.fill(component, -1);
    int[] queue = new int[n];
    int next = 0;
    for (int root = 0; root < n; root++) {
      if (component[root] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = root;
      component[root] = next;
      while (head < tail) {
        int v = queue[head++];
        for (int a = graph.arcStart(v); a < graph.arcEnd(v); a++) {
          int w = graph.target(a);
          if (component[w] < 0) {
            component[w] = next;
            queue[tail++] = w;
          }
        }
      }
      next++;
    }
    return Partition.of(component);
  }
}
