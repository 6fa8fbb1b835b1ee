package org.lantern.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lantern.network.api.CallRecord;
import org.junit.jupiter.api.Test;

class CallNetworkTest {

  private static final long T0 = 1_709_251_200L;

  private static CallNetwork sample() {
    List<CallRecord> calls = new ArrayList<>();
    String[] ring = {"R1", "R2", "R3", "R4", "R5"};
    for (int day = 0; day < 3; day++) {
      for (String m : ring) {
        calls.add(new CallRecord("BOSS", m, T0 + day * 86_400L, 60, "CELL-" + day, "IMEI-B"));
      }
    }
    calls.add(new CallRecord("R1", "R2", T0, 10, null, null));
    calls.add(new CallRecord("R2", "OUT", T0 + 5, 10, null, null));
    calls.add(new CallRecord("OUT", "FAR", T0 + 6, 10, null, null));
    return CallNetwork.of(calls);
  }

  @Test
  void answersInvestigatorQuestionsInPhoneNumbers() {
    CallNetwork network = sample();
    assertThat(network.shortestPath("BOSS", "FAR")).containsExactly("BOSS", "R2", "OUT", "FAR");
    assertThat(network.neighbourhood("BOSS", 1)).containsEntry("BOSS", 0).containsEntry("R3", 1).hasSize(6);
    assertThat(network.commonContacts(List.of("R1", "R2", "NOT-THERE"), 2))
        .extracting(CallNetwork.CommonContact::number).containsExactly("BOSS");
    assertThat(network.frequentContacts("R1", 1).get(0).number()).isEqualTo("BOSS");
    List<CallNetwork.Community> communities = network.communities(3, 3);
    assertThat(communities).isNotEmpty();
    assertThat(communities.get(0).keyPlayers().get(0)).isEqualTo("BOSS");
    assertThat(network.topCentral(1).get(0).number()).isEqualTo("BOSS");
    assertThat(network.pageRank()).hasSize(8);
    assertThat(network.sharedHandsets()).isEmpty();
    assertThat(network.coLocations(Duration.ofMinutes(15), 3)).isEmpty();
    assertThat(network.timeline(List.of("OUT"), Instant.ofEpochSecond(T0), Instant.ofEpochSecond(T0 + 10)))
        .extracting(CallNetwork.TimelineCall::callee).containsExactly("OUT", "FAR");
    assertThat(network.activityAround(Instant.ofEpochSecond(T0 + 3), Duration.ofSeconds(10),
        Duration.ofSeconds(10), List.of())).hasSize(8);
  }

  @Test
  void unknownNumbersAreRejectedWithTheirName() {
    assertThatThrownBy(() -> sample().shortestPath("BOSS", "NOBODY"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOBODY");
  }

  @Test
  void callRecordsValidateTheirFields() {
    assertThatThrownBy(() -> new CallRecord(null, "B", 0, 0, null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CallRecord("A", "B", 0, -1, null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new CallRecord("A", "B", 0, 0, "", "").cellId()).isNull();
  }
}
