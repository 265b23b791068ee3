package dev.pillars.scoring.internal;

/**
 * Finds a repeated value among many without a hash set over all of them: the values are first
 * partitioned by the top bits of their hash (a counting sort, sequential passes), then each
 * partition, small enough to stay in cache, is checked with a small open-addressing table of
 * hashes. Equal hashes are compared with {@code equals}.
 */
public final class Distinct {
  private static final int PER_PARTITION = 512;

  private Distinct() {}

  /**
   * Spreads a hash code's bits (the 32-bit finaliser of MurmurHash3).
   *
   * @param h a hash code
   * @return the mixed hash
   */
  public static int mix(int h) {
    int x = h;
    x ^= x >>> 16;
    x *= 0x85ebca6b;
    x ^= x >>> 13;
    x *= 0xc2b2ae35;
    return x ^ (x >>> 16);
  }

  /**
   * Returns the index of a value equal to an earlier one, or -1 if all are distinct.
   *
   * @param values the values, none null
   * @param hashes their mixed hash codes ({@link #mix} of {@code hashCode()})
   * @return the smallest index whose value equals an earlier one, or -1
   */
  public static int firstRepeat(Object[] values, int[] hashes) {
    int n = values.length;
    int bits = 32 - Integer.numberOfLeadingZeros(n / PER_PARTITION);
    int partitions = 1 << bits;
    int[] start = new int[partitions + 1];
    for (int i = 0; i < n; i++) {
      start[partition(hashes[i], bits) + 1]++;
    }
    for (int p = 0; p < partitions; p++) {
      start[p + 1] += start[p];
    }
    int[] next = new int[partitions];
    System.arraycopy(start, 0, next, 0, partitions);
    int[] order = new int[n];
    int[] sortedHash = new int[n];
    for (int i = 0; i < n; i++) {
      int at = next[partition(hashes[i], bits)]++;
      order[at] = i;
      sortedHash[at] = hashes[i];
    }
    int found = -1;
    int[] table = new int[16];
    for (int p = 0; p < partitions; p++) {
      int size = start[p + 1] - start[p];
      int capacity = Math.max(16, Integer.highestOneBit(Math.max(1, size) * 2) * 2);
      if (table.length < capacity) {
        table = new int[capacity];
      }
      int mask = capacity - 1;
      java.util.Arrays.fill(table, 0, capacity, 0);
      for (int at = start[p]; at < start[p + 1]; at++) {
        int slot = sortedHash[at] & mask;
        for (int other = table[slot]; other != 0; other = table[slot]) {
          if (sortedHash[other - 1] == sortedHash[at] && values[order[other - 1]].equals(values[order[at]])) {
            int later = Math.max(order[other - 1], order[at]);
            found = found < 0 ? later : Math.min(found, later);
          }
          slot = (slot + 1) & mask;
        }
        table[slot] = at + 1;
      }
    }
    return found;
  }

  private static int partition(int hash, int bits) {
    return bits == 0 ? 0 : hash >>> (32 - bits);
  }
}
