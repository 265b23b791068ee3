package dev.pillars.core.cadence;

import dev.pillars.core.org.EmployeeId;

/**
 * The position of each of a list of distinct ids, found without boxing: an open-addressing table
 * of the ids with their spread hash codes beside them, so a probe that misses compares two
 * {@code int}s instead of following a hash map's node and key.
 */
final class IdIndex {
  private final EmployeeId[] keys;
  private final int[] hashes;
  private final int[] positions;
  private final int mask;

  /** Indexes distinct ids by their position in the array. */
  IdIndex(EmployeeId[] ids) {
    int capacity = Integer.highestOneBit(Math.max(4, ids.length) * 2 - 1) * 2;
    keys = new EmployeeId[capacity];
    hashes = new int[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < ids.length; i++) {
      int h = spread(ids[i].hashCode());
      int slot = h & mask;
      while (positions[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = ids[i];
      hashes[slot] = h;
      positions[slot] = i + 1;
    }
  }

  /** Returns the position of an id, or -1 if it is not indexed. */
  int indexOf(EmployeeId id) {
    int h = spread(id.hashCode());
    int slot = h & mask;
    for (int p = positions[slot]; p != 0; p = positions[slot]) {
      if (hashes[slot] == h && (keys[slot] == id || keys[slot].equals(id))) {
        return p - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
