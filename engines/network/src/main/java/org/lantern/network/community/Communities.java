package org.lantern.network.community;

import java.util.Objects;
import org.lantern.network.api.CommunityDetector;
import org.lantern.network.api.Graph;
import org.lantern.network.api.Partition;
import org.lantern.network.graph.CsrGraph;

/**
 * The engine's default community detection.
 *
 * <p>Modularity has a resolution limit (S. Fortunato, M. Barthélemy, PNAS 104(1), 2007): in a
 * graph of total weight m it cannot separate groups whose internal weight is below about
 * sqrt(2m), so in a city of a million phones a ring of a dozen people is merged into a cluster of
 * hundreds. The Constant Potts Model has no such limit: a group stays separate whenever its
 * internal density exceeds gamma, whatever the size of the rest of the graph (V. A. Traag,
 * P. Van Dooren, Y. Nesterov, Phys. Rev. E 84, 016114, 2011).
 *
 * <p>Edge weights are the square roots of call counts: counts are roughly Poisson, and the
 * square root evens out their spread so that one very chatty tie does not outweigh several
 * regular ones.
 *
 * <p>CPM's gamma is a density in weight units. To make it independent of how long a period the
 * records cover (twice the period, twice the calls per tie), the default expresses gamma relative
 * to the mean weight of an existing tie: with relative gamma g, a community is a group whose
 * average calls per pair exceed g times the calls of a typical tie. The default
 * {@link #DEFAULT_RELATIVE_DENSITY} keeps groups where a good share of pairs talk about as often as
 * typical contacts do — households, close colleagues, rings — the fine level investigators need.
 */
public final class Communities {

  /** Default CPM density relative to the mean (square-root) edge weight. */
  public static final double DEFAULT_RELATIVE_DENSITY = 0.2;

  private Communities() {}

  /** The detector used when none is chosen: fine-level CPM at {@link #DEFAULT_RELATIVE_DENSITY}. */
  public static CommunityDetector defaultDetector() {
    return relativeCpm(DEFAULT_RELATIVE_DENSITY, 42);
  }

  /** Modularity at the default resolution 1 (coarse level, subject to the resolution limit). */
  public static Leiden defaultModularity() {
    return Leiden.modularity(1.0);
  }

  /**
   * Leiden with CPM on square-root call counts at gamma = {@code relativeDensity} × (total
   * weight / number of edges) of that graph.
   */
  public static CommunityDetector relativeCpm(double relativeDensity, long seed) {
    if (!(relativeDensity > 0)) {
      throw new IllegalArgumentException("relativeDensity must be positive, got " + relativeDensity);
    }
    return relativeCpm(relativeDensity, seed, 2);
  }

  /** As {@link #relativeCpm(double, long)} with a chosen number of Leiden iterations. */
  public static CommunityDetector relativeCpm(double relativeDensity, long seed, int iterations) {
    if (!(relativeDensity > 0)) {
      throw new IllegalArgumentException("relativeDensity must be positive, got " + relativeDensity);
    }
    return new RelativeCpm(relativeDensity, seed, iterations);
  }

  private record RelativeCpm(double relativeDensity, long seed, int iterations) implements CommunityDetector {
    @Override
    public Partition detect(Graph graph) {
      Objects.requireNonNull(graph, "graph must not be null");
      // sqrt stabilises the variance of Poisson-like call counts, so one very chatty tie
      // (a household) does not outweigh several regular ones (a ring)
      graph = CsrGraph.copyOf(graph).withWeights(Math::sqrt);
      double meanWeight = graph.edgeCount() == 0 ? 1 : graph.totalWeight() / graph.edgeCount();
      return Leiden.cpm(relativeDensity * meanWeight).withSeed(seed).withIterations(iterations).detect(graph);
    }
  }
}
