package org.lantern.network.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkCliTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return NetworkCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** A ring of six around controller +100 with a shared handset and travelling pair, plus noise. */
  private Path ringCalls() throws IOException {
    StringBuilder csv = new StringBuilder("caller,callee,start_time,duration_s,cell_id,imei\n");
    String[] members = {"+101", "+102", "+103", "+104", "+105"};
    int minute = 0;
    for (int round = 0; round < 4; round++) {
      for (String m : members) {
        csv.append("+100,").append(m).append(",2024-03-0").append(1 + round).append("T08:")
            .append(String.format("%02d", minute++ % 60)).append(":00Z,60,C9,IMEI-BOSS\n");
      }
      csv.append("+101,+102,2024-03-0").append(1 + round).append("T09:00:00Z,30,C7,IMEI-101\n");
      csv.append("+102,+101,2024-03-0").append(1 + round).append("T09:05:00Z,30,C7,IMEI-102\n");
      csv.append("+103,+104,2024-03-0").append(1 + round).append("T10:00:00+01:00,30,,IMEI-103\n");
    }
    csv.append("+106,+101,2024-03-05T10:00:00Z,30,C1,IMEI-BOSS\n"); // burner SIM in the boss's handset
    csv.append("+200,+201,2024-03-05T10:00:00Z,30,C2,IMEI-200\n");
    csv.append("+201,+202,2024-03-05T10:00:00Z,30,C2,IMEI-201\n");
    csv.append("+202,+200,2024-03-05T10:00:00Z,30,C2,IMEI-202\n");
    csv.append("+300,+101,2024-03-05T10:00:00Z,30,,\n");
    csv.append("+300,+200,2024-03-05T10:00:00Z,30,,\n");
    csv.append("+300,+201,bad-time,30,,\n");
    Path file = dir.resolve("calls.csv");
    Files.writeString(file, csv);
    return file;
  }

  @Test
  void analyzeWritesTheReportContract() throws IOException {
    Path report = dir.resolve("out/report.json");
    int status = run("analyze", "--calls", ringCalls().toString(), "--out", report.toString(),
        "--suspects", "+101,+200,+999");
    assertThat(status).isZero();
    String json = Files.readString(report);
    assertThat(json).startsWith("{\"summary\":{\"calls\":38,\"numbers\":11,");
    assertThat(json).contains("\"bad_rows\":1");
    assertThat(json).contains("\"communities\":[{\"id\":0,\"size\":");
    assertThat(json).containsPattern("\"members\":\\[[^\\]]*\"\\+100\"");
    assertThat(json).containsPattern("\"key_players\":\\[\"\\+100\"");
    assertThat(json).contains("\"central\":[{\"number\":");
    assertThat(json).containsPattern("\"pagerank\":[0-9.E-]+,\"betweenness\":[0-9.E-]+,\"degree\":[0-9]+");
    assertThat(json).contains("{\"imei\":\"IMEI-BOSS\",\"numbers\":[\"+100\",\"+106\"]}");
    assertThat(json).contains("{\"a\":\"+101\",\"b\":\"+102\",\"cell_id\":\"C7\",\"times\":4}");
    assertThat(json).contains("\"common_contacts\":[{\"number\":\"+300\",\"suspects\":[\"+101\",\"+200\"]}]");
    String log = err.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("line 40: bad start_time 'bad-time'");
    assertThat(log).contains("communities");
  }

  @Test
  void analyzeWithoutSuspectsHasEmptyCommonContacts() throws IOException {
    Path report = dir.resolve("report.json");
    assertThat(run("analyze", "--calls", ringCalls().toString(), "--out", report.toString())).isZero();
    assertThat(Files.readString(report)).contains("\"common_contacts\":[]");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("analyze", "--out", "x.json")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --calls");
    assertThat(run("frobnicate")).isEqualTo(2);
  }

  @Test
  void missingInputFileExitsWithOne() {
    assertThat(run("analyze", "--calls", dir.resolve("none.csv").toString(), "--out",
        dir.resolve("r.json").toString())).isEqualTo(1);
  }

  @Test
  void generateThenAnalyzeASmallCity() throws IOException {
    Path city = dir.resolve("city");
    assertThat(run("generate", "--out-dir", city.toString(), "--numbers", "4000", "--rings", "3")).isZero();
    assertThat(Files.readString(city.resolve("truth.json"))).contains("\"rings\":[{\"id\":0,\"controller\":");
    Path report = city.resolve("report.json");
    assertThat(run("analyze", "--calls", city.resolve("calls.csv").toString(), "--out", report.toString())).isZero();
    assertThat(Files.readString(report)).contains("\"bad_rows\":0");
  }
}
