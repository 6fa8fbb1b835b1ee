package org.lantern.network.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.lantern.network.api.Partition;
import org.lantern.network.support.Graphs;
import org.junit.jupiter.api.Test;

class GraphCoreTest {

  @Test
  void internsToDenseIdsInFirstAppearanceOrder() {
    StringIndex index = new StringIndex(2);
    assertThat(index.intern("+254700000001")).isZero();
    assertThat(index.intern("+254700000002")).isEqualTo(1);
    assertThat(index.intern("+254700000001")).isZero();
    String longKey = "a-key-longer-than-sixteen-bytes-1";
    String otherLongKey = "a-key-longer-than-sixteen-bytes-2";
    assertThat(index.intern(longKey)).isEqualTo(2);
    assertThat(index.intern(otherLongKey)).isEqualTo(3);
    assertThat(index.find(longKey)).isEqualTo(2);
    assertThat(index.find("missing")).isEqualTo(-1);
    assertThat(index.get(3)).isEqualTo(otherLongKey);
    assertThat(index.size()).isEqualTo(4);
  }

  @Test
  void internSurvivesGrowthWithManyKeys() {
    StringIndex index = new StringIndex(4);
    for (int i = 0; i < 50_000; i++) {
      assertThat(index.intern("+2547" + i)).isEqualTo(i);
    }
    for (int i = 0; i < 50_000; i += 997) {
      assertThat(index.find("+2547" + i)).isEqualTo(i);
      assertThat(index.get(i)).isEqualTo("+2547" + i);
    }
  }

  @Test
  void builderMergesParallelEdgesAndDropsSelfLoops() {
    CsrGraph g = new GraphBuilder()
        .addEdge(0, 1, 1, 10)
        .addEdge(1, 0, 1, 20)
        .addEdge(1, 1, 5, 5)
        .addEdge(1, 2, 2, 0)
        .build();
    assertThat(g.nodeCount()).isEqualTo(3);
    assertThat(g.edgeCount()).isEqualTo(2);
    int arc = g.findArc(0, 1);
    assertThat(g.weight(arc)).isEqualTo(2.0);
    assertThat(g.duration(arc)).isEqualTo(30);
    assertThat(g.weight(g.findArc(1, 0))).isEqualTo(2.0);
    assertThat(g.strength(1)).isEqualTo(4.0);
    assertThat(g.totalWeight()).isEqualTo(4.0);
    assertThat(g.findArc(1, 1)).isEqualTo(-1);
  }

  @Test
  void builderRejectsNegativeIds() {
    assertThatThrownBy(() -> new GraphBuilder().addEdge(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void componentsOfTwoSeparateTrianglesAndAnIsolatedNode() {
    CsrGraph g = new GraphBuilder()
        .addEdge(0, 1).addEdge(1, 2).addEdge(2, 0)
        .addEdge(3, 4).addEdge(4, 5).addEdge(5, 3)
        .build(7);
    Partition components = ConnectedComponents.of(g);
    assertThat(components.clusterCount()).isEqualTo(3);
    assertThat(components.clusterOf(0)).isEqualTo(components.clusterOf(2));
    assertThat(components.clusterOf(0)).isNotEqualTo(components.clusterOf(3));
    assertThat(components.size(components.clusterOf(6))).isEqualTo(1);
  }

  @Test
  void inducedSubgraphKeepsOnlyInternalEdges() {
    InducedSubgraph sub = InducedSubgraph.of(Graphs.twoCliques(4), new int[] {2, 3, 4});
    assertThat(sub.graph().nodeCount()).isEqualTo(3);
    assertThat(sub.graph().edgeCount()).isEqualTo(2); // 2-3 and the bridge 3-4
    assertThat(sub.originalId(2)).isEqualTo(4);
  }

  @Test
  void partitionIdsAreCanonical() {
    Partition p = Partition.of(new int[] {7, 7, 3, 9, 9, 9});
    assertThat(p.clusterCount()).isEqualTo(3);
    assertThat(p.clusterOf(3)).isZero(); // largest first
    assertThat(p.members(0)).containsExactly(3, 4, 5);
    assertThat(p.clusterOf(0)).isEqualTo(1); // then by smallest member
  }
}
