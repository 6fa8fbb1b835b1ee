package org.lantern.network.paths;

import java.util.Arrays;
import java.util.Objects;
import org.lantern.network.api.Graph;

/**
 * Nodes within k hops of a set of seed nodes, by breadth-first search stopped at depth k.
 * O(size of the neighbourhood + its arcs) time after an O(n) marker allocation.
 */
public final class Neighbourhood {

  /** Node ids reached and their hop distance (0 for the seeds), in BFS order. */
  public record Result(int[] nodes, int[] hops) {}

  private Neighbourhood() {}

  /** The k-hop neighbourhood of one node. */
  public static Result of(Graph graph, int seed, int k) {
    return of(graph, new int[] {seed}, k);
  }

  /** The k-hop neighbourhood of a set of seeds. */
  public static Result of(Graph graph, int[] seeds, int k) {
    Objects.requireNonNull(graph, "graph must not be null");
    Objects.requireNonNull(seeds, "seeds must not be null");
    if (k < 0) {
      throw new IllegalArgumentException("k must be >= 0, got " + k);
    }
    int n = graph.nodeCount();
    int[] distance = new int[n];
    Arrays.fill(distance, -1);
    int[] order = new int[16];
    int size = 0;
    for (int seed : seeds) {
      Objects.checkIndex(seed, n);
      if (distance[seed] < 0) {
        distance[seed] = 0;
        if (size == order.length) {
          order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = seed;
      }
    }
    for (int head = 0; head < size; head++) {
      int v = order[head];
      if (distance[v] == k) {
        continue;
      }
      for (int a = graph.arcStart(v); a < graph.arcEnd(v); a++) {
        int w = graph.target(a);
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
          }
          order[size++] = w;
        }
      }
    }
    int[] nodes = Arrays.copyOf(order, size);
    int[] hops = new int[size];
    for (int i = 0; i < size; i++) {
      hops[i] = distance[nodes[i]];
    }
    return new Result(nodes, hops);
  }
}
