package org.lantern.linkage.block;

import java.util.Arrays;

/**
 * Open-addressing hash map from a 64-bit blocking key to a growable list of record slots (an inverted index).
 * Primitive arrays only: about 8 + 4·k bytes per key with k postings, no boxing.
 *
 * <p>Add is amortised O(1); lookup O(1) expected. Not thread-safe for writes; concurrent reads are safe when no
 * write happens at the same time.
 */
public final class PostingsMap {

    private static final int[] EMPTY = new int[0];
    private static final long FREE = 0L;

    private long[] keys;
    private int[][] postings;
    private int[] sizes;
    private int count;
    private int mask;

    public PostingsMap(int expectedKeys) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedKeys * 2 - 1)) << 1;
        keys = new long[capacity];
        postings = new int[capacity][];
        sizes = new int[capacity];
        mask = capacity - 1;
    }

    private static long nonZero(long key) {
        return key == FREE ? 1L : key;
    }

    private int slotOf(long key) {
        int i = (int) mix(key) & mask;
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Appends a record slot to the postings of a key. */
    public void add(long key, int slot) {
        key = nonZero(key);
        int i = slotOf(key);
        if (keys[i] == FREE) {
            keys[i] = key;
            postings[i] = new int[2];
            count++;
            if (count * 2 > keys.length) {
                grow();
                i = slotOf(key);
            }
        }
        int[] list = postings[i];
        if (sizes[i] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            postings[i] = list;
        }
        list[sizes[i]++] = slot;
    }

    /** Removes one occurrence of a slot from a key's postings; O(k). */
    public void remove(long key, int slot) {
        key = nonZero(key);
        int i = slotOf(key);
        if (keys[i] == FREE) {
            return;
        }
        int[] list = postings[i];
        for (int j = 0; j < sizes[i]; j++) {
            if (list[j] == slot) {
                list[j] = list[--sizes[i]];
                return;
            }
        }
    }

    /** Number of postings of a key (0 when absent). */
    public int size(long key) {
        key = nonZero(key);
        int i = slotOf(key);
        return keys[i] == FREE ? 0 : sizes[i];
    }

    /**
     * The postings array of a key; only the first {@link #size(long)} entries are valid. The caller must not
     * modify it.
     */
    public int[] postings(long key) {
        key = nonZero(key);
        int i = slotOf(key);
        return keys[i] == FREE ? EMPTY : postings[i];
    }

    /** Number of distinct keys. */
    public int keyCount() {
        return count;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[][] oldPostings = postings;
        int[] oldSizes = sizes;
        int capacity = keys.length * 2;
        keys = new long[capacity];
        postings = new int[capacity][];
        sizes = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int j = slotOf(oldKeys[i]);
                keys[j] = oldKeys[i];
                postings[j] = oldPostings[i];
                sizes[j] = oldSizes[i];
            }
        }
    }
}
