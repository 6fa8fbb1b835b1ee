package org.lantern.investigation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Turns one row of a CDR file into a call, or says what is wrong with it. Local times are read in the
 * operator's time zone chosen at import; a time with an explicit offset keeps its offset. Dates are read
 * day first (dd/MM/yyyy), as operators in India, Bangladesh and Nepal write them, or ISO (yyyy-MM-dd).
 */
final class CallRowParser {

    /** A parsed call; numbers and IMEI normalised. */
    record Call(String caller, String callee, Instant start, int durationSeconds, String cell, String imei) {
    }

    /** Why a row was not stored: the field and a reason code (messages investigation.problem.*). */
    record Problem(String field, String reason) {
    }

    /** Either a call or a problem. */
    record Result(Call call, Problem problem) {
    }

    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            pattern("uuuu-MM-dd[['T'][' ']HH:mm[:ss][.SSS]]"),
            pattern("dd/MM/uuuu[ HH:mm[:ss][.SSS]]"),
            pattern("d/M/uuuu[ H:mm[:ss]]"),
            pattern("dd-MM-uuuu[ HH:mm[:ss]]"),
            pattern("dd.MM.uuuu[ HH:mm[:ss]]"),
            pattern("uuuu/MM/dd[ HH:mm[:ss]]"),
            pattern("dd-MMM-uuuu[ HH:mm[:ss]]"),
            pattern("dd-MMM-uu[ HH:mm[:ss]]"),
            pattern("uuuuMMddHHmmss"));

    /** Z or ±hh:mm at the end: an ISO time with its own offset. */
    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("(Z|[+-]\\d{2}:?\\d{2})$");

    private final CdrColumns columns;
    private final ZoneId zone;

    CallRowParser(CdrColumns columns, ZoneId zone) {
        this.columns = columns;
        this.zone = zone;
    }

    Result parse(List<String> cells) {
        String callerText = cell(cells, columns.caller());
        String calleeText = cell(cells, columns.callee());
        String startText = cell(cells, columns.start());
        String durationText = cell(cells, columns.duration());
        if (callerText == null) {
            return problem("caller", "missing");
        }
        String caller = Identifiers.normalise(EntityKind.PHONE_NUMBER, callerText).orElse(null);
        if (caller == null) {
            return problem("caller", "badNumber");
        }
        if (calleeText == null) {
            return problem("callee", "missing");
        }
        String callee = Identifiers.normalise(EntityKind.PHONE_NUMBER, calleeText).orElse(null);
        if (callee == null) {
            return problem("callee", "badNumber");
        }
        if (caller.equals(callee)) {
            return problem("callee", "sameAsCaller");
        }
        if (startText == null) {
            return problem("start", "missing");
        }
        String timeText = columns.time() >= 0 ? cell(cells, columns.time()) : null;
        Instant start = instant(timeText == null ? startText : startText + " " + timeText);
        if (start == null) {
            return problem("start", "badTime");
        }
        if (durationText == null) {
            return problem("duration", "missing");
        }
        Integer duration = seconds(durationText);
        if (duration == null) {
            return problem("duration", "badDuration");
        }
        String cell = columns.cell() >= 0 ? cell(cells, columns.cell()) : null;
        if (cell != null && cell.length() > 100) {
            return problem("cell", "tooLong");
        }
        String imei = null;
        String imeiText = columns.imei() >= 0 ? cell(cells, columns.imei()) : null;
        if (imeiText != null) {
            imei = Identifiers.normalise(EntityKind.HANDSET_IMEI, imeiText).orElse(null);
            if (imei == null) {
                return problem("imei", "badImei");
            }
        }
        return new Result(new Call(caller, callee, start, duration, cell, imei), null);
    }

    /** A point in time: with an offset as given, else a local time in the import's zone. */
    Instant instant(String text) {
        String value = text.strip();
        if (value.matches("\\d{10}")) {
            return Instant.ofEpochSecond(Long.parseLong(value));
        }
        if (OFFSET.matcher(value).find()) {
            try {
                return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
            } catch (DateTimeParseException ignored) {
                // not ISO with an offset; try local forms
            }
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            // a cheap trial first: exceptions would cost more than the parse on files of millions of rows
            java.text.ParsePosition position = new java.text.ParsePosition(0);
            if (format.parseUnresolved(value, position) == null || position.getIndex() != value.length()) {
                continue;
            }
            try {
                var parsed = format.parse(value);
                LocalDate date = LocalDate.from(parsed);
                LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
                if (date.getYear() < 1990 || date.getYear() > 2100) {
                    return null;
                }
                return LocalDateTime.of(date, time).atZone(zone).toInstant();
            } catch (DateTimeException ignored) {
                // next format
            }
        }
        return null;
    }

    /** Seconds from "75", "75.0", "1:15" (m:ss), "00:01:15" (h:mm:ss); null if unreadable. */
    static Integer seconds(String text) {
        String value = text.strip();
        if (value.matches("\\d{1,7}(\\.0+)?")) {
            return Integer.parseInt(value.replaceAll("\\.0+$", ""));
        }
        if (value.matches("\\d{1,3}:\\d{2}(:\\d{2})?")) {
            int total = 0;
            for (String part : value.split(":")) {
                total = total * 60 + Integer.parseInt(part);
            }
            return total;
        }
        return null;
    }

    private static String cell(List<String> cells, int column) {
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Result problem(String field, String reason) {
        return new Result(null, new Problem(field, reason));
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT); // 31/02 is an error, not 29/02
    }
}
