package org.lantern.linkage.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkageCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void parsesOptions() {
        CliOptions o = CliOptions.parse(new String[] {"link", "--missing", "m.csv", "--found", "f.csv", "--out",
                "o.csv", "--threshold", "0.7", "--threads", "3"});
        assertThat(o.command()).isEqualTo("link");
        assertThat(o.threshold()).isEqualTo(0.7);
        assertThat(o.threads()).isEqualTo(3);
        assertThat(o.top()).isEqualTo(10);
        assertThat(o.oneToOne()).isTrue();
        assertThatThrownBy(() -> CliOptions.parse(new String[] {"link", "--missing", "m.csv", "--out", "o.csv"}))
                .hasMessageContaining("--found");
        assertThatThrownBy(() -> CliOptions.parse(new String[] {"merge"})).hasMessageContaining("unknown command");
        assertThatThrownBy(() -> CliOptions.parse(new String[] {"dedupe", "--in", "a", "--out", "b", "--threshold",
                "2"})).hasMessageContaining("threshold");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(LinkageCli.run(new String[] {}, err)).isEqualTo(LinkageCli.USAGE_ERROR);
        assertThat(err()).contains("usage");
    }

    @Test
    void missingFileExitsWithAClearMessage() throws IOException {
        Path found = write("f.csv", "id,name\nF1,Asha\n");
        int code = LinkageCli.run(new String[] {"link", "--missing", dir.resolve("nope.csv").toString(), "--found",
                found.toString(), "--out", dir.resolve("o.csv").toString()}, err);
        assertThat(code).isEqualTo(LinkageCli.INPUT_ERROR);
        assertThat(err()).contains("not found").contains("nope.csv");
    }

    @Test
    void missingFoundFileExitsWithAClearMessage() throws IOException {
        Path missing = write("m.csv", "id,name\nM1,Asha\n");
        int code = LinkageCli.run(new String[] {"link", "--missing", missing.toString(), "--found",
                dir.resolve("gone.csv").toString(), "--out", dir.resolve("o.csv").toString()}, err);
        assertThat(code).isEqualTo(LinkageCli.INPUT_ERROR);
        assertThat(err()).contains("not found").contains("gone.csv");
    }

    @Test
    void outputKeepsTheOrderOfMissingRecordsAcrossFormattingChunks() throws IOException {
        String[] names = {"Pooja", "Sunita", "Rekha", "Anjali", "Fatima", "Rahima", "Salma", "Kavita", "Meena"};
        String[] districts = {"Murshidabad", "Malda", "Nadia", "Gumla", "Purnia"};
        StringBuilder m = new StringBuilder("id,name,sex,age,event_date,home_district\n");
        StringBuilder f = new StringBuilder("id,name,sex,age,event_date,home_district\n");
        int count = 20_000; // more than two chunks of 8 192
        for (int i = 0; i < count; i++) {
            m.append("M").append(i).append(',').append(names[i % names.length]).append(' ')
                    .append(names[(i / 9) % names.length]).append(",F,").append(10 + i % 9).append(",2020-01-01,")
                    .append(districts[i % districts.length]).append('\n');
        }
        for (int i = 0; i < 500; i++) {
            f.append("F").append(i).append(',').append(names[i % names.length]).append(",F,").append(12 + i % 9)
                    .append(",2021-01-01,").append(districts[(i / 3) % districts.length]).append('\n');
        }
        Path out = dir.resolve("ordered.csv");
        int code = LinkageCli.run(new String[] {"link", "--missing", write("many-m.csv", m.toString()).toString(),
                "--found", write("many-f.csv", f.toString()).toString(), "--out", out.toString()}, err);
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("missing_id,found_id,score,match");
        assertThat(lines.stream().filter(l -> l.startsWith("missing_id")).count()).isEqualTo(1);
        int previous = -1;
        for (String line : lines.subList(1, lines.size())) {
            int index = Integer.parseInt(line.substring(1, line.indexOf(',')));
            assertThat(index).isGreaterThanOrEqualTo(previous); // rows of a record together, records in input order
            previous = index;
        }
        assertThat(previous).isEqualTo(count - 1);
    }

    @Test
    void noIdColumnExitsWithAClearMessage() throws IOException {
        Path in = write("p.csv", "name,age\nAsha,12\n");
        int code = LinkageCli.run(new String[] {"dedupe", "--in", in.toString(), "--out",
                dir.resolve("c.csv").toString()}, err);
        assertThat(code).isEqualTo(LinkageCli.INPUT_ERROR);
        assertThat(err()).contains("no id column");
    }

    @Test
    void linksAndReportsMalformedRowsWithLineNumbers() throws IOException {
        Path missing = write("m.csv", "\uFEFFid,name,father_name,sex,age,event_date,home_district,home_state,phone,notes\n"
                + "M1,Pooja Kumari,Ramesh Das,F,12,2020-01-10,Murshidabad,West Bengal,+91 98300 11111,x\n"
                + "M2,\"Rahima, Khatun\",Abdul Karim,F,14,2019-05-01,Malda,West Bengal,,\"multi\nline\"\n"
                + "M3,broken row\n"
                + "M4,Sita Oraon,,F,ten,2021-03-01,Gumla,Jharkhand,,\n");
        Path found = write("f.csv", "id,name,sex,age,event_date,home_district,phone\n"
                + "F1,पूजा,F,13-15,2021-06-01,Murshidabad,09830011111\n"
                + "F2,Rahima Khatun,F,15,2020-02-01,Maldah,\n"
                + "F3,Sunita,F,30,2021-01-01,Gaya,\n");
        Path out = dir.resolve("matches.csv");
        int code = LinkageCli.run(new String[] {"link", "--missing", missing.toString(), "--found", found.toString(),
                "--out", out.toString()}, err);
        assertThat(code).isZero();
        assertThat(err()).contains("line 5").contains("line 6").contains("bad age");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("missing_id,found_id,score,match");
        assertThat(lines).anyMatch(l -> l.startsWith("M1,F1,") && l.endsWith(",1"));
        assertThat(lines).anyMatch(l -> l.startsWith("M2,F2,"));
        assertThat(lines).noneMatch(l -> l.startsWith("M3,"));
        for (String line : lines.subList(1, lines.size())) {
            double score = Double.parseDouble(line.split(",")[2]);
            assertThat(score).isBetween(0.0, 1.0);
        }
    }

    @Test
    void dedupeListsEveryIdOnce() throws IOException {
        Path in = write("p.csv", "id,name,father_name,age,home_district\n"
                + "A,Pooja Kumari,Ramesh,12,Malda\nB,Puja Kumari,Ramesh,12,Malda\nC,Zubair Ansari,Karim,30,Gaya\n"
                + "D,Salma Khatun,Anwar,16,Nadia\n");
        Path out = dir.resolve("clusters.csv");
        assertThat(LinkageCli.run(new String[] {"dedupe", "--in", in.toString(), "--out", out.toString()}, err))
                .isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,cluster_id");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[0])
                .containsExactlyInAnyOrder("A", "B", "C", "D");
    }

    @Test
    void probabilitiesAreWrittenWithSixDecimals() {
        StringBuilder s = new StringBuilder();
        LinkageCli.appendProbability(s, 0.5f);
        assertThat(s.toString()).isEqualTo("0.500000");
        s.setLength(0);
        LinkageCli.appendProbability(s, 1f);
        assertThat(s.toString()).isEqualTo("1.000000");
    }
}
