package org.lantern.linkage.compare;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Small integer codes for the normalised districts and states of this process, and a memo of the comparison
 * level of two codes ({@link PairComparator#districtLevel}, {@link PairComparator#stateLevel}), so that a
 * candidate's place can be judged without touching its strings. Places are a small vocabulary (hundreds); when
 * more than {@code capacity} distinct values arrive, the rest get {@link #NONE} and callers fall back to string
 * comparison or a bound. Codes are local to the process: never serialise them. Thread-safe; memo entries are
 * written racily but always with the same value.
 */
public final class PlaceCodes {

    /** No code: the value is absent or the table is full. */
    public static final int NONE = 0;

    public static final PlaceCodes DISTRICTS = new PlaceCodes(4096, true);
    public static final PlaceCodes STATES = new PlaceCodes(512, false);

    private final int capacity;
    private final boolean district;
    private final ConcurrentHashMap<String, Integer> codes = new ConcurrentHashMap<>();
    private final String[] texts;
    private final String[] keys;
    /** [a * capacity + b]: level ordinal + 1, 0 while unknown (16 MB for districts: misspellings add codes). */
    private final byte[] levels;
    private int next = 1;

    private PlaceCodes(int capacity, boolean district) {
        this.capacity = capacity;
        this.district = district;
        this.texts = new String[capacity];
        this.keys = new String[capacity];
        this.levels = new byte[capacity * capacity];
    }

    /**
     * The code of a place.
     *
     * @param text normalised text (null: {@link #NONE})
     * @param key  its phonetic key (districts; ignored for states)
     */
    public int code(String text, String key) {
        if (text == null) {
            return NONE;
        }
        Integer code = codes.get(text);
        return code != null ? code : assign(text, key);
    }

    private synchronized int assign(String text, String key) {
        Integer code = codes.get(text);
        if (code != null) {
            return code;
        }
        if (next == capacity) {
            return NONE;
        }
        int c = next++;
        texts[c] = text;
        keys[c] = key;
        codes.put(text, c); // publishes texts[c] and keys[c]
        return c;
    }

    /** Level ordinal of two places given by their codes (both not {@link #NONE}). */
    public int level(int a, int b) {
        int at = a * capacity + b;
        int known = levels[at];
        if (known != 0) {
            return known - 1;
        }
        // symmetric, so both orders are filled; the shared similarity memo is left to names
        int level = district ? PairComparator.districtLevel(texts[a], keys[a], texts[b], keys[b], false)
                : PairComparator.stateLevel(texts[a], texts[b], false);
        levels[at] = (byte) (level + 1);
        levels[b * capacity + a] = (byte) (level + 1);
        return level;
    }
}
