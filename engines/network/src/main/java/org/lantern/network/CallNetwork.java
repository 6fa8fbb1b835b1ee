package org.lantern.network;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lantern.network.api.CallRecord;
import org.lantern.network.api.CommunityDetector;
import org.lantern.network.api.Partition;
import org.lantern.network.cdr.ActivityAroundDate;
import org.lantern.network.cdr.CallLog;
import org.lantern.network.cdr.CallTimeline;
import org.lantern.network.cdr.CoLocation;
import org.lantern.network.cdr.DeviceSwaps;
import org.lantern.network.cdr.FrequentContacts;
import org.lantern.network.centrality.Betweenness;
import org.lantern.network.centrality.KeyPlayers;
import org.lantern.network.centrality.PageRank;
import org.lantern.network.community.Communities;
import org.lantern.network.graph.CsrGraph;
import org.lantern.network.io.CallCsvReader;
import org.lantern.network.paths.CommonNeighbours;
import org.lantern.network.paths.Neighbourhood;
import org.lantern.network.paths.ShortestPaths;

/**
 * The entry point for applications: a case's calls as a network, answering investigators'
 * questions in terms of phone numbers. Build it from in-memory {@link CallRecord}s
 * ({@link #of(Collection)}) or a CSV file ({@link #readCsv(Path)}); expensive results
 * (communities, PageRank, betweenness) are computed once on first use and cached. Thread-safe.
 *
 * <p>All per-number answers use the undirected contact graph weighted by number of calls; see the
 * classes in {@code graph}, {@code community}, {@code centrality}, {@code paths} and {@code cdr}
 * for definitions and complexity.
 */
public final class CallNetwork {

  /** A community with its members and its most central members inside it, most central first. */
  public record Community(int id, List<String> members, List<String> keyPlayers) {}

  /** Centrality figures of one number. */
  public record Centrality(String number, double pageRank, double betweenness, int degree) {}

  /** A number in contact with several of the queried suspects. */
  public record CommonContact(String number, List<String> suspects) {}

  /** A contact and how much the two talked. */
  public record Contact(String number, long calls, long seconds) {}

  /** One handset (IMEI) used with several numbers, or one number used in several handsets. */
  public record DeviceLink(String key, List<String> linked) {}

  /** Two numbers seen together on a cell in {@code times} separate episodes. */
  public record Meeting(String a, String b, String cellId, int times) {}

  /** One call in a timeline. */
  public record TimelineCall(
      String caller, String callee, Instant start, int durationSeconds, String cellId, String imei) {}

  /** Calls between two numbers before and after an event. */
  public record PairActivity(String a, String b, int callsBefore, int callsAfter) {}

  private final CallLog log;
  private final CommunityDetector detector;
  private Partition communities;
  private double[] pageRank;
  private double[] betweenness;

  private CallNetwork(CallLog log, CommunityDetector detector) {
    this.log = log;
    this.detector = detector;
  }

  /** A network of in-memory calls with the default community detection. */
  public static CallNetwork of(Collection<CallRecord> calls) {
    Objects.requireNonNull(calls, "calls must not be null");
    return new CallNetwork(CallLog.of(calls), Communities.defaultDetector());
  }

  /** A network over an existing log. */
  public static CallNetwork of(CallLog log) {
    return of(log, Communities.defaultDetector());
  }

  /** A network over an existing log with a chosen community detector. */
  public static CallNetwork of(CallLog log, CommunityDetector detector) {
    Objects.requireNonNull(log, "log must not be null");
    Objects.requireNonNull(detector, "detector must not be null");
    return new CallNetwork(log, detector);
  }

  /** Reads a call CSV; bad rows are skipped silently (use {@link CallCsvReader} to see them). */
  public static CallNetwork readCsv(Path csv) throws IOException {
    Objects.requireNonNull(csv, "csv must not be null");
    CallCsvReader.Result result = new CallCsvReader().read(csv, (line, reason) -> {});
    return of(result.log());
  }

  /** The underlying call records. */
  public CallLog log() {
    return log;
  }

