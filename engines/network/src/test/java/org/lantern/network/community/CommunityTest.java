package org.lantern.network.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.lantern.network.api.Partition;
import org.lantern.network.graph.CsrGraph;
import org.lantern.network.graph.GraphBuilder;
import org.lantern.network.support.Graphs;
import org.junit.jupiter.api.Test;

class CommunityTest {

  @Test
  void twoCliquesJoinedByAnEdgeAreTwoCommunities() {
    CsrGraph g = Graphs.twoCliques(5);
    Partition p = Leiden.modularity(1).detect(g);
    assertThat(p.clusterCount()).isEqualTo(2);
    assertThat(p.members(p.clusterOf(0))).containsExactly(0, 1, 2, 3, 4);
    // 2 cliques of 10 edges + bridge: Q = 2 * (10/21 - (21/42)^2)
    assertThat(Modularity.of(g, p)).isCloseTo(2 * (10.0 / 21 - 0.25), within(1e-12));
  }

  @Test
  void karateClubReachesKnownModularity() {
    CsrGraph g = Graphs.karateClub();
    assertThat(g.edgeCount()).isEqualTo(78);
    Partition p = Leiden.modularity(1).detect(g);
    // the optimum is 0.4198 with 4 communities (Brandes et al. 2008)
    assertThat(Modularity.of(g, p)).isGreaterThan(0.415);
    assertThat(p.clusterCount()).isBetween(3, 5);
    // instructor (0) and administrator (33) end up apart
    assertThat(p.clusterOf(0)).isNotEqualTo(p.clusterOf(33));
  }

  @Test
  void higherResolutionGivesMoreCommunities() {
    CsrGraph g = Graphs.karateClub();
    int coarse = Leiden.modularity(0.5).detect(g).clusterCount();
    int fine = Leiden.modularity(3).detect(g).clusterCount();
    assertThat(fine).isGreaterThan(coarse);
  }

  @Test
  void cpmResolvesASmallRingThatModularityMergesInALargeGraph() {
    // a ring of 8 (controller 0 calls all, members call a few others) inside a chain of
    // 200 cliques; the ring touches two cliques through single calls
    GraphBuilder b = new GraphBuilder();
    for (int i = 1; i < 8; i++) {
      b.addEdge(0, i, 6, 0);
      b.addEdge(i, 1 + i % 7, 2, 0);
    }
    int base = 8;
    int cliques = 200;
    for (int c = 0; c < cliques; c++) {
      int first = base + c * 6;
      for (int i = 0; i < 6; i++) {
        for (int j = i + 1; j < 6; j++) {
          b.addEdge(first + i, first + j, 3, 0);
        }
      }
      if (c > 0) {
        b.addEdge(first, first - 6, 1, 0);
      }
    }
    b.addEdge(3, base, 1, 0);
    b.addEdge(5, base + 6, 1, 0);
    CsrGraph g = b.build();
    Partition fine = Communities.defaultDetector().detect(g);
    int[] ring = fine.members(fine.clusterOf(0));
    assertThat(ring).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void singletonsAndEmptyGraphsAreHandled() {
    CsrGraph isolated = new GraphBuilder().build(3);
    assertThat(Leiden.modularity(1).detect(isolated).clusterCount()).isEqualTo(3);
    assertThat(Communities.defaultDetector().detect(isolated).clusterCount()).isEqualTo(3);
    assertThat(Modularity.of(isolated, Partition.of(new int[3]))).isZero();
  }

  @Test
  void nmiIsOneForIdenticalAndZeroForIndependentLabellings() {
    int[] a = {0, 0, 1, 1};
    assertThat(PartitionComparison.normalizedMutualInformation(a, new int[] {5, 5, 7, 7})).isCloseTo(1, within(1e-12));
    assertThat(PartitionComparison.normalizedMutualInformation(a, new int[] {0, 1, 0, 1})).isCloseTo(0, within(1e-12));
    assertThat(PartitionComparison.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4})).isEqualTo(0.5);
  }
}
