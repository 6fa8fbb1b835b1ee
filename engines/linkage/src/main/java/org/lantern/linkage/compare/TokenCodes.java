package org.lantern.linkage.compare;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Integer codes (from 1) for the name tokens and phonetic keys of this process, so that compact record summaries
 * can compare tokens as ints and memoise Jaro–Winkler by code pair. Codes are local to the process: never
 * serialise them. Thread-safe.
 */
public final class TokenCodes {

    private static final ConcurrentHashMap<String, Integer> CODES = new ConcurrentHashMap<>();
    private static volatile String[] strings = new String[1 << 16];
    private static int next = 1;

    private TokenCodes() {
    }

    /** The code of a string (assigned on first sight). */
    public static int code(String s) {
        Integer code = CODES.get(s);
        return code != null ? code : assign(s);
    }

    private static synchronized int assign(String s) {
        Integer code = CODES.get(s);
        if (code != null) {
            return code;
        }
        int c = next++;
        String[] table = strings;
        if (c == table.length) {
            table = Arrays.copyOf(table, table.length * 2);
        }
        table[c] = s;
        strings = table; // publish before the code can be seen
        CODES.put(s, c);
        return c;
    }

    /** The string of a code returned by {@link #code}. */
    public static String string(int code) {
        return strings[code];
    }
}
