package org.lantern.linkage.compare;

/** Small edit-distance tests for digit strings (phones, dates of birth). Time O(n), space O(1). */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * Whether {@code a} becomes {@code b} by one substitution, one insertion/deletion or one swap of adjacent
     * characters (Damerau 1964). False for equal strings.
     */
    public static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
