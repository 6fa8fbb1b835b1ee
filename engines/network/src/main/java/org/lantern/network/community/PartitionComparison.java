package org.lantern.network.community;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement between two labellings of the same items, for scoring detected communities against
 * ground truth.
 */
public final class PartitionComparison {

  private PartitionComparison() {}

  /**
   * Normalised mutual information 2·I(A;B) / (H(A) + H(B)) (L. Danon et al., J. Stat. Mech. 2005,
   * the "nmi" of igraph's compare_communities). 1 for identical partitions, near 0 for
   * independent ones. Time O(k) over k items, space O(distinct label pairs).
   */
  public static double normalizedMutualInformation(int[] a, int[] b) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    if (a.length != b.length) {
      throw new IllegalArgumentException("labellings differ in length");
    }
    int n = a.length;
    if (n == 0) {
      return 1;
    }
    Map<Integer, Integer> countA = new HashMap<>();
    Map<Integer, Integer> countB = new HashMap<>();
    Map<Long, Integer> joint = new HashMap<>();
    for (int i = 0; i < n; i++) {
      countA.merge(a[i], 1, Integer::sum);
      countB.merge(b[i], 1, Integer::sum);
      joint.merge(((long) a[i] << 32) ^ (b[i] & 0xFFFFFFFFL), 1, Integer::sum);
    }
    double hA = entropy(countA, n);
    double hB = entropy(countB, n);
    if (hA + hB == 0) {
      return 1;
    }
    double mutual = 0;
    for (Map.Entry<Long, Integer> e : joint.entrySet()) {
      int la = (int) (e.getKey() >> 32);
      int lb = (int) (long) e.getKey();
      double pab = e.getValue() / (double) n;
      double pa = countA.get(la) / (double) n;
      double pb = countB.get(lb) / (double) n;
      mutual += pab * Math.log(pab / (pa * pb));
    }
    return 2 * mutual / (hA + hB);
  }

  private static double entropy(Map<Integer, Integer> counts, int n) {
    double h = 0;
    for (int c : counts.values()) {
      double p = c / (double) n;
      h -= p * Math.log(p);
    }
    return h;
  }

  /** Jaccard similarity |A ∩ B| / |A ∪ B| of two sets of ids (duplicates ignored). */
  public static double jaccard(int[] a, int[] b) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    java.util.Set<Integer> setA = new java.util.HashSet<>();
    for (int x : a) {
      setA.add(x);
    }
    java.util.Set<Integer> setB = new java.util.HashSet<>();
    int common = 0;
    for (int x : b) {
      if (setB.add(x) && setA.contains(x)) {
        common++;
      }
    }
    int union = setA.size() + setB.size() - common;
    return union == 0 ? 1 : common / (double) union;
  }
}
