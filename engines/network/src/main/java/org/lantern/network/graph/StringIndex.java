package org.lantern.network.graph;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Interns strings (phone numbers, cell ids, IMEIs) to dense int ids 0, 1, 2, ... in order of first
 * appearance.
 *
 * <p>An open-addressing hash table with linear probing over a byte arena: keys are stored once as
 * UTF-8 bytes, so interning straight from a CSV read buffer allocates no String per field. Lookup
 * and insert are expected O(length of key); space is O(total key bytes + ids). Not thread-safe.
 */
public final class StringIndex {

  private static final int EMPTY = -1;

  private byte[] arena = new byte[1 << 16];
  private int arenaSize;
  private int[] keyStart = new int[1 << 10];
  private int[] keyHash = new int[1 << 10];
  private int[] slots;
  private int mask;
  private int size;

  public StringIndex() {
    this(1024);
  }

  /** @param expectedSize number of keys to size the table for (grows beyond it as needed) */
  public StringIndex(int expectedSize) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
    slots = new int[capacity];
    Arrays.fill(slots, EMPTY);
    mask = capacity - 1;
    keyStart = new int[Math.max(16, expectedSize) + 1];
    keyHash = new int[Math.max(16, expectedSize)];
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
    int hash = hash(bytes, from, to);
    int slot = hash & mask;
    while (true) {
      int id = slots[slot];
      if (id == EMPTY) {
        return insert(bytes, from, to, hash, slot);
      }
      if (keyHash[id] == hash && sameKey(id, bytes, from, to)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Id of {@code key}, or -1 when absent. */
  public int find(String key) {
    Objects.requireNonNull(key, "key must not be null");
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    int hash = hash(bytes, 0, bytes.length);
    int slot = hash & mask;
    while (true) {
      int id = slots[slot];
      if (id == EMPTY) {
        return -1;
      }
      if (keyHash[id] == hash && sameKey(id, bytes, 0, bytes.length)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
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

  private boolean sameKey(int id, byte[] bytes, int from, int to) {
    int start = keyStart[id];
    return Arrays.equals(arena, start, keyStart[id + 1], bytes, from, to);
  }

  private int insert(byte[] bytes, int from, int to, int hash, int slot) {
    int length = to - from;
    if (arenaSize + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
    }
    System.arraycopy(bytes, from, arena, arenaSize, length);
    if (size + 1 >= keyHash.length) {
      keyHash = Arrays.copyOf(keyHash, keyHash.length * 2);
      keyStart = Arrays.copyOf(keyStart, keyHash.length + 1);
    }
    int id = size++;
    keyStart[id] = arenaSize;
    arenaSize += length;
    keyStart[id + 1] = arenaSize;
    keyHash[id] = hash;
    slots[slot] = id;
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int capacity = slots.length * 2;
    slots = new int[capacity];
    Arrays.fill(slots, EMPTY);
    mask = capacity - 1;
    for (int id = 0; id < size; id++) {
      int slot = keyHash[id] & mask;
      while (slots[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id;
    }
  }

  private static int hash(byte[] bytes, int from, int to) {
    // 64-bit polynomial then a murmur finaliser: phone numbers share long prefixes, so the low
    // bits used for the slot must depend on every byte
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < to; i++) {
      h = (h ^ bytes[i]) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return (int) h;
  }
}
