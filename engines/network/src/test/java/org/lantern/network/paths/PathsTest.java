package org.lantern.network.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.lantern.network.graph.CsrGraph;
import org.lantern.network.graph.GraphBuilder;
import org.lantern.network.support.Graphs;
import org.junit.jupiter.api.Test;

class PathsTest {

  @Test
  void shortestPathAlongAPathAndAcrossAShortcut() {
    assertThat(ShortestPaths.between(Graphs.path(6), 0, 5)).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(ShortestPaths.between(Graphs.path(6), 4, 1)).containsExactly(4, 3, 2, 1);
    CsrGraph shortcut = new GraphBuilder().addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).addEdge(0, 3).build();
    assertThat(ShortestPaths.between(shortcut, 0, 3)).containsExactly(0, 3);
    assertThat(ShortestPaths.between(shortcut, 2, 2)).containsExactly(2);
  }

  @Test
  void noPathBetweenComponents() {
    CsrGraph g = new GraphBuilder().addEdge(0, 1).addEdge(2, 3).build();
    assertThat(ShortestPaths.between(g, 0, 3)).isEmpty();
  }

  @Test
  void shortestPathLengthMatchesBfsDistanceOnKarate() {
    CsrGraph g = Graphs.karateClub();
    for (int target = 1; target < 34; target++) {
      int[] path = ShortestPaths.between(g, 16, target);
      Neighbourhood.Result all = Neighbourhood.of(g, 16, 10);
      int hops = -1;
      for (int i = 0; i < all.nodes().length; i++) {
        if (all.nodes()[i] == target) {
          hops = all.hops()[i];
        }
      }
      assertThat(path.length - 1).isEqualTo(hops);
      for (int i = 0; i + 1 < path.length; i++) {
        assertThat(g.findArc(path[i], path[i + 1])).isNotNegative();
      }
    }
  }

  @Test
  void kHopNeighbourhood() {
    Neighbourhood.Result r = Neighbourhood.of(Graphs.path(6), 2, 2);
    assertThat(r.nodes()).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    assertThat(r.hops()[0]).isZero();
    assertThat(Neighbourhood.of(Graphs.path(6), 2, 0).nodes()).containsExactly(2);
  }

  @Test
  void commonNeighboursOfSuspects() {
    // 10 talks to suspects 0, 1, 2; 11 to 0 and 1; 12 only to 2
    CsrGraph g = new GraphBuilder()
        .addEdge(10, 0).addEdge(10, 1).addEdge(10, 2)
        .addEdge(11, 0).addEdge(11, 1)
        .addEdge(12, 2)
        .build();
    List<CommonNeighbours.Match> matches = CommonNeighbours.of(g, new int[] {0, 1, 2}, 2);
    assertThat(matches).extracting(CommonNeighbours.Match::node).containsExactly(10, 11);
    assertThat(matches.get(0).queryIndices()).containsExactly(0, 1, 2);
    assertThat(matches.get(1).queryIndices()).containsExactly(0, 1);
  }
}
