package org.lantern.network.centrality;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.lantern.network.api.Graph;
import org.lantern.network.api.Partition;
import org.lantern.network.graph.CsrGraph;
import org.lantern.network.graph.InducedSubgraph;

/**
 * Ranks the members of each community by how central they are <em>inside</em> it: the controller
 * of a ring sits between recruiters and transporters of that ring even if an outside hub (a taxi
 * firm, a call centre) has more contacts overall.
 *
 * <p>Score: betweenness on the community's induced subgraph (exact Brandes up to
 * {@link #EXACT_LIMIT} members, pivot-sampled above), ties broken by weighted degree inside the
 * community, then by degree inside, then by node id. Time: sum over communities c of
 * O(n_c·m_c) (exact) or O(k·m_c) (sampled); communities run in parallel. Space O(n + m_c) per
 * thread.
 */
public final class KeyPlayers {

  /** Communities up to this size get exact betweenness. */
  public static final int EXACT_LIMIT = 2_000;

  private static final long SAMPLED_ARC_VISITS = 20_000_000L;

  private KeyPlayers() {}

  /**
   * Members of one community, most central first.
   *
   * @param graph the whole graph
   * @param members node ids of the community
   * @param limit how many to return at most
   */
  public static int[] rank(Graph graph, int[] members, int limit) {
    Objects.requireNonNull(graph, "graph must not be null");
    Objects.requireNonNull(members, "members must not be null");
    return rank(InducedSubgraph.of(graph, members), limit);
  }

  /**
   * Top {@code limit} members of every community with at least {@code minSize} members, most
   * central first; entry c is null for smaller communities.
   */
  public static int[][] rankAll(Graph graph, Partition communities, int minSize, int limit) {
    Objects.requireNonNull(graph, "graph must not be null");
    Objects.requireNonNull(communities, "communities must not be null");
    int count = communities.clusterCount();
    int[][] result = new int[count][];
    int workers = Runtime.getRuntime().availableProcessors();
    // communities are sorted by size, so striping balances the large ones across workers
    IntStream.range(0, workers).parallel().forEach(worker -> {
      int[] scratch = new int[graph.nodeCount()];
      Arrays.fill(scratch, -1);
      for (int c = worker; c < count; c += workers) {
        if (communities.size(c) >= minSize) {
          result[c] = rank(InducedSubgraph.of(graph, communities.members(c), scratch), limit);
        }
      }
    });
    return result;
  }

  private static int[] rank(InducedSubgraph sub, int limit) {
    CsrGraph g = sub.graph();
    int k = g.nodeCount();
    Betweenness betweenness = k <= EXACT_LIMIT
        ? Betweenness.exact()
        : Betweenness.adaptive(g, EXACT_LIMIT, SAMPLED_ARC_VISITS, 7);
    double[] between = betweenness.scores(g);
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> {
      int byBetweenness = Double.compare(between[y], between[x]);
      if (byBetweenness != 0) {
        return byBetweenness;
      }
      int byStrength = Double.compare(g.strength(y), g.strength(x));
      if (byStrength != 0) {
        return byStrength;
      }
      int byDegree = Integer.compare(g.degree(y), g.degree(x));
      return byDegree != 0 ? byDegree : Integer.compare(sub.originalId(x), sub.originalId(y));
    });
    int[] top = new int[Math.min(limit, k)];
    for (int i = 0; i < top.length; i++) {
      top[i] = sub.originalId(order[i]);
    }
    return top;
  }
}
