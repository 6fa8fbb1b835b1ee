package org.lantern.network.cdr;

import java.util.Arrays;
import java.util.Objects;

/**
 * The calls made or received by a set of numbers within a time range, in time order (ties by
 * record order). O(calls) scan plus O(r log r) sort of the r matching records.
 */
public final class CallTimeline {

  private CallTimeline() {}

  /**
   * Record indices of calls touching any of {@code numbers} with start in [fromEpochSecond,
   * toEpochSecond).
   */
  public static int[] of(CallLog log, int[] numbers, long fromEpochSecond, long toEpochSecond) {
    Objects.requireNonNull(log, "log must not be null");
    Objects.requireNonNull(numbers, "numbers must not be null");
    boolean[] wanted = new boolean[log.numbers().size()];
    for (int number : numbers) {
      wanted[number] = true;
    }
    int[] matches = new int[16];
    int size = 0;
    for (int call = 0; call < log.size(); call++) {
      long start = log.start(call);
      if (start >= fromEpochSecond && start < toEpochSecond
          && (wanted[log.caller(call)] || wanted[log.callee(call)])) {
        if (size == matches.length) {
          matches = Arrays.copyOf(matches, size * 2);
        }
        matches[size++] = call;
      }
    }
    Integer[] boxed = new Integer[size];
    for (int i = 0; i < size; i++) {
      boxed[i] = matches[i];
    }
    Arrays.sort(boxed, (x, y) -> {
      int byTime = Long.compare(log.start(x), log.start(y));
      return byTime != 0 ? byTime : Integer.compare(x, y);
    });
    int[] result = new int[size];
    for (int i = 0; i < size; i++) {
      result[i] = boxed[i];
    }
    return result;
  }
}
