package org.lantern.network.graph;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Interns strings (phone numbers, cell ids, IMEIs) to dense int ids 0, 1, 2, ... in order of first
 * appearance.
 *
 * <p>An open-addressing hash table with linear probing. Each slot holds the first 16 bytes of its
 * key packed in two longs, the key's length and hash, and its id, so a lookup of a key of up to
 * 16 bytes (every phone number and IMEI) touches one cache line and never the key store; longer
 * keys are confirmed against a byte arena. Interning straight from a CSV read buffer allocates
 * nothing. Lookup and insert are expected O(key length); space is 32 bytes per slot at load
 * below 1/2, plus the key bytes. Not thread-safe.
 */
public final class StringIndex {

  private static final int STRIDE = 4; // prefix0, prefix1, length << 32 | hash, id + 1 (0 = empty)

  private byte[] arena = new byte[1 << 16];
  private int arenaSize;
  private int[] keyStart;
  private long[] table;
  private int mask;
  private int size;

  public StringIndex() {
    this(1024);
  }

  /** @param expectedSize number of keys to size the table for (grows beyond it as needed) */
  public StringIndex(int expectedSize) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
    table = new long[capacity * STRIDE];
    mask = capacity - 1;
    keyStart = new int[Math.max(16, expectedSize) + 1];
  }

  /** Number of distinct keys. */
  public int size() {
    return size;
  }

  /** Id of {@code key}, adding it if new. */
  public int intern(String key) {
    Objects.requireNonNull(key, "key must not be null");
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    return intern(bytes, 0, bytes.length);
  }

  /** Id of the key {@code bytes[from, to)}, adding it if new. */
  public int intern(byte[] bytes, int from, int to) {
    int slot = probe(bytes, from, to);
    long id = table[slot * STRIDE + 3];
    if (id != 0) {
      return (int) id - 1;
    }
    return insert(bytes, from, to, slot);
  }

  /** Id of {@code key}, or -1 when absent. */
  public int find(String key) {
    Objects.requireNonNull(key, "key must not be null");
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    int slot = probe(bytes, 0, bytes.length);
    return (int) table[slot * STRIDE + 3] - 1;
  }

  /** The key with id {@code id}. */
  public String get(int id) {
    Objects.checkIndex(id, size);
    return new String(arena, keyStart[id], keyStart[id + 1] - keyStart[id], StandardCharsets.UTF_8);
  }

  /** All keys by id (a fresh array). */
  public String[] toArray() {
    String[] keys = new String[size];
    for (int id = 0; id < size; id++) {
      keys[id] = get(id);
    }
    return keys;
  }

  /** Slot holding the key, or the empty slot where it would go. */
  private int probe(byte[] bytes, int from, int to) {
    int length = to - from;
    long prefix0 = pack(bytes, from, Math.min(to, from + 8));
    long prefix1 = pack(bytes, Math.min(to, from + 8), Math.min(to, from + 16));
    int hash = hash(prefix0, prefix1, bytes, from + 16, to, length);
    long lengthAndHash = ((long) length << 32) | (hash & 0xFFFFFFFFL);
    int slot = hash & mask;
    while (true) {
      int base = slot * STRIDE;
      long id = table[base + 3];
      if (id == 0) {
        return slot;
      }
      if (table[base + 2] == lengthAndHash && table[base] == prefix0 && table[base + 1] == prefix1
          && (length <= 16 || sameTail((int) id - 1, bytes, from, to))) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean sameTail(int id, byte[] bytes, int from, int to) {
    int start = keyStart[id];
    return Arrays.equals(arena, start + 16, keyStart[id + 1], bytes, from + 16, to);
  }

  private int insert(byte[] bytes, int from, int to, int slot) {
    int length = to - from;
    if (arenaSize + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
    }
    System.arraycopy(bytes, from, arena, arenaSize, length);
    if (size + 2 >= keyStart.length) {
      keyStart = Arrays.copyOf(keyStart, keyStart.length * 2);
    }
    int id = size++;
    keyStart[id] = arenaSize;
    arenaSize += length;
    keyStart[id + 1] = arenaSize;
    int base = slot * STRIDE;
    table[base] = pack(bytes, from, Math.min(to, from + 8));
    table[base + 1] = pack(bytes, Math.min(to, from + 8), Math.min(to, from + 16));
    table[base + 2] = ((long) length << 32)
        | (hash(table[base], table[base + 1], bytes, from + 16, to, length) & 0xFFFFFFFFL);
    table[base + 3] = id + 1L;
    if (size * 2 > mask + 1) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    long[] old = table;
    int capacity = (mask + 1) * 2;
    table = new long[capacity * STRIDE];
    mask = capacity - 1;
    for (int base = 0; base < old.length; base += STRIDE) {
      if (old[base + 3] == 0) {
        continue;
      }
      int slot = (int) old[base + 2] & mask;
      while (table[slot * STRIDE + 3] != 0) {
        slot = (slot + 1) & mask;
      }
      System.arraycopy(old, base, table, slot * STRIDE, STRIDE);
    }
  }

  private static long pack(byte[] bytes, int from, int to) {
    long packed = 0;
    for (int i = to - 1; i >= from; i--) {
      packed = (packed << 8) | (bytes[i] & 0xFF);
    }
    return packed;
  }

  private static int hash(long prefix0, long prefix1, byte[] bytes, int tailFrom, int to, int length) {
    long h = prefix0 * 0x9E3779B97F4A7C15L ^ Long.rotateLeft(prefix1 * 0xC2B2AE3D27D4EB4FL, 31) ^ length;
    for (int i = tailFrom; i < to; i++) {
      h = (h ^ bytes[i]) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return (int) h;
  }
}
