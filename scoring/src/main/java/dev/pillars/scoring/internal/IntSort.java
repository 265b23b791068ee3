package dev.pillars.scoring.internal;

/** A stable merge sort of {@code int}s (indices) by a comparator, without boxing. */
public final class IntSort {
  private IntSort() {}

  /** Compares two indices. */
  public interface Order {
    /**
     * Compares two indices.
     *
     * @param a an index
     * @param b another index
     * @return negative if {@code a} goes first, zero if equal, positive if {@code b} goes first
     */
    int compare(int a, int b);
  }

  /**
   * Sorts {@code a[0..n)} stably by the order.
   *
   * @param a the indices
   * @param n how many of them to sort
   * @param order the order
   */
  public static void sort(int[] a, int n, Order order) {
    int[] from = a;
    int[] to = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
          to[k] = i < mid && (j >= hi || order.compare(from[i], from[j]) <= 0) ? from[i++] : from[j++];
        }
      }
      int[] t = from;
      from = to;
      to = t;
    }
    if (from != a) {
      System.arraycopy(from, 0, a, 0, n);
    }
  }
}
