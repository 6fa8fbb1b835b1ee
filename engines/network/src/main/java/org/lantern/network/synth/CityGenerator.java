package org.lantern.network.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.lantern.network.io.JsonWriter;

/**
 * Synthetic city call records with planted trafficking rings, for measuring the engine. All data
 * is invented; the same parameters and seed give byte-identical output.
 *
 * <p>Population: every person has one number and one handset, a home cell and a work cell.
 * Ties: households of 1–6 people who call each other often; workplaces of heavy-tailed size
 * (sparse inside); friendships drawn with Chung–Lu probabilities from Pareto-distributed activity
 * (heavy-tailed degree); a few hubs (call centres, taxi firms) with thousands of light contacts;
 * families sharing a handset and people changing handsets.
 *
 * <p>Rings (6–20 numbers): a controller with a second SIM in the same handset, recruiters and
 * transporters drawn from the population (so they keep their families and friends). The
 * controller calls every member often; recruiters and transporters call each other less;
 * recruiters call victims; one transporter sometimes uses a partner's handset; a crew of two or
 * three transporters makes trips together and calls from the same cells within minutes.
 *
 * <p>Writes {@code calls.csv} in time order and {@code truth.json} (rings with roles, every
 * handset used with more than one number, travelling crews).
 */
public final class CityGenerator {

  private static final long EPOCH_START = 1_709_251_200L; // 2024-03-01T00:00:00Z
  private static final int DAYS = 30;

  /** Generator settings. */
  public record Settings(int people, long targetCalls, int rings, long seed) {
    public Settings {
      if (people < 1_000) {
        throw new IllegalArgumentException("people must be >= 1000");
      }
      if (targetCalls < people || rings < 1 || rings * 40 > people) {
        throw new IllegalArgumentException("need calls >= people and 1 <= rings <= people/40");
      }
    }
  }

  private final Settings settings;
  private final SplittableRandom random;
  private final int cells;
  private final int[] homeCell;
  private final int[] workCell;
  private final int[] handsetOf;
  private int handsets;
  private int numbers;
  private final int[] ownerOf; // person of each number (burner SIMs belong to their controller)
  private final Relations relations = new Relations();
  private final Calls calls = new Calls();
  private final List<Ring> rings = new ArrayList<>();
  private final int[] borrowedHandset; // number -> handset it sometimes calls from, or -1
  private final int[] secondHandset; // number -> handset after a phone change, or -1
  private final int[] changeDay;

  private record Ring(int controller, int burner, int[] recruiters, int[] transporters, int[] crew) {}

  public CityGenerator(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.random = new SplittableRandom(settings.seed());
    int people = settings.people();
    this.cells = Math.max(30, people / 300);
    int maxNumbers = people + settings.rings();
    this.homeCell = new int[maxNumbers];
    this.workCell = new int[maxNumbers];
    this.handsetOf = new int[maxNumbers];
    this.ownerOf = new int[maxNumbers];
    this.borrowedHandset = new int[maxNumbers];
    this.secondHandset = new int[maxNumbers];
    this.changeDay = new int[maxNumbers];
    Arrays.fill(borrowedHandset, -1);
    Arrays.fill(secondHandset, -1);
  }

  /** Generates and writes {@code calls.csv} and {@code truth.json} into {@code directory}. */
  public void writeTo(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory must not be null");
    Files.createDirectories(directory);
    generate();
    writeCalls(directory.resolve("calls.csv"));
    writeTruth(directory.resolve("truth.json"));
  }

  /** Number of call records generated so far. */
  public long callCount() {
    return calls.size;
  }

  void generate() {
    int people = settings.people();
    for (int p = 0; p < people; p++) {
      newNumber(p, -1);
    }
    households(people);
    workplaces(people);
    friendships(people);
    hubs(people);
    for (int r = 0; r < settings.rings(); r++) {
      plantRing();
    }
    handsetHabits(people);
    emitCalls();
  }

  private int newNumber(int owner, int handset) {
    int number = numbers++;
    ownerOf[number] = owner;
    homeCell[number] = number == owner ? random.nextInt(cells) : homeCell[owner];
    workCell[number] = number == owner ? random.nextInt(cells) : workCell[owner];
    handsetOf[number] = handset >= 0 ? handset : handsets++;
    return number;
  }

  private void households(int people) {
    int p = 0;
    while (p < people) {
      int size = Math.min(people - p, 1 + (int) Math.min(5, -Math.log(1 - random.nextDouble()) * 1.6));
      for (int i = p + 1; i < p + size; i++) {
        homeCell[i] = homeCell[p];
      }
      for (int i = p; i < p + size; i++) {
        for (int j = i + 1; j < p + size; j++) {
          relations.add(i, j, 7.0);
        }
      }
      p += size;
    }
  }

