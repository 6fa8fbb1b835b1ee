package org.lantern.network.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.lantern.network.CallNetwork;
import org.lantern.network.api.CommunityDetector;
import org.lantern.network.io.CallCsvReader;
import org.lantern.network.io.JsonWriter;

/**
 * {@code analyze}: reads a call CSV and writes the JSON report (summary, communities with key
 * players, top numbers by PageRank, shared handsets, co-locations, common contacts of suspects).
 */
final class AnalyzeCommand {

  static final int MIN_COMMUNITY = 3;
  static final int KEY_PLAYERS = 3;
  static final int TOP_CENTRAL = 1_000;
  static final Duration COLOCATION_WINDOW = Duration.ofMinutes(15);
  static final int COLOCATION_MIN_TIMES = 3;
  private static final int MAX_REPORTED_BAD_ROWS = 1_000;

  private final Path calls;
  private final Path out;
  private final List<String> suspects;
  private final CommunityDetector detector;
  private final PrintStream err;

  AnalyzeCommand(Path calls, Path out, List<String> suspects, CommunityDetector detector, PrintStream err) {
    this.calls = Objects.requireNonNull(calls, "calls must not be null");
    this.out = Objects.requireNonNull(out, "out must not be null");
    this.suspects = Objects.requireNonNull(suspects, "suspects must not be null");
    this.detector = Objects.requireNonNull(detector, "detector must not be null");
    this.err = Objects.requireNonNull(err, "err must not be null");
  }

  void run() throws IOException {
    long started = System.nanoTime();
    long[] badRows = {0};
    CallCsvReader.Result read = new CallCsvReader().read(calls, new CallCsvReader.Listener() {
      @Override
      public void badRow(long lineNumber, String reason) {
        if (++badRows[0] <= MAX_REPORTED_BAD_ROWS) {
          err.println("line " + lineNumber + ": " + reason);
        } else if (badRows[0] == MAX_REPORTED_BAD_ROWS + 1) {
          err.println("more bad rows: only the count is reported from here on");
        }
      }

      @Override
      public void progress(long rowsRead) {
        AnalyzeCommand.this.progress(started, "read " + rowsRead + " calls");
      }
    });
    progress(started, "read " + read.rows() + " calls, " + read.badRows() + " bad rows, "
        + read.log().numbers().size() + " numbers");
    CallNetwork network = CallNetwork.of(read.log(), detector);
    network.graph();
    progress(started, "graph: " + network.graph().edgeCount() + " edges");

    // the call-record analytics do not depend on the graph results: run them alongside
    CompletableFuture<List<CallNetwork.DeviceLink>> devices =
        CompletableFuture.supplyAsync(network::sharedHandsets);
    CompletableFuture<List<CallNetwork.Meeting>> meetings =
        CompletableFuture.supplyAsync(() -> network.coLocations(COLOCATION_WINDOW, COLOCATION_MIN_TIMES));

    network.communities();
    progress(started, "communities: " + network.communities().clusterCount());
    List<CallNetwork.Community> communities = network.communities(MIN_COMMUNITY, KEY_PLAYERS);
    progress(started, "key players of " + communities.size() + " communities");
    network.pageRank();
    progress(started, "pagerank");
    network.betweenness();
    progress(started, "betweenness");
    List<CallNetwork.Centrality> central = network.topCentral(TOP_CENTRAL);
    List<CallNetwork.CommonContact> common =
        suspects.isEmpty() ? List.of() : network.commonContacts(suspects, 2);
    List<CallNetwork.DeviceLink> shared = devices.join();
    List<CallNetwork.Meeting> together = meetings.join();
    progress(started, "devices: " + shared.size() + ", co-locations: " + together.size());

    double seconds = (System.nanoTime() - started) / 1e9;
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer writer = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
      JsonWriter json = new JsonWriter(writer);
      json.beginObject();
      json.name("summary").beginObject()
          .name("calls").value(read.rows())
          .name("numbers").value(network.graph().nodeCount())
          .name("edges").value(network.graph().edgeCount())
          .name("seconds").value(Math.round(seconds * 1000) / 1000.0)
          .name("bad_rows").value(read.badRows())
          .endObject();
      json.name("communities").beginArray();
      for (CallNetwork.Community c : communities) {
        json.beginObject().name("id").value(c.id()).name("size").value(c.members().size());
        stringArray(json.name("members"), c.members());
        stringArray(json.name("key_players"), c.keyPlayers());
        json.endObject();
      }
      json.endArray();
      json.name("central").beginArray();
      for (CallNetwork.Centrality c : central) {
        json.beginObject().name("number").value(c.number()).name("pagerank").value(c.pageRank())
            .name("betweenness").value(c.betweenness()).name("degree").value(c.degree()).endObject();
      }
      json.endArray();
      json.name("devices").beginArray();
      for (CallNetwork.DeviceLink d : shared) {
        json.beginObject().name("imei").value(d.key());
        stringArray(json.name("numbers"), d.linked());
        json.endObject();
      }
      json.endArray();
      json.name("colocation").beginArray();
      for (CallNetwork.Meeting m : together) {
        json.beginObject().name("a").value(m.a()).name("b").value(m.b())
            .name("cell_id").value(m.cellId()).name("times").value(m.times()).endObject();
      }
      json.endArray();
      json.name("common_contacts").beginArray();
      for (CallNetwork.CommonContact c : common) {
        json.beginObject().name("number").value(c.number());
        stringArray(json.name("suspects"), c.suspects());
        json.endObject();
      }
      json.endArray();
      json.endObject();
      writer.write('\n');
    }
    progress(started, "wrote " + out);
  }

  private static void stringArray(JsonWriter json, List<String> values) {
    json.beginArray();
    for (String v : values) {
      json.value(v);
    }
    json.endArray();
  }

  private void progress(long started, String message) {
    err.printf("[%6.1fs] %s%n", (System.nanoTime() - started) / 1e9, message);
  }
}
