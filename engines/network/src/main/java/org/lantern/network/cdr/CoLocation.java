package org.lantern.network.cdr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Pairs of numbers repeatedly on the same cell at the same time — people travelling or staying
 * together.
 *
 * <p>Definitions. Each call record places its <em>caller</em> on its cell at its start time (a
 * presence). Two presences of different numbers a, b on the same cell at most {@code window}
 * seconds apart are a co-presence at the later of the two times. The co-presences of (a, b, cell)
 * are chained into <em>episodes</em>: a co-presence more than {@code window} after the previous one
 * starts a new episode, so a long stay together counts once while meetings on different occasions
 * count separately. A pair is reported per cell when it has at least {@code minEpisodes}
 * episodes.
 *
 * <p>Time O(p log p + sum over presences of the presences within the window before it) for p
 * presences, cells processed in parallel; space O(p + pairs on the busiest cell).
 */
public final class CoLocation {

  /** Numbers {@code a < b} (ids) seen together on {@code cell} in {@code episodes} episodes. */
  public record Meeting(int a, int b, int cell, int episodes) {}

  private CoLocation() {}

  /** All meetings, by episodes desc, then a, b, cell. */
  public static List<Meeting> find(CallLog log, int windowSeconds, int minEpisodes) {
    Objects.requireNonNull(log, "log must not be null");
    if (windowSeconds < 0 || minEpisodes < 1) {
      throw new IllegalArgumentException("windowSeconds must be >= 0 and minEpisodes >= 1");
    }
    int cells = log.cells().size();
    int[] cellStart = new int[cells + 1];
    long minTime = Long.MAX_VALUE;
    for (int call = 0; call < log.size(); call++) {
      if (log.cell(call) != CallLog.NONE) {
        cellStart[log.cell(call) + 1]++;
        minTime = Math.min(minTime, log.start(call));
      }
    }
    for (int c = 0; c < cells; c++) {
      cellStart[c + 1] += cellStart[c];
    }
    // presence = (seconds since the first presence) << 32 | caller, grouped by cell
    long[] presences = new long[cellStart[cells]];
    int[] cursor = Arrays.copyOf(cellStart, cells);
    for (int call = 0; call < log.size(); call++) {
      int cell = log.cell(call);
      if (cell != CallLog.NONE) {
        long relative = Math.min(0xFFFFFFFFL, log.start(call) - minTime);
        presences[cursor[cell]++] = (relative << 32) | log.caller(call);
      }
    }
    List<List<Meeting>> perWorker = new ArrayList<>();
    int workers = Runtime.getRuntime().availableProcessors();
    for (int w = 0; w < workers; w++) {
      perWorker.add(new ArrayList<>());
    }
    IntStream.range(0, workers).parallel().forEach(worker -> {
      PairEpisodes pairs = new PairEpisodes();
      for (int cell = worker; cell < cells; cell += workers) {
        Arrays.sort(presences, cellStart[cell], cellStart[cell + 1]);
        scanCell(presences, cellStart[cell], cellStart[cell + 1], windowSeconds, pairs);
        pairs.drain(cell, minEpisodes, perWorker.get(worker));
      }
    });
    List<Meeting> meetings = new ArrayList<>();
    perWorker.forEach(meetings::addAll);
    meetings.sort(Comparator.comparingInt((Meeting m) -> -m.episodes())
        .thenComparingInt(Meeting::a).thenComparingInt(Meeting::b).thenComparingInt(Meeting::cell));
    return meetings;
  }

  private static void scanCell(long[] presences, int from, int to, int window, PairEpisodes pairs) {
    int windowStart = from;
    for (int i = from; i < to; i++) {
      long time = presences[i] >>> 32;
      int number = (int) presences[i];
      while (time - (presences[windowStart] >>> 32) > window) {
        windowStart++;
      }
      for (int j = windowStart; j < i; j++) {
        int other = (int) presences[j];
        if (other != number) {
          pairs.record(Math.min(number, other), Math.max(number, other), time, window);
        }
      }
    }
  }

  /** Open-addressing map from a number pair to its episode count and last co-presence time. */
  private static final class PairEpisodes {
    private long[] keys = new long[1024];
    private long[] lastTime = new long[1024];
    private int[] episodes = new int[1024];
    private int[] used = new int[1024];
    private int size;

    PairEpisodes() {
      Arrays.fill(keys, -1);
    }

    void record(int a, int b, long time, int window) {
      long key = ((long) a << 32) | b;
      int slot = slotOf(key);
      if (keys[slot] == -1) {
        keys[slot] = key;
        lastTime[slot] = time;
        episodes[slot] = 1;
        if (size == used.length) {
          used = Arrays.copyOf(used, size * 2);
        }
        used[size++] = slot;
        if (size * 2 > keys.length) {
          grow();
        }
      } else {
        if (time - lastTime[slot] > window) {
          episodes[slot]++;
        }
        lastTime[slot] = time;
      }
    }

    void drain(int cell, int minEpisodes, List<Meeting> out) {
      for (int i = 0; i < size; i++) {
        int slot = used[i];
        if (episodes[slot] >= minEpisodes) {
          out.add(new Meeting((int) (keys[slot] >>> 32), (int) keys[slot], cell, episodes[slot]));
        }
        keys[slot] = -1;
      }
      size = 0;
    }

    private int slotOf(long key) {
      int mask = keys.length - 1;
      long h = key * 0x9E3779B97F4A7C15L;
      int slot = (int) (h >>> 40) & mask;
      while (keys[slot] != -1 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] oldKeys = keys;
      long[] oldTime = lastTime;
      int[] oldEpisodes = episodes;
      int[] oldUsed = Arrays.copyOf(used, size);
      keys = new long[oldKeys.length * 2];
      Arrays.fill(keys, -1);
      lastTime = new long[keys.length];
      episodes = new int[keys.length];
      for (int i = 0; i < oldUsed.length; i++) {
        int oldSlot = oldUsed[i];
        int slot = slotOf(oldKeys[oldSlot]);
        keys[slot] = oldKeys[oldSlot];
        lastTime[slot] = oldTime[oldSlot];
        episodes[slot] = oldEpisodes[oldSlot];
        used[i] = slot;
      }
    }
  }
}
