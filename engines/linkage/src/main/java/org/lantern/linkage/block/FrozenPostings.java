package org.lantern.linkage.block;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Immutable inverted index built in bulk: blocking keys truncated to their top 40 bits (rule and 35 bits of hash)
 * and record slots packed into one long each, sorted in parallel, then split into a sorted key array with offsets
 * into one slot array (compressed sparse rows). A directory on the top bits of the key narrows each lookup to a
 * few dozen keys. Truncation merges a few unrelated blocks (extra candidates, never lost ones).
 *
 * <p>Build O(P log P) for P postings, on all cores; lookup O(log(P / 2^22)); space 12 bytes per posting and
 * 8 bytes per distinct key, no object per block. At most 2^24 records.
 */
public final class FrozenPostings {

    public static final int MAX_RECORDS = 1 << 24;
    private static final int SLOT_BITS = 24;
    private static final int DIRECTORY_BITS = 22;
    private static final int KEY_BITS = 40;

    private final long[] keys;
    private final int[] offsets;
    private final int[] slots;
    private final int[] directory;

    private FrozenPostings(long[] keys, int[] offsets, int[] slots, int[] directory) {
        this.keys = keys;
        this.offsets = offsets;
        this.slots = slots;
        this.directory = directory;
    }

    /** An index with no postings. */
    public static FrozenPostings empty() {
        return build(List.of());
    }

    /**
     * Builds the index from the keys of each record; record i gets slot i.
     *
     * @param keysPerRecord blocking keys of every record, in slot order
     */
    public static FrozenPostings build(List<long[]> keysPerRecord) {
        int n = keysPerRecord.size();
        if (n > MAX_RECORDS) {
            throw new IllegalArgumentException("at most " + MAX_RECORDS + " records per bulk index");
        }
        long[] start = new long[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + keysPerRecord.get(i).length;
        }
        if (start[n] > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many postings for one bulk index");
        }
        long[] packed = new long[(int) start[n]];
        IntStream.range(0, n).parallel().forEach(i -> {
            int at = (int) start[i];
            for (long key : keysPerRecord.get(i)) {
                packed[at++] = (truncate(key) << SLOT_BITS) | i;
            }
        });
        Arrays.parallelSort(packed);
        int distinct = 0;
        for (int i = 0; i < packed.length; i++) {
            if (i == 0 || (packed[i] >>> SLOT_BITS) != (packed[i - 1] >>> SLOT_BITS)) {
                distinct++;
            }
        }
        long[] keys = new long[distinct];
        int[] offsets = new int[distinct + 1];
        int[] slots = new int[packed.length];
        int k = -1;
        for (int i = 0; i < packed.length; i++) {
            long key = packed[i] >>> SLOT_BITS;
            if (k < 0 || keys[k] != key) {
                keys[++k] = key;
                offsets[k] = i;
            }
            slots[i] = (int) (packed[i] & ((1 << SLOT_BITS) - 1));
        }
        offsets[distinct] = packed.length;
        int[] directory = new int[(1 << DIRECTORY_BITS) + 1];
        int d = 0;
        for (int i = 0; i < distinct; i++) {
            int bucket = bucketOf(keys[i]);
            while (d <= bucket) {
                directory[d++] = i;
            }
        }
        while (d < directory.length) {
            directory[d++] = distinct;
        }
        return new FrozenPostings(keys, offsets, slots, directory);
    }

    private static long truncate(long key) {
        return key >>> (64 - KEY_BITS);
    }

    private static int bucketOf(long truncatedKey) {
        return (int) (truncatedKey >>> (KEY_BITS - DIRECTORY_BITS));
    }

    /** Position of a key in the key array, or -1. */
    public int find(long key) {
        long t = truncate(key);
        int bucket = bucketOf(t);
        int i = Arrays.binarySearch(keys, directory[bucket], directory[bucket + 1], t);
        return i >= 0 ? i : -1;
    }

    /** Number of postings at a position returned by {@link #find}. */
    public int size(int position) {
        return position < 0 ? 0 : offsets[position + 1] - offsets[position];
    }

    /** Copies the postings at a position into {@code target} from {@code at}; returns the count copied. */
    public int copy(int position, int[] target, int at) {
        if (position < 0) {
            return 0;
        }
        int from = offsets[position];
        int count = offsets[position + 1] - from;
        System.arraycopy(slots, from, target, at, count);
        return count;
    }

    /** Total number of postings. */
    public int postingCount() {
        return slots.length;
    }
}
