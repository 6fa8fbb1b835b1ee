package org.lantern.investigation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Normal forms of entity values, so that "+91 98300-12345" and "+919830012345" are one number and one hash.
 * Phone numbers keep a leading '+' and their digits (operators differ on country codes; no prefix is
 * guessed); IMEIs keep their digits; other values are trimmed, NFC-normalised, with runs of spaces folded
 * and compared case-insensitively.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** The normal form of {@code raw}, or empty if it is not a valid value of {@code kind}. */
    public static Optional<String> normalise(EntityKind kind, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        return switch (kind) {
            case PHONE_NUMBER -> phone(text);
            case HANDSET_IMEI -> imei(text);
            default -> text.isEmpty() || text.length() > 500 ? Optional.empty()
                    : Optional.of(text.replaceAll("\\s+", " "));
        };
    }

    /** The form that is hashed: as {@link #normalise}, lower-cased for free-text kinds. */
    static String hashForm(EntityKind kind, String normalised) {
        return kind == EntityKind.PHONE_NUMBER || kind == EntityKind.HANDSET_IMEI ? normalised
                : normalised.toLowerCase(Locale.ROOT);
    }

    private static Optional<String> phone(String text) {
        StringBuilder digits = new StringBuilder();
        boolean plus = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+' && digits.isEmpty() && !plus) {
                plus = true;
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '\'') {
                return Optional.empty();
            }
        }
        if (digits.length() < 3 || digits.length() > 16) {
            return Optional.empty();
        }
        return Optional.of((plus ? "+" : "") + digits);
    }

    private static Optional<String> imei(String text) {
        String digits = text.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{14,16}")) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }
}
