package org.lantern.network.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.lantern.network.api.CallRecord;
import org.junit.jupiter.api.Test;

class CdrAnalyticsTest {

  private static final long T0 = 1_709_251_200L;

  private static CallRecord call(String a, String b, long t, String cell, String imei) {
    return new CallRecord(a, b, t, 60, cell, imei);
  }

  @Test
  void sharedHandsetsAndHandsetChanges() {
    CallLog log = CallLog.of(List.of(
        call("A", "X", T0, "c1", "IMEI1"),
        call("B", "X", T0 + 10, "c1", "IMEI1"), // SIM swap: B in A's handset
        call("A", "X", T0 + 20, "c1", "IMEI2"), // handset swap: A in a new handset
        call("C", "X", T0 + 30, "c1", null)));
    List<DeviceSwaps.Group> shared = DeviceSwaps.sharedHandsets(log, 2);
    assertThat(shared).hasSize(1);
    assertThat(log.imeis().get(shared.get(0).id())).isEqualTo("IMEI1");
    assertThat(shared.get(0).members()).containsExactly(log.numberId("A"), log.numberId("B"));
    List<DeviceSwaps.Group> changes = DeviceSwaps.handsetChanges(log, 2);
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).id()).isEqualTo(log.numberId("A"));
  }

  @Test
  void coLocationCountsSeparateEpisodesNotCalls() {
    // A and B on cell c1 together on three different days; on day 0 they call three times within
    // ten minutes, which is one episode; C is on c1 but 20 minutes away each time
    CallLog log = CallLog.of(List.of(
        call("A", "X", T0, "c1", null),
        call("B", "X", T0 + 300, "c1", null),
        call("A", "X", T0 + 600, "c1", null),
        call("C", "X", T0 + 600 + 1_260, "c1", null),
        call("A", "X", T0 + 86_400, "c1", null),
        call("B", "X", T0 + 86_400 + 899, "c1", null),
        call("A", "X", T0 + 2 * 86_400, "c1", null),
        call("B", "X", T0 + 2 * 86_400 + 60, "c1", null),
        call("B", "X", T0 + 3 * 86_400, "c2", null),
        call("A", "X", T0 + 3 * 86_400, "c3", null)));
    List<CoLocation.Meeting> meetings = CoLocation.find(log, 900, 3);
    assertThat(meetings).hasSize(1);
    CoLocation.Meeting m = meetings.get(0);
    assertThat(List.of(log.number(m.a()), log.number(m.b()))).containsExactlyInAnyOrder("A", "B");
    assertThat(log.cells().get(m.cell())).isEqualTo("c1");
    assertThat(m.episodes()).isEqualTo(3);
    assertThat(CoLocation.find(log, 900, 4)).isEmpty();
  }

  @Test
  void timelineIsInTimeOrderAndWithinRange() {
    CallLog log = CallLog.of(List.of(
        call("A", "B", T0 + 50, null, null),
        call("C", "D", T0 + 10, null, null),
        call("B", "E", T0 + 20, null, null),
        call("A", "C", T0 + 500, null, null)));
    int[] calls = CallTimeline.of(log, new int[] {log.numberId("B")}, T0, T0 + 100);
    assertThat(calls).containsExactly(2, 0);
  }

  @Test
  void activityBeforeAndAfterAnEvent() {
    long event = T0 + 1_000;
    CallLog log = CallLog.of(List.of(
        call("A", "B", event - 100, null, null),
        call("B", "A", event - 50, null, null),
        call("A", "C", event + 10, null, null),
        call("A", "C", event + 20, null, null),
        call("A", "C", event + 30, null, null),
        call("D", "E", event + 40, null, null),
        call("A", "B", event - 5_000, null, null)));
    List<ActivityAroundDate.PairActivity> pairs =
        ActivityAroundDate.around(log, event, 600, 600, new int[] {log.numberId("A")});
    assertThat(pairs).hasSize(2);
    assertThat(log.number(pairs.get(0).b())).isEqualTo("C");
    assertThat(pairs.get(0).callsAfter()).isEqualTo(3);
    assertThat(pairs.get(1).callsBefore()).isEqualTo(2);
    assertThat(ActivityAroundDate.around(log, event, 600, 600, new int[0])).hasSize(3);
  }

  @Test
  void frequentContactsByCalls() {
    CallLog log = CallLog.of(List.of(
        call("A", "B", T0, null, null),
        call("A", "C", T0, null, null),
        call("C", "A", T0, null, null)));
    List<FrequentContacts.Contact> top = FrequentContacts.of(log.contactGraph(), log.numberId("A"), 5);
    assertThat(top).extracting(FrequentContacts.Contact::number)
        .containsExactly(log.numberId("C"), log.numberId("B"));
    assertThat(top.get(0).calls()).isEqualTo(2);
    assertThat(top.get(0).seconds()).isEqualTo(120);
  }
}
