package org.lantern.linkage.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {

    @Test
    void readsRfc4180() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\n,,\n"));
        assertThat(csv.next()).containsExactly("a", "b", "c");
        assertThat(csv.next()).containsExactly("1", "x, \"y\"", "two\nlines");
        assertThat(csv.rowLine()).isEqualTo(2);
        assertThat(csv.next()).containsExactly("", "", "");
        assertThat(csv.rowLine()).isEqualTo(4);
        assertThat(csv.next()).isNull();
    }

    @Test
    void parsesDatesAndAges() {
        assertThat(RecordCsvReader.parseDate("2021-03-04")).hasToString("2021-03-04");
        assertThat(RecordCsvReader.parseDate("20210304")).hasToString("2021-03-04");
        assertThat(RecordCsvReader.parseDate("4/3/2021")).hasToString("2021-03-04");
        assertThat(RecordCsvReader.parseDate("soon")).isNull();
        assertThat(org.lantern.linkage.api.AgeRange.parse("12-14").mid()).isEqualTo(13);
        assertThat(org.lantern.linkage.api.AgeRange.parse(" 15 ")).hasToString("15");
    }

    @Test
    void quotesWhenNeeded() {
        assertThat(CsvReader.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvReader.quote("plain")).isEqualTo("plain");
        assertThat(List.of(CsvReader.quote("say \"hi\""))).containsExactly("\"say \"\"hi\"\"\"");
    }
}
