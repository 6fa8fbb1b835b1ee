package org.lantern.network.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lantern.network.api.Partition;
import org.lantern.network.centrality.PageRank;
import org.lantern.network.community.Communities;
import org.lantern.network.community.Leiden;
import org.lantern.network.community.Modularity;

/** Invariants that must hold on every graph. */
class GraphPropertiesTest {

  @Provide
  Arbitrary<CsrGraph> graphs() {
    Arbitrary<Integer> nodes = Arbitraries.integers().between(1, 60);
    return nodes.flatMap(n -> {
      Arbitrary<int[]> edge = Combinators.combine(
          Arbitraries.integers().between(0, n - 1),
          Arbitraries.integers().between(0, n - 1),
          Arbitraries.integers().between(1, 5)).as((u, v, w) -> new int[] {u, v, w});
      return edge.list().ofMaxSize(200).map(edges -> build(n, edges));
    });
  }

  private static CsrGraph build(int n, List<int[]> edges) {
    GraphBuilder builder = new GraphBuilder();
    for (int[] e : edges) {
      builder.addEdge(e[0], e[1], e[2], 0);
    }
    return builder.build(n);
  }

  @Property(tries = 200)
  void graphIsSymmetric(@ForAll("graphs") CsrGraph g) {
    for (int v = 0; v < g.nodeCount(); v++) {
      for (int a = g.arcStart(v); a < g.arcEnd(v); a++) {
        int back = g.findArc(g.target(a), v);
        assertThat(back).isNotNegative();
        assertThat(g.weight(back)).isEqualTo(g.weight(a));
        assertThat(g.target(a)).isNotEqualTo(v);
      }
    }
  }

  @Property(tries = 200)
  void componentsPartitionTheNodesAndNoEdgeCrossesThem(@ForAll("graphs") CsrGraph g) {
    Partition components = ConnectedComponents.of(g);
    int covered = 0;
    for (int c = 0; c < components.clusterCount(); c++) {
      covered += components.size(c);
    }
    assertThat(covered).isEqualTo(g.nodeCount());
    for (int v = 0; v < g.nodeCount(); v++) {
      for (int a = g.arcStart(v); a < g.arcEnd(v); a++) {
        assertThat(components.clusterOf(g.target(a))).isEqualTo(components.clusterOf(v));
      }
    }
  }

  @Property(tries = 200)
  void modularityOfAnyPartitionIsBetweenMinusHalfAndOne(
      @ForAll("graphs") CsrGraph g, @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    int[] labels = new int[g.nodeCount()];
    int k = 1 + random.nextInt(5);
    for (int v = 0; v < labels.length; v++) {
      labels[v] = random.nextInt(k);
    }
    double random1 = Modularity.of(g, Partition.of(labels));
    double found = Modularity.of(g, Leiden.modularity(1).detect(g));
    assertThat(random1).isBetween(-0.5, 1.0);
    assertThat(found).isBetween(-0.5, 1.0);
    assertThat(found).isGreaterThanOrEqualTo(Modularity.of(g, Partition.of(new int[g.nodeCount()])) - 1e-9);
  }

  @Property(tries = 200)
  void pageRankIsADistribution(@ForAll("graphs") CsrGraph g) {
    double[] rank = new PageRank().scores(g);
    assertThat(Arrays.stream(rank).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Arrays.stream(rank).min().orElse(0)).isPositive();
  }

  @Property(tries = 100)
  void communitiesAreDeterministicForASeed(@ForAll("graphs") CsrGraph g, @ForAll long seed) {
    Leiden leiden = Leiden.modularity(1).withSeed(seed);
    assertThat(leiden.detect(g).membership()).isEqualTo(leiden.detect(g).membership());
    var cpm = Communities.relativeCpm(0.2, seed);
    assertThat(cpm.detect(g).membership()).isEqualTo(cpm.detect(g).membership());
  }

  @Property(tries = 100)
  void leidenCommunitiesAreConnected(@ForAll("graphs") CsrGraph g) {
    Partition communities = Leiden.modularity(1).detect(g);
    for (int c = 0; c < communities.clusterCount(); c++) {
      InducedSubgraph sub = InducedSubgraph.of(g, communities.members(c));
      assertThat(ConnectedComponents.of(sub.graph()).clusterCount()).isEqualTo(1);
    }
  }
}
