package org.lantern.network.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.lantern.network.centrality.Betweenness;
import org.lantern.network.centrality.PageRank;
import org.lantern.network.community.Communities;
import org.lantern.network.community.Leiden;
import org.lantern.network.graph.CsrGraph;
import org.lantern.network.graph.GraphBuilder;
import org.lantern.network.graph.StringIndex;
import org.lantern.network.io.CallCsvReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Hot paths of {@code analyze}: interning, CSV parsing, graph building, Leiden, PageRank,
 * sampled betweenness, on a synthetic heavy-tailed graph of 100,000 nodes and 1,000,000 calls.
 * Run with bench/network/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HotPathBenchmarks {

  private static final int NODES = 100_000;
  private static final int CALLS = 1_000_000;

  private int[] tails;
  private int[] heads;
  private byte[][] numbers;
  private byte[] csv;
  private CsrGraph graph;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    tails = new int[CALLS];
    heads = new int[CALLS];
    for (int i = 0; i < CALLS; i++) {
      // squared uniform draws give a skewed, hub-heavy degree distribution
      double u = random.nextDouble();
      tails[i] = (int) (u * u * NODES);
      heads[i] = random.nextInt(NODES);
    }
    numbers = new byte[NODES][];
    for (int v = 0; v < NODES; v++) {
      numbers[v] = String.format("+2547%09d", (v * 387_420_489L) % 1_000_000_000L).getBytes(StandardCharsets.US_ASCII);
    }
    StringBuilder text = new StringBuilder("caller,callee,start_time,duration_s,cell_id,imei\n");
    for (int i = 0; i < 200_000; i++) {
      text.append(new String(numbers[tails[i]], StandardCharsets.US_ASCII)).append(',')
          .append(new String(numbers[heads[i]], StandardCharsets.US_ASCII))
          .append(",2024-03-01T10:00:00Z,60,C").append(i % 500).append(",35").append(tails[i]).append('\n');
    }
    csv = text.toString().getBytes(StandardCharsets.US_ASCII);
    graph = GraphBuilder.build(NODES, tails, heads, null, null, CALLS);
  }

  @Benchmark
  public int internOneMillionNumbers() {
    StringIndex index = new StringIndex(NODES);
    int sum = 0;
    for (int i = 0; i < CALLS; i++) {
      byte[] key = numbers[tails[i]];
      sum += index.intern(key, 0, key.length);
    }
    return sum;
  }

  @Benchmark
  public long parseTwoHundredThousandCsvRows() throws IOException {
    return new CallCsvReader().read(new ByteArrayInputStream(csv), (line, reason) -> {}, 200_000).rows();
  }

  @Benchmark
  public long buildGraphFromOneMillionCalls() {
    return GraphBuilder.build(NODES, tails, heads, null, null, CALLS).edgeCount();
  }

  @Benchmark
  public int leidenModularity() {
    return Leiden.modularity(1).detect(graph).clusterCount();
  }

  @Benchmark
  public int leidenDefaultFineLevel() {
    return Communities.defaultDetector().detect(graph).clusterCount();
  }

  @Benchmark
  public double pageRank() {
    return new PageRank().scores(graph)[0];
  }

  @Benchmark
  public double betweennessEightPivots() {
    return Betweenness.sampled(8, 3).scores(graph)[0];
  }
}
