package org.lantern.linkage.bench;

import org.lantern.linkage.io.CsvReader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Maps a FEBRL file to the engine's columns: given_name + surname -> name, suburb -> home_district,
 * state -> home_state, date_of_birth -> dob, soc_sec_id -> phone (an exact identifier, compared like a phone),
 * street number + address lines + postcode -> address. FEBRL separates values by comma + space, so values are trimmed.
 * Usage: {@code FebrlConvert in.csv out.csv}.
 */
public final class FebrlConvert {

    private FebrlConvert() {
    }

    public static void main(String[] args) throws IOException {
        convert(Path.of(args[0]), Path.of(args[1]));
    }

    static void convert(Path in, Path out) throws IOException {
        try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(reader);
            List<String> header = csv.next().stream().map(String::strip).toList();
            int id = header.indexOf("rec_id");
            int given = header.indexOf("given_name");
            int surname = header.indexOf("surname");
            int number = header.indexOf("street_number");
            int address1 = header.indexOf("address_1");
            int address2 = header.indexOf("address_2");
            int suburb = header.indexOf("suburb");
            int postcode = header.indexOf("postcode");
            int state = header.indexOf("state");
            int dob = header.indexOf("date_of_birth");
            int ssn = header.indexOf("soc_sec_id");
            writer.write("id,name,home_district,home_state,dob,phone,address\n");
            List<String> row;
            while ((row = csv.next()) != null) {
                if (row.size() < header.size()) {
                    continue;
                }
                String name = (v(row, given) + " " + v(row, surname)).strip();
                String address = String.join(" ", v(row, number), v(row, address1), v(row, address2),
                        v(row, postcode)).strip();
                writer.write(String.join(",", CsvReader.quote(v(row, id)), CsvReader.quote(name),
                        CsvReader.quote(v(row, suburb)), CsvReader.quote(v(row, state)), CsvReader.quote(v(row, dob)),
                        CsvReader.quote(v(row, ssn)), CsvReader.quote(address)));
                writer.write('\n');
            }
        }
    }

    private static String v(List<String> row, int i) {
        return i < 0 ? "" : row.get(i).strip();
    }
}
