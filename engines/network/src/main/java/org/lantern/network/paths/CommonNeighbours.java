package org.lantern.network.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.lantern.network.api.Graph;

/**
 * Nodes adjacent to at least {@code minShared} of a set of query nodes ("common contacts of
 * several suspects"). O(sum of the query nodes' degrees) time using a sparse counter, plus O(n)
 * for the counter array.
 */
public final class CommonNeighbours {

  /**
   * A node and the query nodes it is adjacent to (indices into the query array, ascending).
   */
  public record Match(int node, int[] queryIndices) {}

  private CommonNeighbours() {}

  /**
   * Common neighbours, sorted by number of query nodes touched (desc), then node id. Query nodes
   * themselves are included when they neighbour enough other query nodes.
   */
  public static List<Match> of(Graph graph, int[] query, int minShared) {
    Objects.requireNonNull(graph, "graph must not be null");
    Objects.requireNonNull(query, "query must not be null");
    if (minShared < 1) {
      throw new IllegalArgumentException("minShared must be >= 1, got " + minShared);
    }
    int[] distinct = Arrays.stream(query).distinct().toArray();
    int n = graph.nodeCount();
    int[] count = new int[n];
    int[] touched = new int[16];
    int touchedSize = 0;
    for (int q : distinct) {
      Objects.checkIndex(q, n);
      for (int a = graph.arcStart(q); a < graph.arcEnd(q); a++) {
        int w = graph.target(a);
        if (count[w]++ == 0) {
          if (touchedSize == touched.length) {
            touched = Arrays.copyOf(touched, touchedSize * 2);
          }
          touched[touchedSize++] = w;
        }
      }
    }
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < touchedSize; i++) {
      int w = touched[i];
      if (count[w] < minShared) {
        continue;
      }
      int[] which = new int[count[w]];
      int k = 0;
      for (int qi = 0; qi < distinct.length; qi++) {
        if (isNeighbour(graph, distinct[qi], w)) {
          which[k++] = indexIn(query, distinct[qi]);
        }
      }
      Arrays.sort(which);
      matches.add(new Match(w, which));
    }
    matches.sort(Comparator.comparingInt((Match m) -> -m.queryIndices().length).thenComparingInt(Match::node));
    return matches;
  }

  private static boolean isNeighbour(Graph graph, int from, int to) {
    // scan the shorter adjacency list
    int a0 = graph.arcStart(from);
    int a1 = graph.arcEnd(from);
    int b0 = graph.arcStart(to);
    int b1 = graph.arcEnd(to);
    if (a1 - a0 <= b1 - b0) {
      for (int a = a0; a < a1; a++) {
        if (graph.target(a) == to) {
          return true;
        }
      }
    } else {
      for (int b = b0; b < b1; b++) {
        if (graph.target(b) == from) {
          return true;
        }
      }
    }
    return false;
  }

  private static int indexIn(int[] query, int node) {
    for (int i = 0; i < query.length; i++) {
      if (query[i] == node) {
        return i;
      }
    }
    return -1;
  }
}