  private void workplaces(int people) {
    int[] order = shuffled(people);
    int i = 0;
    while (i < people) {
      // Pareto sizes: many small firms, a few large employers
      int size = (int) Math.min(people - i, Math.min(400, 4 / Math.pow(1 - random.nextDouble(), 1 / 1.3)));
      int cell = random.nextInt(cells);
      for (int k = i; k < i + size; k++) {
        workCell[order[k]] = cell;
      }
      double p = Math.min(1.0, 5.0 / Math.max(1, size - 1));
      for (int a = i; a < i + size; a++) {
        for (int b = a + 1; b < i + size; b++) {
          if (random.nextDouble() < p) {
            relations.add(order[a], order[b], 1.5);
          }
        }
      }
      i += size;
    }
  }

  private void friendships(int people) {
    double[] cumulative = new double[people];
    double total = 0;
    for (int p = 0; p < people; p++) {
      total += 1 / Math.pow(1 - random.nextDouble(), 1 / 1.8); // Pareto(1.8) activity
      cumulative[p] = total;
    }
    long friendships = people * 2L;
    for (long f = 0; f < friendships; f++) {
      int a = pick(cumulative, total);
      int b = pick(cumulative, total);
      if (a != b) {
        relations.add(a, b, 1.0 + random.nextInt(3));
      }
    }
  }

  private void hubs(int people) {
    int hubCount = Math.max(3, people / 25_000);
    for (int h = 0; h < hubCount; h++) {
      int hub = random.nextInt(people);
      int contacts = Math.min(people - 1, 200 + random.nextInt(Math.max(1, people / 200)));
      for (int c = 0; c < contacts; c++) {
        int other = random.nextInt(people);
        if (other != hub) {
          relations.add(hub, other, 1.0);
        }
      }
    }
  }

  private void plantRing() {
    int size = 6 + random.nextInt(15);
    int[] members = distinctPeople(size - 1); // plus the controller's burner SIM
    int controller = members[0];
    int burner = newNumber(controller, handsetOf[controller]);
    int recruiterCount = Math.max(1, (size - 2) / 3);
    int[] recruiters = Arrays.copyOfRange(members, 1, 1 + recruiterCount);
    int[] transporters = Arrays.copyOfRange(members, 1 + recruiterCount, members.length);
    for (int i = 1; i < members.length; i++) {
      // the controller phones each member often, mostly from the burner
      relations.add(controller, members[i], 3.0);
      relations.add(burner, members[i], 6.0 + random.nextInt(6));
    }
    for (int r : recruiters) {
      for (int t : transporters) {
        if (random.nextDouble() < 0.5) {
          relations.add(r, t, 2.0 + random.nextInt(4));
        }
      }
      for (int r2 : recruiters) {
        if (r < r2 && random.nextDouble() < 0.5) {
          relations.add(r, r2, 2.0 + random.nextInt(3));
        }
      }
      int victims = 2 + random.nextInt(5);
      for (int v = 0; v < victims; v++) {
        relations.add(r, random.nextInt(settings.people()), 2.0 + random.nextInt(4));
      }
    }
    for (int a = 0; a < transporters.length; a++) {
      for (int b = a + 1; b < transporters.length; b++) {
        if (random.nextDouble() < 0.5) {
          relations.add(transporters[a], transporters[b], 2.0 + random.nextInt(4));
        }
      }
    }
    int[] crew = Arrays.copyOf(transporters, Math.min(transporters.length, 2 + random.nextInt(2)));
    if (crew.length >= 2) {
      // one crew member now and then calls from a partner's handset
      borrowedHandset[crew[1]] = handsetOf[crew[0]];
    }
    rings.add(new Ring(controller, burner, recruiters, transporters, crew));
  }

  private void handsetHabits(int people) {
    for (int p = 0; p < people; p++) {
      if (isRingNumber(p)) {
        continue;
      }
      double u = random.nextDouble();
      if (u < 0.002 && p + 1 < people && homeCell[p + 1] == homeCell[p] && !isRingNumber(p + 1)
          && borrowedHandset[p + 1] < 0) {
        // a household member sometimes calls from this person's phone
        borrowedHandset[p + 1] = handsetOf[p];
      } else if (u < 0.012) {
        secondHandset[p] = handsets++;
        changeDay[p] = 1 + random.nextInt(DAYS - 1);
      }
    }
  }

  private boolean isRingNumber(int number) {
    for (Ring ring : rings) {
      if (ring.controller == number || ring.burner == number || contains(ring.recruiters, number)
          || contains(ring.transporters, number)) {
        return true;
      }
    }
    return false;
  }

