package org.lantern.linkage.compare;

import org.lantern.linkage.api.Level;

/**
 * Digit strings of up to {@link #MAX_DIGITS} digits packed four bits a digit into a long (first digit most
 * significant), and the comparison of phones and dates of birth on them, equal to
 * {@link PairComparator}'s on the strings. Pure functions, no allocation.
 */
public final class PackedDigits {

    public static final int MAX_DIGITS = 16;

    private PackedDigits() {
    }

    /** Whether a string can be packed: 1 to 16 ASCII digits. */
    public static boolean packable(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Packs a {@link #packable} string. */
    public static long pack(String s) {
        long p = 0;
        for (int i = 0; i < s.length(); i++) {
            p = (p << 4) | (s.charAt(i) - '0');
        }
        return p;
    }

    private static int digit(long p, int length, int i) {
        return (int) (p >>> (4 * (length - 1 - i))) & 0xF;
    }

    private static boolean regionMatches(long a, int la, int from, long b, int lb, int otherFrom, int count) {
        for (int k = 0; k < count; k++) {
            if (digit(a, la, from + k) != digit(b, lb, otherFrom + k)) {
                return false;
            }
        }
        return true;
    }

    /** {@link EditDistance#withinOne} on packed strings. */
    public static boolean withinOne(long a, int la, long b, int lb) {
        if (Math.abs(la - lb) > 1 || (la == lb && a == b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && digit(a, la, i) == digit(b, lb, i)) {
            i++;
        }
        if (la == lb) {
            if (regionMatches(a, la, i + 1, b, lb, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && digit(a, la, i) == digit(b, lb, i + 1) && digit(a, la, i + 1) == digit(b, lb, i)
                    && regionMatches(a, la, i + 2, b, lb, i + 2, la - i - 2);
        }
        return la > lb ? regionMatches(a, la, i + 1, b, lb, i, lb - i) : regionMatches(b, lb, i + 1, a, la, i, la - i);
    }

    /**
     * Level ordinal of two phones ({@code date} false) or dates of birth ({@code date} true): equal, one edit apart,
     * same first four digits (dates only), else disagree.
     */
    public static int level(long a, int la, long b, int lb, boolean date) {
        Level level;
        if (la == lb && a == b) {
            level = Level.EXACT;
        } else if (withinOne(a, la, b, lb)) {
            level = Level.FUZZY_HIGH;
        } else if (date && la >= 4 && lb >= 4 && (a >>> (4 * (la - 4))) == (b >>> (4 * (lb - 4)))) {
            level = Level.FUZZY_LOW;
        } else {
            level = Level.DISAGREE;
        }
        return level.ordinal();
    }
}
