package org.lantern.network.support;

import org.lantern.network.graph.CsrGraph;
import org.lantern.network.graph.GraphBuilder;

/** Small graphs with known answers. */
public final class Graphs {

  private Graphs() {}

  /** Zachary's karate club (W. W. Zachary, J. Anthropological Research 33, 1977): 34 nodes, 78 edges. */
  public static CsrGraph karateClub() {
    int[][] adjacency = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 17, 19, 21, 31},
        {1, 2, 3, 7, 13, 17, 19, 21, 30},
        {2, 3, 7, 8, 9, 13, 27, 28, 32},
        {3, 7, 12, 13},
        {4, 6, 10},
        {5, 6, 10, 16},
        {6, 16},
        {8, 30, 32, 33},
        {9, 33},
        {13, 33},
        {14, 32, 33},
        {15, 32, 33},
        {18, 32, 33},
        {19, 33},
        {20, 32, 33},
        {22, 32, 33},
        {23, 25, 27, 29, 32, 33},
        {24, 25, 27, 31},
        {25, 31},
        {26, 29, 33},
        {27, 33},
        {28, 31, 33},
        {29, 32, 33},
        {30, 32, 33},
        {31, 32, 33},
        {32, 33},
    };
    GraphBuilder builder = new GraphBuilder();
    for (int[] row : adjacency) {
      for (int i = 1; i < row.length; i++) {
        builder.addEdge(row[0], row[i]);
      }
    }
    return builder.build(34);
  }

  /** Two cliques of {@code size} nodes (0..size-1 and size..2size-1) joined by one edge. */
  public static CsrGraph twoCliques(int size) {
    GraphBuilder builder = new GraphBuilder();
    for (int offset = 0; offset <= size; offset += size) {
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          builder.addEdge(offset + i, offset + j);
        }
      }
    }
    builder.addEdge(size - 1, size);
    return builder.build(2 * size);
  }

  /** A path 0 - 1 - ... - (n-1). */
  public static CsrGraph path(int n) {
    GraphBuilder builder = new GraphBuilder();
    for (int i = 0; i + 1 < n; i++) {
      builder.addEdge(i, i + 1);
    }
    return builder.build(n);
  }

  /** A star: centre 0 joined to 1..leaves. */
  public static CsrGraph star(int leaves) {
    GraphBuilder builder = new GraphBuilder();
    for (int i = 1; i <= leaves; i++) {
      builder.addEdge(0, i);
    }
    return builder.build(leaves + 1);
  }
}