  private void emitCalls() {
    double expected = relations.totalRate();
    double travelCalls = rings.size() * 5.0 * 3 * 3;
    double scale = Math.max(0.05, (settings.targetCalls() - travelCalls) / expected);
    for (int i = 0; i < relations.size; i++) {
      int count = poisson(relations.rate[i] * scale);
      for (int k = 0; k < count; k++) {
        boolean forward = random.nextBoolean();
        int caller = forward ? relations.a[i] : relations.b[i];
        int callee = forward ? relations.b[i] : relations.a[i];
        long time = randomDaytime(random.nextInt(DAYS));
        calls.add(caller, callee, time, duration(), cellAt(caller, time), handsetAt(caller, time));
      }
    }
    for (Ring ring : rings) {
      if (ring.crew.length < 2) {
        continue;
      }
      int trips = 3 + random.nextInt(3);
      for (int t = 0; t < trips; t++) {
        long departure = randomDaytime(random.nextInt(DAYS));
        int stops = 2 + random.nextInt(3);
        for (int s = 0; s < stops; s++) {
          int cell = random.nextInt(cells);
          long at = departure + s * 3_600L;
          for (int member : ring.crew) {
            long time = at + random.nextInt(600);
            int callee = random.nextBoolean() ? ring.burner : ring.controller;
            calls.add(member, callee, time, duration(), cell, handsetAt(member, time));
          }
        }
      }
    }
  }

  private int cellAt(int caller, long time) {
    int hour = (int) ((time - EPOCH_START) % 86_400 / 3_600);
    int day = (int) ((time - EPOCH_START) / 86_400);
    double u = random.nextDouble();
    if (u < 0.08) {
      return random.nextInt(cells); // out and about
    }
    boolean workHours = day % 7 < 5 && hour >= 9 && hour < 17;
    return workHours ? workCell[caller] : homeCell[caller];
  }

  private int handsetAt(int caller, long time) {
    if (borrowedHandset[caller] >= 0 && random.nextDouble() < 0.25) {
      return borrowedHandset[caller];
    }
    if (secondHandset[caller] >= 0 && time >= EPOCH_START + changeDay[caller] * 86_400L) {
      return secondHandset[caller];
    }
    return handsetOf[caller];
  }

  private long randomDaytime(int day) {
    // calls cluster between 07:00 and 23:00
    return EPOCH_START + day * 86_400L + 7 * 3_600 + random.nextInt(16 * 3_600);
  }

  private int duration() {
    double lognormal = Math.exp(4.2 + 1.1 * random.nextGaussian());
    return (int) Math.min(7_200, Math.max(1, lognormal));
  }

  private int poisson(double mean) {
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }

  private int pick(double[] cumulative, double total) {
    double x = random.nextDouble() * total;
    int i = Arrays.binarySearch(cumulative, x);
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }

  private int[] distinctPeople(int count) {
    int[] chosen = new int[count];
    int k = 0;
    while (k < count) {
      int p = random.nextInt(settings.people());
      if (!contains(Arrays.copyOf(chosen, k), p) && !isRingNumber(p)) {
        chosen[k++] = p;
      }
    }
    return chosen;
  }

