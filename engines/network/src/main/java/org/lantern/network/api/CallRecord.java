package org.lantern.network.api;

import java.util.Objects;

/**
 * One call detail record: who called whom, when, for how long, from which cell and handset.
 *
 * @param caller calling number, non-empty
 * @param callee called number, non-empty
 * @param startEpochSecond call start, seconds since 1970-01-01T00:00:00Z
 * @param durationSeconds call duration, zero or more
 * @param cellId cell the caller was attached to, or {@code null} when unknown
 * @param imei handset identity of the caller, or {@code null} when unknown
 */
public record CallRecord(
    String caller, String callee, long startEpochSecond, int durationSeconds, String cellId, String imei) {

  public CallRecord {
    Objects.requireNonNull(caller, "caller must not be null");
    Objects.requireNonNull(callee, "callee must not be null");
    if (caller.isEmpty() || callee.isEmpty()) {
      throw new IllegalArgumentException("caller and callee must not be empty");
    }
    if (durationSeconds < 0) {
      throw new IllegalArgumentException("durationSeconds must be >= 0, got " + durationSeconds);
    }
    if (cellId != null && cellId.isEmpty()) {
      cellId = null;
    }
    if (imei != null && imei.isEmpty()) {
      imei = null;
    }
  }
}
