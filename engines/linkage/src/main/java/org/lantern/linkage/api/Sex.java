package org.lantern.linkage.api;

import java.util.Locale;

/** Recorded sex of a person; {@code null} on a {@link Record} means unknown. */
public enum Sex {
    FEMALE, MALE, OTHER;

    /**
     * Parses the usual spellings (F, female, M, male, महिला, পুরুষ ...).
     *
     * @return the sex, or {@code null} when the text is blank or not recognised
     */
    public static Sex parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        return switch (t) {
            case "f", "female", "woman", "girl", "w", "महिला", "स्त्री", "লড়কী", "মহিলা", "নারী" -> FEMALE;
            case "m", "male", "man", "boy", "पुरुष", "পুরুষ" -> MALE;
            case "o", "other", "t", "transgender", "x" -> OTHER;
            default -> null;
        };
    }
}
