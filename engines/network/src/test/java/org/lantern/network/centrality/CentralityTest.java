package org.lantern.network.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.lantern.network.api.Partition;
import org.lantern.network.graph.CsrGraph;
import org.lantern.network.graph.GraphBuilder;
import org.lantern.network.support.Graphs;
import org.junit.jupiter.api.Test;

class CentralityTest {

  @Test
  void exactBetweennessOfAPath() {
    double[] b = Betweenness.exact().scores(Graphs.path(5));
    // node i lies on i*(n-1-i) shortest paths
    assertThat(b).containsExactly(new double[] {0, 3, 4, 3, 0}, within(1e-9));
  }

  @Test
  void exactBetweennessOfKarateClubMatchesPublishedValues() {
    double[] b = Betweenness.exact().scores(Graphs.karateClub());
    assertThat(b[0]).isCloseTo(231.0714, within(1e-3));
    assertThat(b[33]).isCloseTo(160.5516, within(1e-3));
    assertThat(b[32]).isCloseTo(76.6905, within(1e-3));
  }

  @Test
  void sampledBetweennessWithAllPivotsIsExactAndWithFewRanksTheHub() {
    CsrGraph star = Graphs.star(30);
    double[] exact = Betweenness.exact().scores(star);
    assertThat(exact[0]).isCloseTo(30 * 29 / 2.0, within(1e-9));
    assertThat(Betweenness.sampled(31, 1).scores(star)).containsExactly(exact, within(1e-9));
    double[] sampled = Betweenness.sampled(5, 1).scores(star);
    assertThat(sampled[0]).isGreaterThan(Arrays.stream(sampled, 1, 31).max().orElseThrow());
  }

  @Test
  void pageRankOfKarateClubRanksTheTwoLeaders() {
    double[] rank = new PageRank().scores(Graphs.karateClub());
    assertThat(Arrays.stream(rank).sum()).isCloseTo(1, within(1e-12));
    // networkx.pagerank: 0.1009 for 33, 0.0970 for 0
    assertThat(rank[33]).isCloseTo(0.1009, within(2e-4));
    assertThat(rank[0]).isCloseTo(0.0970, within(2e-4));
  }

  @Test
  void pageRankOfIsolatedNodesIsUniform() {
    double[] rank = new PageRank().scores(new GraphBuilder().build(4));
    assertThat(rank).containsOnly(0.25);
  }

  @Test
  void degreesWeightedAndUnweighted() {
    CsrGraph g = new GraphBuilder().addEdge(0, 1, 3, 0).addEdge(0, 2, 1, 0).build();
    assertThat(DegreeCentrality.unweighted().scores(g)).containsExactly(2, 1, 1);
    assertThat(DegreeCentrality.weighted().scores(g)).containsExactly(4, 3, 1);
  }

  @Test
  void keyPlayerOfARingIsItsController() {
    // controller 0 talks to everyone; members talk to one neighbour; a busy member (1) talks a
    // lot to a single partner: betweenness inside the ring still puts the controller first
    GraphBuilder b = new GraphBuilder();
    for (int i = 1; i <= 8; i++) {
      b.addEdge(0, i, 3, 0);
    }
    b.addEdge(1, 2, 50, 0);
    b.addEdge(3, 4, 2, 0);
    CsrGraph g = b.build();
    int[] top = KeyPlayers.rank(g, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, 3);
    assertThat(top[0]).isZero();
    int[][] all = KeyPlayers.rankAll(g, Partition.of(new int[9]), 3, 3);
    assertThat(all[0][0]).isZero();
  }
}
