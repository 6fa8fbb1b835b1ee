package org.lantern.network.cdr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who called whom shortly before and after an event (a rescue, an arrest): per pair of numbers,
 * the calls in [t - before, t) and in [t, t + after). Pairs whose calls stop or start at the
 * event show who reacted to it. O(calls) time, O(pairs in the window) space.
 */
public final class ActivityAroundDate {

  /** Calls between numbers {@code a < b} (ids) before and after the event. */
  public record PairActivity(int a, int b, int callsBefore, int callsAfter) {}

  private ActivityAroundDate() {}

  /**
   * Pair activity around {@code eventEpochSecond}; when {@code numbers} is non-empty only pairs
   * with at least one of them are kept. Sorted by change |after - before| desc, then a, b.
   */
  public static List<PairActivity> around(
      CallLog log, long eventEpochSecond, long beforeSeconds, long afterSeconds, int[] numbers) {
    Objects.requireNonNull(log, "log must not be null");
    Objects.requireNonNull(numbers, "numbers must not be null");
    boolean[] wanted = new boolean[log.numbers().size()];
    for (int number : numbers) {
      wanted[number] = true;
    }
    boolean filter = numbers.length > 0;
    Map<Long, int[]> counts = new HashMap<>();
    for (int call = 0; call < log.size(); call++) {
      long t = log.start(call);
      boolean before = t >= eventEpochSecond - beforeSeconds && t < eventEpochSecond;
      boolean after = t >= eventEpochSecond && t < eventEpochSecond + afterSeconds;
      int a = log.caller(call);
      int b = log.callee(call);
      if ((!before && !after) || (filter && !wanted[a] && !wanted[b])) {
        continue;
      }
      long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
      counts.computeIfAbsent(key, k -> new int[2])[before ? 0 : 1]++;
    }
    List<PairActivity> result = new ArrayList<>(counts.size());
    counts.forEach((key, c) -> result.add(new PairActivity((int) (key >>> 32), (int) (long) key, c[0], c[1])));
    result.sort(Comparator.comparingInt((PairActivity p) -> -Math.abs(p.callsAfter() - p.callsBefore()))
        .thenComparingInt(PairActivity::a).thenComparingInt(PairActivity::b));
    return result;
  }
}
