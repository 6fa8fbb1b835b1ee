package org.lantern.network.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lantern.network.api.Partition;
import org.lantern.network.community.Leiden;
import org.lantern.network.community.Modularity;
import org.lantern.network.community.PartitionComparison;
import org.lantern.network.graph.CsrGraph;
import org.lantern.network.graph.GraphBuilder;

/**
 * {@code communities}: Leiden on a whitespace-separated edge list read as an undirected simple
 * graph (duplicates and self-loops dropped, weight 1), printing community count, modularity and,
 * with {@code --labels}, NMI against ground-truth labels.
 */
final class CommunitiesCommand {

  private final Map<String, String> options;
  private final PrintStream out;

  CommunitiesCommand(Map<String, String> options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  void run() throws IOException {
    Path edges = Path.of(NetworkCli.required(options, "edges"));
    double gamma = Double.parseDouble(options.getOrDefault("resolution", "1"));
    GraphBuilder builder = new GraphBuilder();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (String line : Files.readAllLines(edges)) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length < 2 || !Character.isDigit(parts[0].charAt(0))) {
        continue; // header or blank
      }
      int u = Integer.parseInt(parts[0]);
      int v = Integer.parseInt(parts[1]);
      if (u != v && seen.add(((long) Math.min(u, v) << 32) | Math.max(u, v))) {
        builder.addEdge(u, v);
      }
    }
    CsrGraph graph = builder.build();
    long started = System.nanoTime();
    Leiden leiden = Leiden.modularity(gamma);
    if (options.containsKey("seed")) {
      leiden = leiden.withSeed(Long.parseLong(options.get("seed")));
    }
    Partition partition = leiden.detect(graph);
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf("nodes %d edges %d%n", graph.nodeCount(), graph.edgeCount());
    out.printf("communities %d modularity %.3f seconds %.3f%n",
        partition.clusterCount(), Modularity.of(graph, partition), seconds);
    if (options.containsKey("labels")) {
      List<String> lines = Files.readAllLines(Path.of(options.get("labels")));
      int[] truth = new int[graph.nodeCount()];
      int[] found = new int[graph.nodeCount()];
      int k = 0;
      for (String line : lines) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length < 2 || !Character.isDigit(parts[0].charAt(0))) {
          continue;
        }
        int node = Integer.parseInt(parts[0]);
        if (node < graph.nodeCount()) {
          truth[k] = Integer.parseInt(parts[1]);
          found[k] = partition.clusterOf(node);
          k++;
        }
      }
      double nmi = PartitionComparison.normalizedMutualInformation(
          java.util.Arrays.copyOf(truth, k), java.util.Arrays.copyOf(found, k));
      out.printf("nmi %.3f%n", nmi);
    }
  }
}