  /** The contact graph; node ids are {@link #id(String)}. */
  public CsrGraph graph() {
    return log.contactGraph();
  }

  /** Node id of a number; throws when the number is not in the calls. */
  public int id(String number) {
    int id = log.numberId(Objects.requireNonNull(number, "number must not be null"));
    if (id < 0) {
      throw new IllegalArgumentException("unknown number: " + number);
    }
    return id;
  }

  /** Number of node id {@code id}. */
  public String number(int id) {
    return log.number(id);
  }

  /** Community partition by the configured detector (cached). */
  public synchronized Partition communities() {
    if (communities == null) {
      communities = detector.detect(graph());
    }
    return communities;
  }

  /**
   * Communities of at least {@code minSize} members, largest first, each with up to
   * {@code keyPlayers} members ranked by centrality inside the community.
   */
  public List<Community> communities(int minSize, int keyPlayers) {
    Partition partition = communities();
    int[][] ranked = KeyPlayers.rankAll(graph(), partition, minSize, keyPlayers);
    List<Community> result = new ArrayList<>();
    for (int c = 0; c < partition.clusterCount() && partition.size(c) >= minSize; c++) {
      result.add(new Community(c, sortedNumbers(partition.members(c)), numbers(ranked[c])));
    }
    return result;
  }

  /** PageRank of every node id (cached; sums to 1). */
  public synchronized double[] pageRank() {
    if (pageRank == null) {
      pageRank = new PageRank().scores(graph());
    }
    return pageRank;
  }

  /** Betweenness of every node id: exact up to 5,000 numbers, pivot-sampled above (cached). */
  public synchronized double[] betweenness() {
    if (betweenness == null) {
      betweenness = Betweenness.adaptive(graph(), 5_000, 60_000_000L, 11).scores(graph());
    }
    return betweenness;
  }

  /** The {@code limit} numbers with the highest PageRank, with their other centralities. */
  public List<Centrality> topCentral(int limit) {
    double[] rank = pageRank();
    double[] between = betweenness();
    CsrGraph g = graph();
    int[] order = topByScore(rank, limit);
    List<Centrality> result = new ArrayList<>();
    for (int v : order) {
      result.add(new Centrality(number(v), rank[v], between[v], g.degree(v)));
    }
    return result;
  }

  /** A fewest-hops chain of contacts from {@code from} to {@code to}; empty if unconnected. */
  public List<String> shortestPath(String from, String to) {
    return numbers(ShortestPaths.between(graph(), id(from), id(to)));
  }

  /** Numbers within {@code hops} of {@code number}, with their distance, nearest first. */
  public Map<String, Integer> neighbourhood(String number, int hops) {
    Neighbourhood.Result result = Neighbourhood.of(graph(), id(number), hops);
    Map<String, Integer> byNumber = new LinkedHashMap<>();
    for (int i = 0; i < result.nodes().length; i++) {
      byNumber.put(number(result.nodes()[i]), result.hops()[i]);
    }
    return byNumber;
  }

  /**
   * Numbers in contact with at least {@code minSuspects} of {@code suspects}, most suspects
   * first; suspects not in the calls are ignored.
   */
  public List<CommonContact> commonContacts(List<String> suspects, int minSuspects) {
    Objects.requireNonNull(suspects, "suspects must not be null");
    List<String> known = suspects.stream().filter(s -> log.numberId(s) >= 0).distinct().toList();
    int[] query = known.stream().mapToInt(this::id).toArray();
    List<CommonContact> result = new ArrayList<>();
    for (CommonNeighbours.Match m : CommonNeighbours.of(graph(), query, minSuspects)) {
      List<String> who = Arrays.stream(m.queryIndices()).mapToObj(known::get).toList();
      result.add(new CommonContact(number(m.node()), who));
    }
    return result;
  }

  /** Up to {@code limit} most frequent contacts of {@code number}. */
  public List<Contact> frequentContacts(String number, int limit) {
    return FrequentContacts.of(graph(), id(number), limit).stream()
        .map(c -> new Contact(number(c.number()), c.calls(), c.seconds()))
        .toList();
  }

