package org.lantern.network.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lantern.network.cdr.CallLog;
import org.junit.jupiter.api.Test;

class IoTest {

  private static long parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return Timestamps.parseEpochSecond(b, 0, b.length);
  }

  @Test
  void parsesIsoTimestampsWithAndWithoutOffset() {
    long utc = Instant.parse("2024-03-01T12:34:56Z").getEpochSecond();
    assertThat(parse("2024-03-01T12:34:56Z")).isEqualTo(utc);
    assertThat(parse("2024-03-01T12:34:56")).isEqualTo(utc);
    assertThat(parse("2024-03-01 12:34:56")).isEqualTo(utc);
    assertThat(parse("2024-03-01T12:34:56.789Z")).isEqualTo(utc);
    assertThat(parse("2024-03-01T15:34:56+03:00")).isEqualTo(utc);
    assertThat(parse("2024-03-01T07:04:56-0530")).isEqualTo(utc);
    assertThat(parse("2024-02-29T00:00:00Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z").getEpochSecond());
    assertThat(parse("1709296496")).isEqualTo(1_709_296_496L);
    assertThat(parse("2024-13-01T00:00:00Z")).isEqualTo(Timestamps.INVALID);
    assertThat(parse("yesterday")).isEqualTo(Timestamps.INVALID);
    assertThat(parse("2024-03-01T12:34:56+3")).isEqualTo(Timestamps.INVALID);
    assertThat(parse("")).isEqualTo(Timestamps.INVALID);
  }

  private static CallCsvReader.Result read(String csv, List<String> bad, int threads) throws IOException {
    return new CallCsvReader(threads).read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        (line, reason) -> bad.add(line + ": " + reason), 16);
  }

  @Test
  void readsRowsAndReportsBadOnesWithLineNumbers() throws IOException {
    String csv = """
        caller,callee,start_time,duration_s,cell_id,imei
        +111,+222,2024-03-01T10:00:00Z,60,C1,IMEI1
        +111,,2024-03-01T10:00:00Z,60,C1,IMEI1
        +111,+333,not-a-time,60,,
        +222,+333,2024-03-01T10:05:00+01:00,abc,,

        +333,+111,2024-03-01T11:00:00,7,,\r
        only-one-field
        "+444","+111","2024-03-01T12:00:00Z","12.5","C 2",""
        """;
    List<String> bad = new ArrayList<>();
    CallCsvReader.Result result = read(csv, bad, 2);
    assertThat(result.rows()).isEqualTo(3);
    assertThat(result.badRows()).isEqualTo(4);
    assertThat(bad).hasSize(4);
    assertThat(bad.get(0)).startsWith("3: empty callee");
    assertThat(bad.get(1)).startsWith("4: bad start_time");
    assertThat(bad.get(2)).startsWith("5: bad duration_s");
    assertThat(bad.get(3)).startsWith("8: expected at least");
    CallLog log = result.log();
    assertThat(log.size()).isEqualTo(3);
    assertThat(log.number(log.caller(2))).isEqualTo("+444");
    assertThat(log.duration(2)).isEqualTo(12);
    assertThat(log.cells().get(log.cell(2))).isEqualTo("C 2");
    assertThat(log.imei(2)).isEqualTo(CallLog.NONE);
    assertThat(log.imei(1)).isEqualTo(CallLog.NONE);
    assertThat(log.imeis().get(log.imei(0))).isEqualTo("IMEI1");
  }

  @Test
  void columnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() throws IOException {
    String csv = "start_time,callee,caller\n2024-03-01T10:00:00Z,+2,+1\n";
    CallCsvReader.Result result = read(csv, new ArrayList<>(), 1);
    assertThat(result.log().number(result.log().caller(0))).isEqualTo("+1");
    assertThat(result.log().cell(0)).isEqualTo(CallLog.NONE);
  }

  @Test
  void rejectsAHeaderWithoutRequiredColumns() {
    assertThatThrownBy(() -> read("a,b,c\n1,2,3\n", new ArrayList<>(), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caller");
  }

  @Test
  void readsManyBlocksInOrder() throws IOException {
    StringBuilder csv = new StringBuilder("caller,callee,start_time,duration_s,cell_id,imei\n");
    int rows = 200_000; // about 9 MiB: several read blocks
    for (int i = 0; i < rows; i++) {
      csv.append("+2547").append(i % 5000).append(",+2548").append(i % 777)
          .append(",2024-03-01T10:00:00Z,").append(i % 100).append(",C").append(i % 7).append(",35").append(i % 300)
          .append('\n');
    }
    csv.append("+1,+2,bad,1,,\n");
    List<String> bad = new ArrayList<>();
    CallCsvReader.Result result = read(csv.toString(), bad, 2);
    assertThat(result.rows()).isEqualTo(rows);
    assertThat(bad).containsExactly((rows + 2) + ": bad start_time 'bad'");
    CallLog log = result.log();
    assertThat(log.number(log.caller(rows - 1))).isEqualTo("+2547" + ((rows - 1) % 5000));
    assertThat(log.duration(rows - 1)).isEqualTo((rows - 1) % 100);
  }

  @Test
  void jsonWriterEscapesAndSeparates() {
    StringWriter out = new StringWriter();
    new JsonWriter(out).beginObject()
        .name("a").value("x\"y\n")
        .name("b").beginArray().value(1).value(2.5).value(Double.NaN).endArray()
        .name("c").value(true)
        .endObject().flush();
    assertThat(out.toString()).isEqualTo("{\"a\":\"x\\\"y\\n\",\"b\":[1,2.5,null],\"c\":true}");
  }
}
