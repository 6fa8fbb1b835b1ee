package org.lantern.linkage.api;

import java.io.Serializable;

/**
 * An age in whole years, exact or estimated as an inclusive range ("12-14").
 *
 * @param low  lowest plausible age
 * @param high highest plausible age, {@code >= low}
 */
public record AgeRange(int low, int high) implements Serializable {

    public AgeRange {
        if (low < 0 || high < low || high > 150) {
            throw new IllegalArgumentException("invalid age range " + low + "-" + high);
        }
    }

    /**
     * Parses "14", "12-14", "12 to 14", "~15", "15+" or "about 15".
     *
     * @return the range, or {@code null} for a blank value
     * @throws IllegalArgumentException when the text is not an age
     */
    public static AgeRange parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("about", "").replace("approx", "").replace("~", "").replace("+", "")
                .replace("to", "-").replace("–", "-").replace("years", "").replace("yrs", "").strip();
        int dash = t.indexOf('-');
        try {
            if (dash > 0) {
                int a = Integer.parseInt(t.substring(0, dash).strip());
                int b = Integer.parseInt(t.substring(dash + 1).strip());
                return new AgeRange(Math.min(a, b), Math.max(a, b));
            }
            int a = (int) Math.round(Double.parseDouble(t));
            return new AgeRange(a, a);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an age: '" + text + "'", e);
        }
    }

    /** Middle of the range. */
    public double mid() {
        return (low + high) / 2.0;
    }

    @Override
    public String toString() {
        return low == high ? Integer.toString(low) : low + "-" + high;
    }
}
