package org.lantern.linkage.normalise;

/**
 * Normalises Indian, Bangladeshi and Nepali phone numbers to their national significant number: non-digits are
 * stripped, then a country code (+91, +880, +977, 0091 ...) and trunk prefix 0 are removed.
 * Time O(n); pure function.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /**
     * @param raw a phone number in any format, or null
     * @return digits of the national number, or null when fewer than 5 digits remain
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int d = Character.digit(c, 10); // also Devanagari and Bengali digits
            if (d >= 0) {
                digits.append((char) ('0' + d));
            }
        }
        String s = digits.toString();
        if (s.startsWith("00")) {
            s = s.substring(2);
        }
        if (s.startsWith("91") && s.length() == 12) {
            s = s.substring(2);
        } else if (s.startsWith("880") && s.length() >= 12) {
            s = s.substring(3);
        } else if (s.startsWith("977") && s.length() >= 11) {
            s = s.substring(3);
        }
        while (s.startsWith("0")) {
            s = s.substring(1);
        }
        return s.length() < 5 ? null : s;
    }
}
