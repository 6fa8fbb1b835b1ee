package org.lantern.linkage.normalise;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A name as a bag of tokens. Tokens of person names are sorted, so two orders of the same name are equal; place
 * names keep their order.
 * All strings are interned by {@link TokenInterner}, so they may be compared with {@code ==}. Immutable: the
 * accessors return the internal arrays, which callers must not modify.
 */
public final class NormalisedName implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    public static final NormalisedName EMPTY = new NormalisedName(new String[0], new String[0], new boolean[0]);

    private final String[] tokens;
    private final String[] keys;
    private final boolean[] informative;
    private final int informativeCount;
    private final boolean petNameOnly;

    /**
     * @param tokens      normalised ASCII tokens (sorted for person names)
     * @param keys        phonetic key of each token, same order
     * @param informative per token: false for low-information tokens (Kumari, Devi, Begum, Khatun ...)
     */
    public NormalisedName(String[] tokens, String[] keys, boolean[] informative) {
        this.tokens = Objects.requireNonNull(tokens, "tokens must not be null");
        this.keys = Objects.requireNonNull(keys, "keys must not be null");
        this.informative = Objects.requireNonNull(informative, "informative flags must not be null");
        if (keys.length != tokens.length || informative.length != tokens.length) {
            throw new IllegalArgumentException("tokens, keys and flags must have the same length");
        }
        int n = 0;
        for (boolean b : informative) {
            n += b ? 1 : 0;
        }
        this.informativeCount = n;
        boolean pet = false;
        for (int i = 0; i < keys.length && n == 0 && !pet; i++) {
            pet = NameNormaliser.isPetName(keys[i]);
        }
        this.petNameOnly = pet;
    }

    public String[] tokens() {
        return tokens;
    }

    public String[] keys() {
        return keys;
    }

    public boolean[] informative() {
        return informative;
    }

    public boolean isEmpty() {
        return tokens.length == 0;
    }

    public int size() {
        return tokens.length;
    }

    /** Number of informative tokens. */
    public int informativeCount() {
        return informativeCount;
    }

    /**
     * Whether the name has no informative token and contains a pet name (Munni, Guddi ...): such a name neither
     * confirms nor contradicts another. Computed once, since comparisons ask for every pair.
     */
    public boolean petNameOnly() {
        return petNameOnly;
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
