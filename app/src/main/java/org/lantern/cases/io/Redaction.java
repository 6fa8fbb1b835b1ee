package org.lantern.cases.io;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.lantern.platform.web.InvalidInputException;

/** What a case summary may leave out; each redacted part prints as "[redacted]". */
public enum Redaction {
    NAMES, BIRTH, ADDRESS, CONTACTS, MARKS, PERPETRATORS, HISTORY, TEAM;

    /** The parameter value: {@code names}, {@code birth}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "cases.summary.redact." + code();
    }

    /** The redactions named in a comma-separated list or in repeated parameters; unknown names are refused. */
    public static Set<Redaction> parse(Iterable<String> values) {
        Set<Redaction> chosen = EnumSet.noneOf(Redaction.class);
        if (values == null) {
            return chosen;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                String code = part.strip();
                if (code.isEmpty()) {
                    continue;
                }
                chosen.add(Arrays.stream(values()).filter(r -> r.code().equals(code.toLowerCase(Locale.ROOT))).findFirst()
                        .orElseThrow(() -> new InvalidInputException("redact", "cases.summary.error.redact")));
            }
        }
        return chosen;
    }
}
