package org.lantern.network.community;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.lantern.network.api.CommunityDetector;
import org.lantern.network.api.Graph;
import org.lantern.network.api.Partition;

/**
 * The Leiden algorithm for community detection.
 *
 * <p>Source: V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Scientific Reports 9, 5233 (2019). Like Louvain it alternates
 * local moving of nodes and aggregation of the graph, but it refines each community into
 * well-connected sub-communities before aggregating, so no returned community is disconnected.
 *
 * <p>It maximises, over partitions into communities c,
 * <pre>  H = sum_c [ w_in(c) - gamma * scale * W(c)^2 / 2 ]</pre>
 * where w_in(c) is the weight of edges inside c and W(c) the total node weight of c:
 * <ul>
 *   <li>{@link Quality#MODULARITY}: node weight = weighted degree, scale = 1/(2m); with gamma = 1
 *       this is Newman–Girvan modularity (times m). Its resolution limit merges groups smaller
 *       than about sqrt(2m) internal weight, which in a city-sized graph hides small rings.</li>
 *   <li>{@link Quality#CPM}: the Constant Potts Model (Traag, Van Dooren, Nesterov 2011), node
 *       weight = 1, scale = 1: a community must have internal weight density above gamma. It is
 *       free of the resolution limit: whether a group is split does not depend on the rest of
 *       the graph.</li>
 * </ul>
 *
 * <p>Deterministic for a given seed (single-threaded, seeded node orders). Time per iteration is
 * O(m) per level in practice (each local-moving pass and the refinement visit every arc a few
 * times; levels shrink geometrically); space O(n + m).
 */
public final class Leiden implements CommunityDetector {

  /** The quality function maximised. */
  public enum Quality {
    MODULARITY,
    CPM
  }

  private final Quality quality;
  private final double resolution;
  private final long seed;
  private final int iterations;
  private final double randomness;

  private Leiden(Quality quality, double resolution, long seed, int iterations, double randomness) {
    this.quality = Objects.requireNonNull(quality, "quality must not be null");
    if (!(resolution > 0) || Double.isInfinite(resolution)) {
      throw new IllegalArgumentException("resolution must be positive and finite, got " + resolution);
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
    }
    if (!(randomness > 0)) {
      throw new IllegalArgumentException("randomness must be positive, got " + randomness);
    }
    this.resolution = resolution;
    this.seed = seed;
    this.iterations = iterations;
    this.randomness = randomness;
  }

  /** Modularity with resolution {@code gamma} (1 = classic modularity). */
  public static Leiden modularity(double gamma) {
    return new Leiden(Quality.MODULARITY, gamma, 42, 2, 0.01);
  }

  /** Constant Potts Model with density threshold {@code gamma}. */
  public static Leiden cpm(double gamma) {
    return new Leiden(Quality.CPM, gamma, 42, 2, 0.01);
  }

  /** The same configuration with another random seed. */
  public Leiden withSeed(long newSeed) {
    return new Leiden(quality, resolution, newSeed, iterations, randomness);
  }

  /** The same configuration with another number of full Leiden iterations (each starts from the last result). */
  public Leiden withIterations(int newIterations) {
    return new Leiden(quality, resolution, seed, newIterations, randomness);
  }

  public Quality quality() {
    return quality;
  }

  public double resolution() {
    return resolution;
  }

  @Override
  public Partition detect(Graph graph) {
    Objects.requireNonNull(graph, "graph must not be null");
    return Partition.of(detectMembership(graph, null));
  }

  /**
   * Community label per node, starting from {@code initial} (null = singletons).
   */
  public int[] detectMembership(Graph graph, int[] initial) {
    Objects.requireNonNull(graph, "graph must not be null");
    LevelGraph base = LevelGraph.of(graph, quality == Quality.MODULARITY);
    double scale = quality == Quality.MODULARITY
        ? resolution / Math.max(Double.MIN_NORMAL, 2 * graph.totalWeight())
        : resolution;
    int n = graph.nodeCount();
    int[] membership = initial == null ? identity(n) : initial.clone();
    if (membership.length != n) {
      throw new IllegalArgumentException("initial membership must have one label per node");
    }
    renumber(membership);
    SplittableRandom random = new SplittableRandom(seed);
    for (int iteration = 0; iteration < iterations; iteration++) {
      int[] next = runOnce(base, membership, scale, random);
      boolean same = Arrays.equals(next, membership);
      membership = next;
      if (same) {
        break;
      }
    }
    return membership;
  }

