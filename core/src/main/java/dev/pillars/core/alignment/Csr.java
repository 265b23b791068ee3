package dev.pillars.core.alignment;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Compressed sparse rows: the adjacency of one direction of the graph in three arrays. The
 * neighbours of node {@code i} are {@code target[start[i]] .. target[start[i + 1] - 1]}, with the
 * link weights at the same positions. Never mutated after construction.
 */
final class Csr {
  final int[] start;
  final int[] target;
  final double[] weight;

  private Csr(int[] start, int[] target, double[] weight) {
    this.start = start;
    this.target = target;
    this.weight = weight;
  }

  static Csr empty(int nodes) {
    return new Csr(new int[nodes + 1], new int[0], new double[0]);
  }

  /**
   * Builds the rows of {@code m} edges {@code from[k] -> to[k]} by a stable counting sort, so each
   * row keeps the edges in the order given. If {@code order} is not null it receives, for each
   * position of {@link #target}, the index {@code k} of the edge stored there.
   */
  static Csr of(int nodes, int[] from, int[] to, double[] weights, int m, int @Nullable [] order) {
    int[] start = new int[nodes + 1];
    for (int k = 0; k < m; k++) {
      start[from[k] + 1]++;
    }
    for (int i = 0; i < nodes; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = Arrays.copyOf(start, nodes);
    int[] target = new int[m];
    double[] weight = new double[m];
    for (int k = 0; k < m; k++) {
      int at = fill[from[k]]++;
      target[at] = to[k];
      weight[at] = weights[k];
      if (order != null) {
        order[at] = k;
      }
    }
    return new Csr(start, target, weight);
  }

  int degree(int node) {
    return start[node + 1] - start[node];
  }

  /** Returns the position of the edge {@code node -> to}, or -1. */
  int find(int node, int to) {
    for (int k = start[node]; k < start[node + 1]; k++) {
      if (target[k] == to) {
        return k;
      }
    }
    return -1;
  }

  /** Returns these rows with one more node, which has no edges. */
  Csr withNode() {
    int nodes = start.length - 1;
    int[] newStart = Arrays.copyOf(start, nodes + 2);
    newStart[nodes + 1] = start[nodes];
    return new Csr(newStart, target, weight);
  }

  /** Returns these rows with the edge {@code node -> to} appended to the row of {@code node}. */
  Csr withEdge(int node, int to, double w) {
    int at = start[node + 1];
    int m = target.length;
    int[] newTarget = new int[m + 1];
    double[] newWeight = new double[m + 1];
    System.arraycopy(target, 0, newTarget, 0, at);
    System.arraycopy(weight, 0, newWeight, 0, at);
    newTarget[at] = to;
    newWeight[at] = w;
    System.arraycopy(target, at, newTarget, at + 1, m - at);
    System.arraycopy(weight, at, newWeight, at + 1, m - at);
    int[] newStart = start.clone();
    for (int i = node + 1; i < newStart.length; i++) {
      newStart[i]++;
    }
    return new Csr(newStart, newTarget, newWeight);
  }

  /** Returns these rows without the edge {@code node -> to}, which must exist. */
  Csr withoutEdge(int node, int to) {
    int at = find(node, to);
    if (at < 0) {
      throw new IllegalStateException("no edge " + node + " -> " + to);
    }
    int m = target.length;
    int[] newTarget = new int[m - 1];
    double[] newWeight = new double[m - 1];
    System.arraycopy(target, 0, newTarget, 0, at);
    System.arraycopy(weight, 0, newWeight, 0, at);
    System.arraycopy(target, at + 1, newTarget, at, m - at - 1);
    System.arraycopy(weight, at + 1, newWeight, at, m - at - 1);
    int[] newStart = start.clone();
    for (int i = node + 1; i < newStart.length; i++) {
      newStart[i]--;
    }
    return new Csr(newStart, newTarget, newWeight);
  }
}
