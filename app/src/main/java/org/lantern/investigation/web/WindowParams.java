package org.lantern.investigation.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lantern.investigation.CaseNetworks;
import org.lantern.investigation.EntityKind;
import org.lantern.platform.web.InvalidInputException;

/**
 * Request parameters of a network view: a time window as ISO instants or dates (a date is a whole day in
 * the viewer's time zone {@code tz}, India's by default; "to" includes its day) and entity kinds.
 */
final class WindowParams {

    static final String DEFAULT_ZONE = "Asia/Kolkata";

    private WindowParams() {
    }

    static CaseNetworks.Window window(String from, String to, String tz) {
        ZoneId zone;
        try {
            zone = ZoneId.of(tz == null || tz.isBlank() ? DEFAULT_ZONE : tz.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("tz", "investigation.error.timeZone");
        }
        return new CaseNetworks.Window(instant("from", from, zone, false), instant("to", to, zone, true));
    }

    static Set<EntityKind> kinds(List<String> kinds) {
        Set<EntityKind> result = EnumSet.noneOf(EntityKind.class);
        if (kinds == null) {
            return result;
        }
        for (String name : kinds) {
            for (String part : name.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    result.add(EntityKind.valueOf(part.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("kinds", "investigation.error.kind");
                }
            }
        }
        return result;
    }

    private static Instant instant(String field, String text, ZoneId zone, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text.strip());
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "investigation.error.date");
        }
    }
}