  private int[] runOnce(LevelGraph base, int[] initial, double scale, SplittableRandom random) {
    LevelGraph g = base;
    int[] membership = initial.clone();
    int[] levelNodeOf = identity(base.n);
    while (true) {
      moveNodesFast(g, membership, scale, random);
      int communities = renumber(membership);
      if (communities == g.n) {
        break;
      }
      int[] refined = refine(g, membership, scale, random);
      int refinedCount = renumber(refined);
      // a refinement that merged nothing would aggregate to the same graph: fall back to Louvain
      int[] grouping = refinedCount < g.n ? refined : membership;
      int groups = refinedCount < g.n ? refinedCount : communities;
      LevelGraph aggregated = aggregate(g, grouping, groups);
      int[] aggregatedMembership = new int[groups];
      for (int v = 0; v < g.n; v++) {
        aggregatedMembership[grouping[v]] = membership[v];
      }
      for (int v = 0; v < levelNodeOf.length; v++) {
        levelNodeOf[v] = grouping[levelNodeOf[v]];
      }
      g = aggregated;
      membership = aggregatedMembership;
    }
    int[] result = new int[base.n];
    for (int v = 0; v < base.n; v++) {
      result[v] = membership[levelNodeOf[v]];
    }
    renumber(result);
    return result;
  }

