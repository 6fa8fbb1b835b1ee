package org.lantern.linkage.normalise;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonical instances of normalised tokens and phonetic keys, so that prepared records share strings
 * (memory proportional to the vocabulary, not the data) and compare them by reference. Thread-safe.
 */
public final class TokenInterner {

    private static final ConcurrentHashMap<String, String> POOL = new ConcurrentHashMap<>();

    private TokenInterner() {
    }

    /** The canonical instance equal to {@code s}. */
    public static String intern(String s) {
        String existing = POOL.putIfAbsent(s, s);
        return existing == null ? s : existing;
    }
}