  private int[] shuffled(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static boolean contains(int[] values, int x) {
    for (int v : values) {
      if (v == x) {
        return true;
      }
    }
    return false;
  }

  /** Phone number text of a number id: a fixed bijection scrambles ids into 9 digits. */
  static String phone(int number) {
    long scrambled = (number * 387_420_489L + 12_345_678L) % 1_000_000_000L;
    return String.format("+2547%09d", scrambled).substring(0, 14);
  }

  static String imei(int handset) {
    long scrambled = Math.floorMod(handset * 7_625_597_484_987L + 99_991L, 10_000_000_000_000L);
    return String.format("35%013d", scrambled);
  }

  private void writeCalls(Path file) throws IOException {
    long[] order = new long[calls.size];
    for (int i = 0; i < calls.size; i++) {
      order[i] = ((calls.time[i] - EPOCH_START) << 32) | i;
    }
    Arrays.parallelSort(order);
    String[] phones = new String[numbers];
    for (int n = 0; n < numbers; n++) {
      phones[n] = phone(n);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      StringBuilder line = new StringBuilder(128);
      out.write("caller,callee,start_time,duration_s,cell_id,imei\n".getBytes(StandardCharsets.US_ASCII));
      for (long key : order) {
        int i = (int) key;
        line.setLength(0);
        line.append(phones[calls.caller[i]]).append(',').append(phones[calls.callee[i]]).append(',');
        appendTime(line, calls.time[i]);
        line.append(',').append(calls.duration[i]).append(",C").append(calls.cell[i]).append(',')
            .append(imei(calls.handset[i])).append('\n');
        for (int k = 0; k < line.length(); k++) {
          out.write(line.charAt(k));
        }
      }
    }
  }

  private static void appendTime(StringBuilder sb, long epochSecond) {
    long offset = epochSecond - EPOCH_START;
    int day = (int) (offset / 86_400) + 1;
    int seconds = (int) (offset % 86_400);
    // March 2024 has 31 days and the period is 30
    sb.append("2024-03-").append(two(day)).append('T').append(two(seconds / 3600)).append(':')
        .append(two(seconds / 60 % 60)).append(':').append(two(seconds % 60)).append('Z');
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private void writeTruth(Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file)) {
      JsonWriter json = new JsonWriter(writer);
      json.beginObject();
      json.name("rings").beginArray();
      for (int r = 0; r < rings.size(); r++) {
        Ring ring = rings.get(r);
        json.beginObject().name("id").value(r).name("controller").value(phone(ring.controller));
        phones(json.name("controller_numbers"), new int[] {ring.controller, ring.burner});
        phones(json.name("recruiters"), ring.recruiters);
        phones(json.name("transporters"), ring.transporters);
        phones(json.name("crew"), ring.crew);
        int[] members = new int[2 + ring.recruiters.length + ring.transporters.length];
        members[0] = ring.controller;
        members[1] = ring.burner;
        System.arraycopy(ring.recruiters, 0, members, 2, ring.recruiters.length);
        System.arraycopy(ring.transporters, 0, members, 2 + ring.recruiters.length, ring.transporters.length);
        phones(json.name("members"), members);
        json.endObject();
      }
      json.endArray();
      json.name("shared_handsets").beginArray();
      for (int[] group : handsetsUsedByManyNumbers()) {
        json.beginObject().name("imei").value(imei(group[0]));
        phones(json.name("numbers"), Arrays.copyOfRange(group, 1, group.length));
        json.endObject();
      }
      json.endArray();
      json.name("calls").value(calls.size);
      json.name("numbers").value(numbers);
      json.endObject();
      writer.write('\n');
    }
  }

  /** Every handset that made calls with two or more numbers: {handset, numbers...}. */
  private List<int[]> handsetsUsedByManyNumbers() {
    long[] pairs = new long[calls.size];
    for (int i = 0; i < calls.size; i++) {
      pairs[i] = ((long) calls.handset[i] << 32) | calls.caller[i];
    }
    Arrays.parallelSort(pairs);
    List<int[]> groups = new ArrayList<>();
    int i = 0;
    while (i < pairs.length) {
      int handset = (int) (pairs[i] >>> 32);
      int[] group = {handset};
      int j = i;
      for (; j < pairs.length && (int) (pairs[j] >>> 32) == handset; j++) {
        if (j == i || pairs[j] != pairs[j - 1]) {
          group = Arrays.copyOf(group, group.length + 1);
          group[group.length - 1] = (int) pairs[j];
        }
      }
      if (group.length > 2) {
        groups.add(group);
      }
      i = j;
    }
    return groups;
  }

  private static void phones(JsonWriter json, int[] ids) {
    json.beginArray();
    for (int id : ids) {
      json.value(phone(id));
    }
    json.endArray();
  }

  /** Ties between people with an expected number of calls over the period. */
  private static final class Relations {
    int[] a = new int[1024];
    int[] b = new int[1024];
    double[] rate = new double[1024];
    int size;

    void add(int x, int y, double expectedCalls) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
        b = Arrays.copyOf(b, size * 2);
        rate = Arrays.copyOf(rate, size * 2);
      }
      a[size] = x;
      b[size] = y;
      rate[size] = expectedCalls;
      size++;
    }

    double totalRate() {
      double total = 0;
      for (int i = 0; i < size; i++) {
        total += rate[i];
      }
      return total;
    }
  }

  /** Generated call records, columnar. */
  private static final class Calls {
    int[] caller = new int[1024];
    int[] callee = new int[1024];
    long[] time = new long[1024];
    int[] duration = new int[1024];
    int[] cell = new int[1024];
    int[] handset = new int[1024];
    int size;

    void add(int from, int to, long at, int seconds, int cellId, int handsetId) {
      if (size == caller.length) {
        int capacity = size * 2;
        caller = Arrays.copyOf(caller, capacity);
        callee = Arrays.copyOf(callee, capacity);
        time = Arrays.copyOf(time, capacity);
        duration = Arrays.copyOf(duration, capacity);
        cell = Arrays.copyOf(cell, capacity);
        handset = Arrays.copyOf(handset, capacity);
      }
      caller[size] = from;
      callee[size] = to;
      time[size] = at;
      duration[size] = seconds;
      cell[size] = cellId;
      handset[size] = handsetId;
      size++;
    }
  }
}
