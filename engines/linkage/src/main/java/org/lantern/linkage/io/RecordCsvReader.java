package org.lantern.linkage.io;

import org.lantern.linkage.api.AgeRange;
import org.lantern.linkage.api.Record;
import org.lantern.linkage.api.Sex;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads person records from a UTF-8 CSV with a header naming any subset of {@code id, name, father_name, sex, age,
 * event_date, home_district, home_state, event_district, event_state, phone} and the optional {@code dob, address}.
 * Unknown columns are ignored. A row with the wrong number of fields or no id is reported and skipped; a bad age or
 * date is reported and read as unknown. Streaming: memory O(one row).
 */
public final class RecordCsvReader {

    /** A problem with one input row. */
    public record RowProblem(long line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    /** Thrown when the input cannot be used at all (missing file, no id column). */
    public static final class InputException extends IOException {
        public InputException(String message) {
            super(message);
        }
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("id", "id"), Map.entry("record_id", "id"), Map.entry("rec_id", "id"),
            Map.entry("name", "name"), Map.entry("full_name", "name"),
            Map.entry("father_name", "father_name"), Map.entry("father", "father_name"),
            Map.entry("guardian_name", "father_name"), Map.entry("fathers_name", "father_name"),
            Map.entry("sex", "sex"), Map.entry("gender", "sex"), Map.entry("age", "age"),
            Map.entry("event_date", "event_date"), Map.entry("date", "event_date"),
            Map.entry("home_district", "home_district"), Map.entry("home_state", "home_state"),
            Map.entry("event_district", "event_district"), Map.entry("event_state", "event_state"),
            Map.entry("phone", "phone"), Map.entry("mobile", "phone"),
            Map.entry("dob", "dob"), Map.entry("date_of_birth", "dob"), Map.entry("address", "address"));

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d[-][/][.]M[-][/][.]uuuu");

    private RecordCsvReader() {
    }

    /**
     * Reads a file, passing each good record to {@code sink} and each problem to {@code problems}.
     *
     * @return number of records read
     * @throws InputException when the file is missing or has no id column
     */
    public static long read(Path file, Consumer<Record> sink, Consumer<RowProblem> problems) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        if (!Files.isRegularFile(file)) {
            throw new InputException("input file not found: " + file);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), sink, problems);
        } catch (NoSuchFileException e) {
            throw new InputException("input file not found: " + file);
        }
    }

    /** Reads CSV text from a reader; {@code source} names it in messages. */
    public static long read(Reader reader, String source, Consumer<Record> sink, Consumer<RowProblem> problems)
            throws IOException {
        Objects.requireNonNull(sink, "sink must not be null");
        Objects.requireNonNull(problems, "problem handler must not be null");
        CsvReader csv = new CsvReader(reader);
        List<String> header = csv.next();
        if (header == null) {
            throw new InputException(source + ": empty file, expected a header with an id column");
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String canonical = ALIASES.get(header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
            if (canonical != null) {
                column.putIfAbsent(canonical, i);
            }
        }
        if (!column.containsKey("id")) {
            throw new InputException(source + ": no id column in header " + header);
        }
        long count = 0;
        List<String> row;
        while ((row = csv.next()) != null) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue; // blank line
            }
            long line = csv.rowLine();
            if (row.size() != header.size()) {
                problems.accept(new RowProblem(line, "expected " + header.size() + " fields, found " + row.size()));
                continue;
            }
            Record record = toRecord(row, column, line, problems);
            if (record != null) {
                sink.accept(record);
                count++;
            }
        }
        return count;
    }

    private static Record toRecord(List<String> row, Map<String, Integer> column, long line,
                                   Consumer<RowProblem> problems) {
        String id = value(row, column, "id");
        if (id == null) {
            problems.accept(new RowProblem(line, "empty id"));
            return null;
        }
        AgeRange age = null;
        String ageText = value(row, column, "age");
        if (ageText != null) {
            try {
                age = AgeRange.parse(ageText);
            } catch (IllegalArgumentException e) {
                problems.accept(new RowProblem(line, "id " + id + ": bad age '" + ageText + "', read as unknown"));
            }
        }
        LocalDate date = null;
        String dateText = value(row, column, "event_date");
        if (dateText != null) {
            date = parseDate(dateText);
            if (date == null) {
                problems.accept(new RowProblem(line, "id " + id + ": bad event_date '" + dateText
                        + "', read as unknown"));
            }
        }
        return new Record(id, value(row, column, "name"), value(row, column, "father_name"),
                Sex.parse(value(row, column, "sex")), age, date, value(row, column, "home_district"),
                value(row, column, "home_state"), value(row, column, "event_district"),
                value(row, column, "event_state"), value(row, column, "phone"), value(row, column, "dob"),
                value(row, column, "address"));
    }

    /** Parses an ISO date (also yyyyMMdd and day-first d-M-yyyy); null when not a date. */
    static LocalDate parseDate(String text) {
        String t = text.strip();
        try {
            if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
                return LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE);
            }
            if (t.length() >= 10 && t.charAt(4) == '-') {
                return LocalDate.parse(t.substring(0, 10));
            }
            return LocalDate.parse(t, DAY_FIRST);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static String value(List<String> row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
