package org.lantern.investigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lantern.platform.web.InvalidInputException;

/**
 * Which column of an operator's file holds what, by position (0-based; -1 = absent). Start time may be
 * one column, or a date column plus a separate time column.
 */
public record CdrColumns(int caller, int callee, int start, int time, int duration, int cell, int imei) {

    /** The fields, in the order of the mapping form. */
    public static final List<String> FIELDS = List.of("caller", "callee", "start", "time", "duration", "cell", "imei");

    public CdrColumns {
        if (caller < 0) {
            throw new InvalidInputException("caller", "investigation.error.columnRequired");
        }
        if (callee < 0) {
            throw new InvalidInputException("callee", "investigation.error.columnRequired");
        }
        if (start < 0) {
            throw new InvalidInputException("start", "investigation.error.columnRequired");
        }
        if (duration < 0) {
            throw new InvalidInputException("duration", "investigation.error.columnRequired");
        }
    }

    public int get(String field) {
        return switch (field) {
            case "caller" -> caller;
            case "callee" -> callee;
            case "start" -> start;
            case "time" -> time;
            case "duration" -> duration;
            case "cell" -> cell;
            case "imei" -> imei;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** From field → column; missing optional fields are absent. */
    public static CdrColumns of(Map<String, Integer> byField) {
        return new CdrColumns(byField.getOrDefault("caller", -1), byField.getOrDefault("callee", -1),
                byField.getOrDefault("start", -1), byField.getOrDefault("time", -1),
                byField.getOrDefault("duration", -1), byField.getOrDefault("cell", -1), byField.getOrDefault("imei", -1));
    }

    /** Stored form: {@code caller=0;callee=1;...} (positions only, no data). */
    public String encode() {
        List<String> parts = new ArrayList<>();
        for (String field : FIELDS) {
            parts.add(field + "=" + get(field));
        }
        return String.join(";", parts);
    }

    static CdrColumns decode(String text) {
        Map<String, Integer> byField = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String[] kv = part.split("=", 2);
            byField.put(kv[0], Integer.parseInt(kv[1]));
        }
        return of(byField);
    }

    /**
     * Guesses the column of each field from header names as operators write them ("A Party", "Calling
     * Number", "B_PARTY_NO", "Call Date", "Dur(s)", "First CGI", "IMEI"). Fields without a plausible
     * header are absent; each column is used at most once.
     */
    public static Map<String, Integer> guess(List<String> header) {
        Map<String, List<String>> hints = new LinkedHashMap<>();
        hints.put("imei", List.of("imei", "handset", "esn"));
        hints.put("caller", List.of("a party", "aparty", "a number", "calling", "caller", "originating", "msisdn",
                "source", "from"));
        hints.put("callee", List.of("b party", "bparty", "b number", "called", "callee", "terminating", "dialled",
                "dialed", "destination", "other party", "to"));
        hints.put("duration", List.of("duration", "dur", "seconds", "secs", "call length"));
        hints.put("cell", List.of("cell", "cgi", "tower", "lac", "site", "bts"));
        hints.put("time", List.of("call time", "start time", "time"));
        hints.put("start", List.of("date time", "datetime", "timestamp", "start", "call date", "date"));
        Map<String, Integer> result = new LinkedHashMap<>();
        List<String> names = header.stream().map(CdrColumns::plain).toList();
        for (var hint : hints.entrySet()) {
            for (String word : hint.getValue()) {
                int found = -1;
                for (int i = 0; i < names.size() && found < 0; i++) {
                    if (!result.containsValue(i) && matches(names.get(i), word)) {
                        found = i;
                    }
                }
                if (found >= 0) {
                    result.put(hint.getKey(), found);
                    break;
                }
            }
        }
        // a lone "time" column next to no date column is the start itself
        if (!result.containsKey("start") && result.containsKey("time")) {
            result.put("start", result.remove("time"));
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        FIELDS.forEach(f -> {
            if (result.containsKey(f)) {
                ordered.put(f, result.get(f));
            }
        });
        return ordered;
    }

    private static boolean matches(String name, String word) {
        if (word.length() <= 4) {
            return (" " + name + " ").contains(" " + word + " ");
        }
        return name.contains(word);
    }

    private static String plain(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