  /** Traag's fast local moving: a queue of nodes whose neighbourhood changed. */
  private static void moveNodesFast(LevelGraph g, int[] membership, double scale, SplittableRandom random) {
    int n = g.n;
    double[] clusterWeight = new double[n];
    int[] clusterSize = new int[n];
    for (int v = 0; v < n; v++) {
      clusterWeight[membership[v]] += g.nodeWeight[v];
      clusterSize[membership[v]]++;
    }
    int[] unused = new int[n];
    int unusedCount = 0;
    for (int c = n - 1; c >= 0; c--) {
      if (clusterSize[c] == 0) {
        unused[unusedCount++] = c;
      }
    }
    int[] queue = permutation(n, random);
    boolean[] queued = new boolean[n];
    Arrays.fill(queued, true);
    int head = 0;
    int queueSize = n;
    double[] edgeWeightTo = new double[n];
    int[] neighbourClusters = new int[n];
    while (queueSize > 0) {
      int v = queue[head];
      head = head + 1 == n ? 0 : head + 1;
      queueSize--;
      queued[v] = false;
      int current = membership[v];
      double nodeWeight = g.nodeWeight[v];
      clusterWeight[current] -= nodeWeight;
      clusterSize[current]--;
      int listed = 0;
      neighbourClusters[listed++] = current;
      edgeWeightTo[current] = 0;
      for (int a = g.offsets[v]; a < g.offsets[v + 1]; a++) {
        int c = membership[g.targets[a]];
        if (edgeWeightTo[c] == 0 && c != current) {
          neighbourClusters[listed++] = c;
        }
        edgeWeightTo[c] += g.weights[a];
      }
      int best = current;
      double bestGain = edgeWeightTo[current] - nodeWeight * clusterWeight[current] * scale;
      for (int i = 1; i < listed; i++) {
        int c = neighbourClusters[i];
        double gain = edgeWeightTo[c] - nodeWeight * clusterWeight[c] * scale;
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      for (int i = 0; i < listed; i++) {
        edgeWeightTo[neighbourClusters[i]] = 0;
      }
      if (bestGain < 0) {
        // being alone (gain 0) beats every community; current is non-empty here, since an
        // emptied current cluster itself offers gain 0
        best = unused[--unusedCount];
      }
      if (clusterSize[current] == 0 && best != current) {
        unused[unusedCount++] = current;
      }
      membership[v] = best;
      clusterWeight[best] += nodeWeight;
      clusterSize[best]++;
      if (best != current) {
        for (int a = g.offsets[v]; a < g.offsets[v + 1]; a++) {
          int t = g.targets[a];
          if (!queued[t] && membership[t] != best) {
            queued[t] = true;
            int tail = head + queueSize;
            queue[tail >= n ? tail - n : tail] = t;
            queueSize++;
          }
        }
      }
    }
  }

  /**
   * Leiden refinement: inside each community, merge well-connected singletons into
   * well-connected sub-communities, choosing randomly among non-negative gains (weight
   * exp(gain/randomness)).
   */
  private int[] refine(LevelGraph g, int[] membership, double scale, SplittableRandom random) {
    int n = g.n;
    int[] refined = identity(n);
    double[] refinedWeight = g.nodeWeight.clone();
    double[] external = new double[n];
    boolean[] nonSingleton = new boolean[n];
    double[] communityWeight = new double[n];
    for (int v = 0; v < n; v++) {
      communityWeight[membership[v]] += g.nodeWeight[v];
      int c = membership[v];
      double w = 0;
      for (int a = g.offsets[v]; a < g.offsets[v + 1]; a++) {
        if (membership[g.targets[a]] == c) {
          w += g.weights[a];
        }
      }
      external[v] = w;
    }
    double[] edgeWeightTo = new double[n];
    boolean[] listedFlag = new boolean[n];
    int[] neighbourClusters = new int[n];
    double[] gains = new double[n];
    for (int v : permutation(n, random)) {
      if (nonSingleton[refined[v]]) {
        continue;
      }
      int community = membership[v];
      double nodeWeight = g.nodeWeight[v];
      double total = communityWeight[community];
      if (external[v] < nodeWeight * (total - nodeWeight) * scale) {
        continue; // not well connected to its community: stays alone
      }
      int own = refined[v];
      double ownExternal = external[own];
      refinedWeight[own] = 0;
      external[own] = 0;
      int listed = 0;
      neighbourClusters[listed++] = own;
      listedFlag[own] = true;
      for (int a = g.offsets[v]; a < g.offsets[v + 1]; a++) {
        int t = g.targets[a];
        if (membership[t] != community) {
          continue;
        }
        int c = refined[t];
        if (!listedFlag[c]) {
          listedFlag[c] = true;
          neighbourClusters[listed++] = c;
        }
        edgeWeightTo[c] += g.weights[a];
      }
      double maxGain = 0;
      int best = own;
      for (int i = 0; i < listed; i++) {
        int c = neighbourClusters[i];
        double cw = refinedWeight[c];
        if (c == own || external[c] >= cw * (total - cw) * scale) {
          double gain = edgeWeightTo[c] - nodeWeight * cw * scale;
          gains[i] = gain;
          if (gain > maxGain) {
            maxGain = gain;
            best = c;
          }
        } else {
          gains[i] = Double.NEGATIVE_INFINITY;
        }
      }
      // randomised choice among non-negative gains, relative to the best to avoid overflow
      double totalChance = 0;
      for (int i = 0; i < listed; i++) {
        if (gains[i] >= 0) {
          totalChance += Math.exp((gains[i] - maxGain) / randomness);
        }
      }
      int chosen = best;
      double r = random.nextDouble() * totalChance;
      for (int i = 0; i < listed; i++) {
        if (gains[i] >= 0) {
          r -= Math.exp((gains[i] - maxGain) / randomness);
          if (r <= 0) {
            chosen = neighbourClusters[i];
            break;
          }
        }
      }
      double toChosen = edgeWeightTo[chosen];
      for (int i = 0; i < listed; i++) {
        edgeWeightTo[neighbourClusters[i]] = 0;
        listedFlag[neighbourClusters[i]] = false;
      }
      refined[v] = chosen;
      refinedWeight[chosen] += nodeWeight;
      external[chosen] += ownExternal - 2 * toChosen;
      if (chosen != own) {
        nonSingleton[chosen] = true;
      }
    }
    return refined;
  }

  /** Collapses each group into one node; edges between groups are summed, inside dropped. */
  private static LevelGraph aggregate(LevelGraph g, int[] group, int groups) {
    int[] start = new int[groups + 1];
    for (int v = 0; v < g.n; v++) {
      start[group[v] + 1]++;
    }
    for (int c = 0; c < groups; c++) {
      start[c + 1] += start[c];
    }
    int[] nodesByGroup = new int[g.n];
    int[] cursor = Arrays.copyOf(start, groups);
    for (int v = 0; v < g.n; v++) {
      nodesByGroup[cursor[group[v]]++] = v;
    }
    double[] nodeWeight = new double[groups];
    int[] offsets = new int[groups + 1];
    int[] targets = new int[Math.max(16, g.offsets[g.n] / 2)];
    double[] weights = new double[targets.length];
    double[] weightTo = new double[groups];
    int[] listed = new int[groups];
    int arcs = 0;
    for (int c = 0; c < groups; c++) {
      int count = 0;
      for (int i = start[c]; i < start[c + 1]; i++) {
        int v = nodesByGroup[i];
        nodeWeight[c] += g.nodeWeight[v];
        for (int a = g.offsets[v]; a < g.offsets[v + 1]; a++) {
          int d = group[g.targets[a]];
          if (d == c) {
            continue;
          }
          if (weightTo[d] == 0) {
            listed[count++] = d;
          }
          weightTo[d] += g.weights[a];
        }
      }
      if (arcs + count > targets.length) {
        int capacity = Math.max(arcs + count, targets.length * 2);
        targets = Arrays.copyOf(targets, capacity);
        weights = Arrays.copyOf(weights, capacity);
      }
      for (int i = 0; i < count; i++) {
        int d = listed[i];
        targets[arcs] = d;
        weights[arcs] = weightTo[d];
        arcs++;
        weightTo[d] = 0;
      }
      offsets[c + 1] = arcs;
    }
    return new LevelGraph(groups, offsets, Arrays.copyOf(targets, arcs), Arrays.copyOf(weights, arcs), nodeWeight);
  }

  /** Renumbers labels densely in order of first appearance; returns the number of labels. */
  static int renumber(int[] labels) {
    int max = 0;
    for (int label : labels) {
      max = Math.max(max, label);
    }
    int[] newLabel = new int[max + 1];
    Arrays.fill(newLabel, -1);
    int next = 0;
    for (int i = 0; i < labels.length; i++) {
      int label = labels[i];
      if (newLabel[label] < 0) {
        newLabel[label] = next++;
      }
      labels[i] = newLabel[label];
    }
    return next;
  }

  private static int[] identity(int n) {
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    return ids;
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] order = identity(n);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** The working graph of one aggregation level, with node weights. */
  private static final class LevelGraph {
    final int n;
    final int[] offsets;
    final int[] targets;
    final double[] weights;
    final double[] nodeWeight;

    LevelGraph(int n, int[] offsets, int[] targets, double[] weights, double[] nodeWeight) {
      this.n = n;
      this.offsets = offsets;
      this.targets = targets;
      this.weights = weights;
      this.nodeWeight = nodeWeight;
    }

    static LevelGraph of(Graph graph, boolean weightByStrength) {
      int n = graph.nodeCount();
      int[] offsets = new int[n + 1];
      for (int v = 0; v < n; v++) {
        offsets[v + 1] = graph.arcEnd(v) - graph.arcStart(v) + offsets[v];
      }
      int[] targets = new int[offsets[n]];
      double[] weights = new double[offsets[n]];
      double[] nodeWeight = new double[n];
      for (int v = 0; v < n; v++) {
        int write = offsets[v];
        for (int a = graph.arcStart(v); a < graph.arcEnd(v); a++) {
          targets[write] = graph.target(a);
          weights[write] = graph.weight(a);
          write++;
        }
        nodeWeight[v] = weightByStrength ? graph.strength(v) : 1.0;
      }
      return new LevelGraph(n, offsets, targets, weights, nodeWeight);
    }
  }
}
