package org.lantern.linkage.compare;

/**
 * Jaro–Winkler similarity (Jaro 1989; Winkler 1990, "String comparator metrics and enhanced decision rules in
 * the Fellegi-Sunter model of record linkage"), with the standard prefix scale 0.1 and prefix cap 4.
 *
 * <p>Symmetric, in [0, 1], 1 exactly for equal strings. Time O(n·m) worst case (O(n·w) with the match window
 * w), space O(n + m).
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    /** Similarity of two strings; two empty strings are similar 1, one empty string 0. */
    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        // order the operands so that the result does not depend on argument order
        if (a.length() > b.length() || (a.length() == b.length() && a.compareTo(b) > 0)) {
            String t = a;
            a = b;
            b = t;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0) {
            return 0.0;
        }
        int window = Math.max(0, lb / 2 - 1);
        long matchedA = 0;
        long matchedB = 0;
        boolean[] flagsA = la > 64 ? new boolean[la] : null;
        boolean[] flagsB = lb > 64 ? new boolean[lb] : null;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if (isSet(matchedB, flagsB, j) || b.charAt(j) != c) {
                    continue;
                }
                matchedA = set(matchedA, flagsA, i);
                matchedB = set(matchedB, flagsB, j);
                matches++;
                break;
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (!isSet(matchedA, flagsA, i)) {
                continue;
            }
            while (!isSet(matchedB, flagsB, k)) {
                k++;
            }
            if (a.charAt(i) != b.charAt(k)) {
                transpositions++;
            }
            k++;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int maxPrefix = Math.min(4, la);
        while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return Math.min(1.0, jaro + prefix * 0.1 * (1.0 - jaro));
    }

    private static boolean isSet(long bits, boolean[] flags, int i) {
        return flags != null ? flags[i] : (bits & (1L << i)) != 0;
    }

    private static long set(long bits, boolean[] flags, int i) {
        if (flags != null) {
            flags[i] = true;
            return bits;
        }
        return bits | (1L << i);
    }
}
