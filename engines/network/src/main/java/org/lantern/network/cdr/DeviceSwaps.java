package org.lantern.network.cdr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Handset/SIM changes seen in call records (each record ties the caller's number to the IMEI of
 * the handset it called from):
 * <ul>
 *   <li>{@link #sharedHandsets}: one IMEI used with several numbers — SIM swaps, a burner
 *       rotation, or one phone passed between people;</li>
 *   <li>{@link #handsetChanges}: one number used in several IMEIs — handset swaps.</li>
 * </ul>
 * Both sort packed (key, value) longs: O(c log c) time over the c records with an IMEI, O(c)
 * space.
 */
public final class DeviceSwaps {

  /** An id and the distinct ids associated with it, ascending. */
  public record Group(int id, int[] members) {}

  private DeviceSwaps() {}

  /** IMEIs used with at least {@code minNumbers} distinct numbers; members are number ids. */
  public static List<Group> sharedHandsets(CallLog log, int minNumbers) {
    Objects.requireNonNull(log, "log must not be null");
    return group(log, true, minNumbers);
  }

  /** Numbers used in at least {@code minHandsets} distinct IMEIs; members are IMEI ids. */
  public static List<Group> handsetChanges(CallLog log, int minHandsets) {
    Objects.requireNonNull(log, "log must not be null");
    return group(log, false, minHandsets);
  }

  private static List<Group> group(CallLog log, boolean byImei, int minMembers) {
    long[] pairs = new long[log.size()];
    int count = 0;
    for (int call = 0; call < log.size(); call++) {
      int imei = log.imei(call);
      if (imei != CallLog.NONE) {
        int number = log.caller(call);
        pairs[count++] = byImei ? pack(imei, number) : pack(number, imei);
      }
    }
    pairs = Arrays.copyOf(pairs, count);
    Arrays.parallelSort(pairs);
    List<Group> groups = new ArrayList<>();
    int i = 0;
    while (i < count) {
      int key = (int) (pairs[i] >>> 32);
      int[] members = new int[4];
      int size = 0;
      int j = i;
      for (; j < count && (int) (pairs[j] >>> 32) == key; j++) {
        if (j > i && pairs[j] == pairs[j - 1]) {
          continue;
        }
        if (size == members.length) {
          members = Arrays.copyOf(members, size * 2);
        }
        members[size++] = (int) pairs[j];
      }
      if (size >= minMembers) {
        groups.add(new Group(key, Arrays.copyOf(members, size)));
      }
      i = j;
    }
    return groups;
  }

  private static long pack(int high, int low) {
    return ((long) high << 32) | (low & 0xFFFFFFFFL);
  }
}
