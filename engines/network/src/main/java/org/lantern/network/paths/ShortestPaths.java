package org.lantern.network.paths;

import java.util.Arrays;
import java.util.Objects;
import org.lantern.network.api.Graph;

/**
 * Shortest (fewest-hop) path between two nodes by bidirectional breadth-first search: the two
 * frontiers grow from both ends, always expanding the smaller, and meet in the middle. Worst case
 * O(n + m) time, usually far less on small-world graphs; O(n) space.
 */
public final class ShortestPaths {

  private ShortestPaths() {}

  /**
   * Node ids on a shortest path from {@code source} to {@code target}, both included; empty when
   * they are not connected; {@code [source]} when they are equal.
   */
  public static int[] between(Graph graph, int source, int target) {
    Objects.requireNonNull(graph, "graph must not be null");
    int n = graph.nodeCount();
    Objects.checkIndex(source, n);
    Objects.checkIndex(target, n);
    if (source == target) {
      return new int[] {source};
    }
    // parent pointers of the forward and backward searches; -1 = not reached
    int[] forward = new int[n];
    int[] backward = new int[n];
    Arrays.fill(forward, -1);
    Arrays.fill(backward, -1);
    forward[source] = source;
    backward[target] = target;
    int[] forwardFrontier = {source};
    int[] backwardFrontier = {target};
    while (forwardFrontier.length > 0 && backwardFrontier.length > 0) {
      boolean expandForward = frontierCost(graph, forwardFrontier) <= frontierCost(graph, backwardFrontier);
      int[] frontier = expandForward ? forwardFrontier : backwardFrontier;
      int[] mine = expandForward ? forward : backward;
      int[] theirs = expandForward ? backward : forward;
      int[] next = new int[16];
      int size = 0;
      for (int v : frontier) {
        for (int a = graph.arcStart(v); a < graph.arcEnd(v); a++) {
          int w = graph.target(a);
          if (mine[w] >= 0) {
            continue;
          }
          mine[w] = v;
          if (theirs[w] >= 0) {
            return join(forward, backward, w);
          }
          if (size == next.length) {
            next = Arrays.copyOf(next, size * 2);
          }
          next[size++] = w;
        }
      }
      if (expandForward) {
        forwardFrontier = Arrays.copyOf(next, size);
      } else {
        backwardFrontier = Arrays.copyOf(next, size);
      }
    }
    return new int[0];
  }

  private static long frontierCost(Graph graph, int[] frontier) {
    long cost = 0;
    for (int v : frontier) {
      cost += graph.degree(v);
    }
    return cost;
  }

  private static int[] join(int[] forward, int[] backward, int meeting) {
    int[] head = new int[16];
    int size = 0;
    for (int v = meeting; ; v = forward[v]) {
      if (size == head.length) {
        head = Arrays.copyOf(head, size * 2);
      }
      head[size++] = v;
      if (forward[v] == v) {
        break;
      }
    }
    int[] path = new int[size];
    for (int i = 0; i < size; i++) {
      path[i] = head[size - 1 - i];
    }
    int length = size;
    for (int v = meeting; backward[v] != v; ) {
      v = backward[v];
      path = Arrays.copyOf(path, length + 1);
      path[length++] = v;
    }
    return path;
  }
}
