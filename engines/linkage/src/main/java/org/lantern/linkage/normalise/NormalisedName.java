package org.lantern.linkage.normalise;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A name as a bag of tokens. Tokens are sorted, so two orders of the same name are equal.
 * All strings are interned by {@link TokenInterner}, so they may be compared with {@code ==}.
 *
 * @param tokens       normalised ASCII tokens, sorted
 * @param keys         phonetic key of each token, same order
 * @param informative  per token: false for low-information tokens (Kumari, Devi, Begum, Khatun ...)
 */
public record NormalisedName(String[] tokens, String[] keys, boolean[] informative) implements Serializable {

    public static final NormalisedName EMPTY = new NormalisedName(new String[0], new String[0], new boolean[0]);

    public boolean isEmpty() {
        return tokens.length == 0;
    }

    public int size() {
        return tokens.length;
    }

    /** Number of informative tokens. */
    public int informativeCount() {
        int n = 0;
        for (boolean b : informative) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** Tokens joined by one space, in sorted order. */
    public String joined() {
        return String.join(" ", tokens);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalisedName n && Arrays.equals(tokens, n.tokens) && Arrays.equals(keys, n.keys)
                && Arrays.equals(informative, n.informative);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokens);
    }

    @Override
    public String toString() {
        return joined() + " " + Arrays.toString(keys);
    }
}
