package dev.pillars.core.org;

import java.util.Arrays;

/**
 * A forest over the nodes {@code 0 .. n-1} given by parent pointers: its cycle check and the
 * indices that make tree queries fast. Everything is computed once, iteratively, in time linear in
 * the number of nodes, so deep chains cost no more than wide trees and never overflow the stack.
 *
 * <p>Children keep the order of their node numbers; the pre-order visits roots in node order and
 * each node before its children, so a node's descendants occupy the positions {@code
 * position(node) + 1} to {@code subtreeEnd(node) - 1}.
 */
final class Forest {
  /** Turns a cycle into the exception to throw. */
  @FunctionalInterface
  interface CycleReporter {
    /**
     * Returns the exception for a cycle.
     *
     * @param cycle the nodes of the cycle, each node's parent being the next one and the last
     *     node's parent the first; the first node is where the search entered the cycle
     * @return the exception to throw
     */
    RuntimeException cycle(int[] cycle);
  }

  private final int[] parent;
  private final int[] childStart;
  private final int[] children;
  private final int[] roots;
  private final int[] preorder;
  private final int[] position;
  private final int[] subtreeEnd;

  private Forest(int[] parent, int[] childStart, int[] children, int[] roots, int[] preorder,
      int[] position, int[] subtreeEnd) {
    this.parent = parent;
    this.childStart = childStart;
    this.children = children;
    this.roots = roots;
    this.preorder = preorder;
    this.position = position;
    this.subtreeEnd = subtreeEnd;
  }

  /**
   * Builds the forest, or throws the reporter's exception for the first cycle found.
   *
   * @param parent each node's parent, or -1 for a root; not modified and not kept
   * @param reporter makes the exception for a cycle
   * @return the forest
   */
  static Forest of(int[] parent, CycleReporter reporter) {
    int n = parent.length;
    int[] parents = parent.clone();
    requireAcyclic(parents, reporter);

    int[] childStart = new int[n + 1];
    int rootCount = 0;
    for (int node = 0; node < n; node++) {
      if (parents[node] < 0) {
        rootCount++;
      } else {
        childStart[parents[node] + 1]++;
      }
    }
    for (int node = 0; node < n; node++) {
      childStart[node + 1] += childStart[node];
    }
    int[] fill = Arrays.copyOf(childStart, n);
    int[] children = new int[n - rootCount];
    int[] roots = new int[rootCount];
    int rootFill = 0;
    for (int node = 0; node < n; node++) {
      int p = parents[node];
      if (p < 0) {
        roots[rootFill++] = node;
      } else {
        children[fill[p]++] = node;
      }
    }

    int[] preorder = new int[n];
    int[] position = new int[n];
    int[] stack = new int[n];
    int next = 0;
    for (int root : roots) {
      int top = 0;
      stack[top++] = root;
      while (top > 0) {
        int node = stack[--top];
        position[node] = next;
        preorder[next++] = node;
        for (int c = childStart[node + 1] - 1; c >= childStart[node]; c--) {
          stack[top++] = children[c];
        }
      }
    }
    int[] size = new int[n];
    int[] subtreeEnd = new int[n];
    for (int k = n - 1; k >= 0; k--) {
      int node = preorder[k];
      size[node]++;
      subtreeEnd[node] = position[node] + size[node];
      if (parents[node] >= 0) {
        size[parents[node]] += size[node];
      }
    }
    return new Forest(parents, childStart, children, roots, preorder, position, subtreeEnd);
  }

  /**
   * Colours the nodes white (0), on the current walk (1) and done (2); a walk that meets a node of
   * its own has found a cycle. Every node is walked once, so the check is linear.
   */
  private static void requireAcyclic(int[] parent, CycleReporter reporter) {
    int n = parent.length;
    byte[] state = new byte[n];
    int[] path = new int[n];
    for (int start = 0; start < n; start++) {
      if (state[start] != 0) {
        continue;
      }
      int length = 0;
      int node = start;
      while (node >= 0 && state[node] == 0) {
        state[node] = 1;
        path[length++] = node;
        node = parent[node];
      }
      if (node >= 0 && state[node] == 1) {
        int from = 0;
        while (path[from] != node) {
          from++;
        }
        throw reporter.cycle(Arrays.copyOfRange(path, from, length));
      }
      for (int k = 0; k < length; k++) {
        state[path[k]] = 2;
      }
    }
  }

  int parent(int node) {
    return parent[node];
  }

  int[] roots() {
    return roots;
  }

  int[] children() {
    return children;
  }

  int childStart(int node) {
    return childStart[node];
  }

  int childEnd(int node) {
    return childStart[node + 1];
  }

  int[] preorder() {
    return preorder;
  }

  int position(int node) {
    return position[node];
  }

  int subtreeEnd(int node) {
    return subtreeEnd[node];
  }
}
