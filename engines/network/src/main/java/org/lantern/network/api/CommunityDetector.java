package org.lantern.network.api;

/** Finds a partition of a graph into communities (densely connected groups of nodes). */
@FunctionalInterface
public interface CommunityDetector {

  /** Returns the communities of {@code graph}; the same input and configuration give the same result. */
  Partition detect(Graph graph);
}
