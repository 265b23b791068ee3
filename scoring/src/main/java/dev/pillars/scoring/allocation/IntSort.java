package dev.pillars.scoring.allocation;

/** A stable merge sort of {@code int}s (indices) by a comparator, without boxing. */
final class IntSort {
  private IntSort() {}

  /** Compares two indices: negative if {@code a} goes first. */
  interface Order {
    int compare(int a, int b);
  }

  /** Sorts {@code a[0..n)} stably by the order. */
  static void sort(int[] a, int n, Order order) {
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