  /** Handsets used with more than one number (SIM swaps). */
  public List<DeviceLink> sharedHandsets() {
    return DeviceSwaps.sharedHandsets(log, 2).stream()
        .map(g -> new DeviceLink(log.imeis().get(g.id()), sortedNumbers(g.members())))
        .toList();
  }

  /** Numbers used in more than one handset (handset swaps). */
  public List<DeviceLink> handsetChanges() {
    return DeviceSwaps.handsetChanges(log, 2).stream()
        .map(g -> new DeviceLink(number(g.id()),
            Arrays.stream(g.members()).mapToObj(log.imeis()::get).toList()))
        .toList();
  }

  /** Pairs seen on the same cell within {@code window} in at least {@code minTimes} episodes. */
  public List<Meeting> coLocations(Duration window, int minTimes) {
    Objects.requireNonNull(window, "window must not be null");
    return CoLocation.find(log, Math.toIntExact(window.toSeconds()), minTimes).stream()
        .map(m -> {
          String a = number(m.a());
          String b = number(m.b());
          boolean ordered = a.compareTo(b) <= 0;
          return new Meeting(ordered ? a : b, ordered ? b : a, log.cells().get(m.cell()), m.episodes());
        })
        .toList();
  }

  /** Calls of {@code numbers} in [from, to), in time order. */
  public List<TimelineCall> timeline(List<String> numbers, Instant from, Instant to) {
    Objects.requireNonNull(numbers, "numbers must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    int[] ids = numbers.stream().filter(s -> log.numberId(s) >= 0).mapToInt(this::id).toArray();
    List<TimelineCall> result = new ArrayList<>();
    for (int call : CallTimeline.of(log, ids, from.getEpochSecond(), to.getEpochSecond())) {
      result.add(new TimelineCall(number(log.caller(call)), number(log.callee(call)),
          Instant.ofEpochSecond(log.start(call)), log.duration(call),
          log.cell(call) == CallLog.NONE ? null : log.cells().get(log.cell(call)),
          log.imei(call) == CallLog.NONE ? null : log.imeis().get(log.imei(call))));
    }
    return result;
  }

  /**
   * Who called whom in the {@code before} and {@code after} windows around {@code event},
   * restricted to pairs touching {@code numbers} unless it is empty.
   */
  public List<PairActivity> activityAround(Instant event, Duration before, Duration after, List<String> numbers) {
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    Objects.requireNonNull(numbers, "numbers must not be null");
    int[] ids = numbers.stream().filter(s -> log.numberId(s) >= 0).mapToInt(this::id).toArray();
    return ActivityAroundDate.around(log, event.getEpochSecond(), before.toSeconds(), after.toSeconds(), ids)
        .stream()
        .map(p -> new PairActivity(number(p.a()), number(p.b()), p.callsBefore(), p.callsAfter()))
        .toList();
  }

  /** Ids of the {@code limit} highest scores, best first, ties by id; O(n log n) on primitives. */
  static int[] topByScore(double[] scores, int limit) {
    int n = scores.length;
    if (n == 0 || limit <= 0) {
      return new int[0];
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double threshold = sorted[Math.max(0, n - limit)];
    Integer[] candidates = java.util.stream.IntStream.range(0, n)
        .filter(v -> scores[v] >= threshold).boxed().toArray(Integer[]::new);
    Arrays.sort(candidates, Comparator.comparingDouble((Integer v) -> -scores[v]).thenComparingInt(v -> v));
    int[] top = new int[Math.min(limit, candidates.length)];
    for (int i = 0; i < top.length; i++) {
      top[i] = candidates[i];
    }
    return top;
  }

  private List<String> sortedNumbers(int[] ids) {
    List<String> sorted = new ArrayList<>(numbers(ids));
    sorted.sort(null);
    return sorted;
  }

  private List<String> numbers(int[] ids) {
    List<String> result = new ArrayList<>(ids.length);
    for (int id : ids) {
      result.add(number(id));
    }
    return result;
  }
}
