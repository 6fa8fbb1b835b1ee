package org.lantern.network.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * A partition of the nodes {@code 0..n-1} into clusters {@code 0..clusterCount()-1} (communities,
 * connected components).
 *
 * <p>Cluster ids are dense and ordered by decreasing size, ties by smallest member, so that two
 * runs producing the same grouping produce identical objects.
 */
public final class Partition {

  private final int[] membership;
  private final int clusterCount;
  private final int[] clusterStart;
  private final int[] membersByCluster;

  /**
   * Builds a partition from any membership labelling; labels are renumbered.
   *
   * @param membership cluster label of each node (any non-negative ints); copied
   */
  public static Partition of(int[] membership) {
    Objects.requireNonNull(membership, "membership must not be null");
    return new Partition(membership.clone());
  }

  private Partition(int[] labels) {
    int n = labels.length;
    int maxLabel = -1;
    for (int label : labels) {
      if (label < 0) {
        throw new IllegalArgumentException("cluster labels must be non-negative, got " + label);
      }
      maxLabel = Math.max(maxLabel, label);
    }
    int[] size = new int[maxLabel + 1];
    int[] firstMember = new int[maxLabel + 1];
    Arrays.fill(firstMember, Integer.MAX_VALUE);
    for (int v = 0; v < n; v++) {
      size[labels[v]]++;
      firstMember[labels[v]] = Math.min(firstMember[labels[v]], v);
    }
    int used = 0;
    for (int s : size) {
      if (s > 0) {
        used++;
      }
    }
    // sort labels by (size desc, first member asc) to make ids canonical
    long[] keys = new long[used];
    int k = 0;
    for (int label = 0; label <= maxLabel; label++) {
      if (size[label] > 0) {
        keys[k++] = ((long) (Integer.MAX_VALUE - size[label]) << 32) | firstMember[label];
      }
    }
    Arrays.sort(keys);
    int[] newId = new int[maxLabel + 1];
    for (int c = 0; c < used; c++) {
      int first = (int) keys[c];
      newId[labels[first]] = c;
    }
    this.membership = new int[n];
    this.clusterStart = new int[used + 1];
    for (int v = 0; v < n; v++) {
      int c = newId[labels[v]];
      membership[v] = c;
      clusterStart[c + 1]++;
    }
    for (int c = 0; c < used; c++) {
      clusterStart[c + 1] += clusterStart[c];
    }
    this.membersByCluster = new int[n];
    int[] cursor = Arrays.copyOf(clusterStart, used);
    for (int v = 0; v < n; v++) {
      membersByCluster[cursor[membership[v]]++] = v;
    }
    this.clusterCount = used;
  }

  /** Number of nodes covered. */
  public int nodeCount() {
    return membership.length;
  }

  /** Number of non-empty clusters. */
  public int clusterCount() {
    return clusterCount;
  }

  /** Cluster of {@code node}. */
  public int clusterOf(int node) {
    return membership[node];
  }

  /** Size of cluster {@code cluster}. */
  public int size(int cluster) {
    return clusterStart[cluster + 1] - clusterStart[cluster];
  }

  /** Members of {@code cluster} in increasing node order (a fresh array). */
  public int[] members(int cluster) {
    return Arrays.copyOfRange(membersByCluster, clusterStart[cluster], clusterStart[cluster + 1]);
  }

  /** A copy of the membership array. */
  public int[] membership() {
    return membership.clone();
  }
}
