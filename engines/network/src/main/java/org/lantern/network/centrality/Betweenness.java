package org.lantern.network.centrality;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.lantern.network.api.Graph;
import org.lantern.network.api.NodeScorer;

/**
 * Shortest-path betweenness centrality over hop distance, exact or estimated from pivots.
 *
 * <p>Betweenness of v is the sum over pairs {s, t} of the share of shortest s–t paths through v.
 * Exact: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2),
 * 2001: one BFS and one dependency accumulation per source, O(n·m) time, O(n) space per thread.
 * Estimated: U. Brandes, C. Pich, "Centrality estimation in large networks", Int. J. Bifurcation
 * and Chaos 17(7), 2007: the same accumulation from k uniformly sampled pivot sources, scaled by
 * n/k, O(k·m) time; an unbiased estimator whose error shrinks as 1/sqrt(k), good at ranking the
 * high-betweenness nodes. Sources are spread over all cores. Values are for unordered pairs
 * (undirected graph) and not normalised, as in igraph.
 */
public final class Betweenness implements NodeScorer {

  private final int pivots;
  private final long seed;

  private Betweenness(int pivots, long seed) {
    this.pivots = pivots;
    this.seed = seed;
  }

  /** Exact Brandes betweenness: every node is a source. */
  public static Betweenness exact() {
    return new Betweenness(Integer.MAX_VALUE, 0);
  }

  /** Estimate from {@code pivots} random sources (exact when pivots >= n). */
  public static Betweenness sampled(int pivots, long seed) {
    if (pivots < 1) {
      throw new IllegalArgumentException("pivots must be >= 1, got " + pivots);
    }
    return new Betweenness(pivots, seed);
  }

  /**
   * Exact up to {@code exactUpTo} nodes; above it, as many pivots as fit a work budget of
   * {@code arcVisits} arc visits (at least 4), so large graphs cost O(budget).
   */
  public static Betweenness adaptive(Graph graph, int exactUpTo, long arcVisits, long seed) {
    Objects.requireNonNull(graph, "graph must not be null");
    if (graph.nodeCount() <= exactUpTo) {
      return exact();
    }
    long perSource = 2L * graph.edgeCount() + graph.nodeCount();
    int k = (int) Math.max(4, Math.min(graph.nodeCount(), arcVisits / Math.max(1, perSource)));
    return sampled(k, seed);
  }

  /** True when every node is used as a source. */
  public boolean isExact(Graph graph) {
    return pivots >= graph.nodeCount();
  }

  @Override
  public double[] scores(Graph graph) {
    Objects.requireNonNull(graph, "graph must not be null");
    int n = graph.nodeCount();
    int[] sources = chooseSources(n);
    if (sources.length == 0) {
      return new double[n];
    }
    int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
        sources.length / 4 == 0 ? 1 : sources.length / 4));
    double scaleFactor = (double) n / sources.length / 2; // each unordered pair is seen twice
    double[][] partial = new double[workers][];
    IntStream.range(0, workers).parallel().forEach(worker -> {
      Workspace ws = new Workspace(n);
      for (int i = worker; i < sources.length; i += workers) {
        ws.accumulate(graph, sources[i]);
      }
      partial[worker] = ws.centrality;
    });
    double[] result = new double[n];
    for (double[] p : partial) {
      for (int v = 0; v < n; v++) {
        result[v] += p[v];
      }
    }
    for (int v = 0; v < n; v++) {
      result[v] *= scaleFactor;
    }
    return result;
  }

  private int[] chooseSources(int n) {
    if (pivots >= n) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    // partial Fisher–Yates: k distinct uniform sources
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < pivots; i++) {
      int j = i + random.nextInt(n - i);
      int t = ids[i];
      ids[i] = ids[j];
      ids[j] = t;
    }
    return java.util.Arrays.copyOf(ids, pivots);
  }

  /** Per-thread Brandes state; only visited entries are reset between sources. */
  private static final class Workspace {
    final double[] centrality;
    final double[] paths;
    final double[] dependency;
    final int[] distance;
    final int[] order;

    Workspace(int n) {
      centrality = new double[n];
      paths = new double[n];
      dependency = new double[n];
      distance = new int[n];
      java.util.Arrays.fill(distance, -1);
      order = new int[n];
    }

    void accumulate(Graph graph, int source) {
      int visited = 0;
      int head = 0;
      order[visited++] = source;
      distance[source] = 0;
      paths[source] = 1;
      while (head < visited) {
        int v = order[head++];
        int next = distance[v] + 1;
        double sigma = paths[v];
        for (int a = graph.arcStart(v); a < graph.arcEnd(v); a++) {
          int w = graph.target(a);
          if (distance[w] < 0) {
            distance[w] = next;
            order[visited++] = w;
          }
          if (distance[w] == next) {
            paths[w] += sigma;
          }
        }
      }
      // BFS order reversed is non-increasing distance: successors are final before v
      for (int i = visited - 1; i > 0; i--) {
        int v = order[i];
        int next = distance[v] + 1;
        double sum = 0;
        for (int a = graph.arcStart(v); a < graph.arcEnd(v); a++) {
          int w = graph.target(a);
          if (distance[w] == next) {
            sum += (1 + dependency[w]) / paths[w];
          }
        }
        dependency[v] = paths[v] * sum;
        centrality[v] += dependency[v];
      }
      for (int i = 0; i < visited; i++) {
        int v = order[i];
        distance[v] = -1;
        paths[v] = 0;
        dependency[v] = 0;
      }
    }
  }
}
