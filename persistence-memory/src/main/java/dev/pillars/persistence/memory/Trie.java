package dev.pillars.persistence.memory;

import dev.pillars.persistence.spi.Versioned;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable hash trie (a compressed hash-array mapped trie in the CHAMP layout) from keys to
 * values with versions: the committed state of one table of one tenant.
 *
 * <p>A trie never changes once built, so any number of threads read it without locks and a stream
 * over it sees one consistent state. Changes go through an {@link Editor}, which copies only the
 * paths it touches (about log32(n) small nodes per change) and changes nodes it created itself in
 * place, so a commit of many changes costs little more than the changes themselves.
 *
 * <p>Memory: the trie stores values and their versions inline in small per-node arrays; keys are
 * not stored but read back from the values ({@code keyOf}), and no per-entry wrapper objects are
 * kept. A million entries cost about 40 bytes each beyond the values.
 */
final class Trie {
  static final Trie EMPTY = new Trie(BitmapNode.EMPTY, 0);

  private static final int BITS = 5;
  private static final int MASK = (1 << BITS) - 1;

  private final Node root;
  private final int size;

  private Trie(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  /** Returns the number of entries. */
  int size() {
    return size;
  }

  /** Returns the value stored under {@code key} with its version, or null. */
  @Nullable Versioned<Object> find(Object key, Function<Object, Object> keyOf) {
    return root.find(key, hash(key), 0, keyOf);
  }

  /** Returns the version stored under {@code key}, or 0 if there is none. */
  long versionOf(Object key, Function<Object, Object> keyOf) {
    Versioned<Object> found = find(key, keyOf);
    return found == null ? 0 : found.version();
  }

  /** Returns a spliterator over every entry; the trie is immutable, so it never fails. */
  Spliterator<Versioned<Object>> spliterator() {
    return new TrieSpliterator(root, size);
  }

  /** Receives the entries of a trie one by one. */
  interface EntryConsumer {
    void accept(Object value, long version);
  }

  /** Passes every entry to {@code consumer}, without allocating. */
  void forEach(EntryConsumer consumer) {
    forEach(root, consumer);
  }

  private static void forEach(Node node, EntryConsumer consumer) {
    for (int i = 0; i < node.dataCount(); i++) {
      consumer.accept(node.value(i), node.version(i));
    }
    for (int i = 0; i < node.nodeCount(); i++) {
      forEach(node.node(i), consumer);
    }
  }

  /**
   * Builds a trie of the given entries in one pass: sorted by their path through the trie, then
   * laid out bottom-up with every node allocated once at its final size. Much faster than putting
   * the entries one by one when there are many; the keys must be distinct.
   *
   * @param values the values; their keys must be distinct
   * @param versions the versions, parallel to {@code values}
   * @param count how many entries of the two arrays to use
   * @param keyOf reads a value's key
   * @return the trie
   */
  static Trie build(Object[] values, long[] versions, int count, Function<Object, Object> keyOf) {
    if (count == 0) {
      return EMPTY;
    }
    if (count >= 1 << INDEX_BITS) {
      Editor editor = EMPTY.edit(keyOf);
      for (int i = 0; i < count; i++) {
        editor.put(values[i], versions[i]);
      }
      return editor.freeze();
    }
    int[] hashes = new int[count];
    long[] order = new long[count];
    for (int i = 0; i < count; i++) {
      hashes[i] = hash(keyOf.apply(values[i]));
      order[i] = (path(hashes[i]) << INDEX_BITS) | i;
    }
    Arrays.sort(order);
    Object[] sortedValues = new Object[count];
    long[] sortedVersions = new long[count];
    int[] sortedHashes = new int[count];
    for (int i = 0; i < count; i++) {
      int from = (int) (order[i] & ((1L << INDEX_BITS) - 1));
      sortedValues[i] = values[from];
      sortedVersions[i] = versions[from];
      sortedHashes[i] = hashes[from];
    }
    return new Trie(layOut(sortedValues, sortedVersions, sortedHashes, 0, count, 0), count);
  }

  /** Bits of a sort key that hold the entry's index; the 35 bits of its path fill the rest. */
  private static final int INDEX_BITS = 28;

  /** Returns the hash's 5-bit chunks in the order the trie consumes them, first chunk highest. */
  private static long path(int hash) {
    long path = 0;
    for (int shift = 0; shift < 32; shift += BITS) {
      path = (path << BITS) | ((hash >>> shift) & MASK);
    }
    return path;
  }

  private static Node layOut(Object[] values, long[] versions, int[] hashes, int from, int to, int shift) {
    if (shift >= 32) {
      return new CollisionNode(
          Arrays.copyOfRange(values, from, to), Arrays.copyOfRange(versions, from, to));
    }
    int dataMap = 0;
    int nodeMap = 0;
    int dataCount = 0;
    int nodeCount = 0;
    for (int i = from; i < to; ) {
      int bit = bit(hashes[i], shift);
      int j = i + 1;
      while (j < to && bit(hashes[j], shift) == bit) {
        j++;
      }
      if (j - i == 1) {
        dataMap |= bit;
        dataCount++;
      } else {
        nodeMap |= bit;
        nodeCount++;
      }
      i = j;
    }
    Object[] nodeValues = dataCount == 0 ? BitmapNode.NO_VALUES : new Object[dataCount];
    long[] nodeVersions = dataCount == 0 ? BitmapNode.NO_VERSIONS : new long[dataCount];
    Node[] children = nodeCount == 0 ? BitmapNode.NO_NODES : new Node[nodeCount];
    int d = 0;
    int c = 0;
    for (int i = from; i < to; ) {
      int bit = bit(hashes[i], shift);
      int j = i + 1;
      while (j < to && bit(hashes[j], shift) == bit) {
        j++;
      }
      if (j - i == 1) {
        nodeValues[d] = values[i];
        nodeVersions[d] = versions[i];
        d++;
      } else {
        children[c++] = layOut(values, versions, hashes, i, j, shift + BITS);
      }
      i = j;
    }
    return new BitmapNode(null, dataMap, nodeMap, nodeValues, nodeVersions, children);
  }

  /** Returns an editor that starts from this trie and leaves it unchanged. */
  Editor edit(Function<Object, Object> keyOf) {
    return new Editor(this, keyOf);
  }

  static int hash(Object key) {
    int h = key.hashCode();
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }

  private static int bit(int hash, int shift) {
    return 1 << ((hash >>> shift) & MASK);
  }

  private static int index(int bitmap, int bit) {
    return Integer.bitCount(bitmap & (bit - 1));
  }

  /**
   * Builds a new trie from an old one. Not thread-safe; used by one committing thread, then
   * discarded. Nodes it creates carry it as their owner and are changed in place while it edits;
   * after {@link #freeze()} nobody holds it any more, so those nodes never change again.
   */
  static final class Editor {
    final Function<Object, Object> keyOf;
    private Node root;
    private int size;

    private Editor(Trie base, Function<Object, Object> keyOf) {
      this.keyOf = keyOf;
      this.root = base.root;
      this.size = base.size;
    }

    /** Stores {@code value} at {@code version} under its key, replacing what was there. */
    void put(Object value, long version) {
      Object key = keyOf.apply(value);
      root = root.put(this, key, hash(key), 0, value, version);
    }

    /** Removes the entry under {@code key}, if any. */
    void remove(Object key) {
      root = root.remove(this, key, hash(key), 0);
    }

    /** Returns the trie built so far; the editor must not be used afterwards. */
    Trie freeze() {
      return new Trie(root, size);
    }
  }

  /**
   * A node of the trie. Its entries are stored inline in two parallel arrays, values and their
   * versions; a bitmap node may replace them while its editor owns it, a collision node never does.
   */
  private abstract static class Node {
    Object[] values;
    long[] versions;

    Node(Object[] values, long[] versions) {
      this.values = values;
      this.versions = versions;
    }

    abstract @Nullable Versioned<Object> find(Object key, int hash, int shift, Function<Object, Object> keyOf);

    abstract Node put(Editor editor, Object key, int hash, int shift, Object value, long version);

    abstract Node remove(Editor editor, Object key, int hash, int shift);

    final int dataCount() {
      return values.length;
    }

    final Object value(int i) {
      return values[i];
    }

    final long version(int i) {
      return versions[i];
    }

    abstract int nodeCount();

    abstract Node node(int i);

    static Node merge(
        Editor editor, Object value1, long version1, int hash1, Object value2, long version2, int hash2, int shift) {
      if (shift >= 32) {
        return new CollisionNode(new Object[] {value1, value2}, new long[] {version1, version2});
      }
      int bit1 = bit(hash1, shift);
      int bit2 = bit(hash2, shift);
      if (bit1 == bit2) {
        Node child = merge(editor, value1, version1, hash1, value2, version2, hash2, shift + BITS);
        return new BitmapNode(editor, 0, bit1, BitmapNode.NO_VALUES, BitmapNode.NO_VERSIONS, new Node[] {child});
      }
      boolean firstIsLower = Integer.compareUnsigned(bit1, bit2) < 0;
      Object[] values = firstIsLower ? new Object[] {value1, value2} : new Object[] {value2, value1};
      long[] versions = firstIsLower ? new long[] {version1, version2} : new long[] {version2, version1};
      return new BitmapNode(editor, bit1 | bit2, 0, values, versions, BitmapNode.NO_NODES);
    }
  }

  private static final class BitmapNode extends Node {
    static final Object[] NO_VALUES = {};
    static final long[] NO_VERSIONS = {};
    static final Node[] NO_NODES = {};
    static final BitmapNode EMPTY = new BitmapNode(null, 0, 0, NO_VALUES, NO_VERSIONS, NO_NODES);

    private final @Nullable Editor owner;
    private int dataMap;
    private int nodeMap;
    private Node[] nodes;

    BitmapNode(@Nullable Editor owner, int dataMap, int nodeMap, Object[] values, long[] versions, Node[] nodes) {
      super(values, versions);
      this.owner = owner;
      this.dataMap = dataMap;
      this.nodeMap = nodeMap;
      this.nodes = nodes;
    }

    @Override
    @Nullable Versioned<Object> find(Object key, int hash, int shift, Function<Object, Object> keyOf) {
      int bit = bit(hash, shift);
      if ((dataMap & bit) != 0) {
        int i = index(dataMap, bit);
        return keyOf.apply(values[i]).equals(key) ? Versioned.of(values[i], versions[i]) : null;
      }
      if ((nodeMap & bit) != 0) {
        return nodes[index(nodeMap, bit)].find(key, hash, shift + BITS, keyOf);
      }
      return null;
    }

    @Override
    Node put(Editor editor, Object key, int hash, int shift, Object value, long version) {
      int bit = bit(hash, shift);
      if ((dataMap & bit) != 0) {
        int i = index(dataMap, bit);
        Object existing = values[i];
        Object existingKey = editor.keyOf.apply(existing);
        if (existingKey.equals(key)) {
          BitmapNode node = editable(editor);
          node.values[i] = value;
          node.versions[i] = version;
          return node;
        }
        Node child =
            merge(editor, existing, versions[i], hash(existingKey), value, version, hash, shift + BITS);
        editor.size++;
        return dataToNode(editor, bit, i, child);
      }
      if ((nodeMap & bit) != 0) {
        int i = index(nodeMap, bit);
        Node child = nodes[i];
        Node changed = child.put(editor, key, hash, shift + BITS, value, version);
        if (changed == child) {
          return this;
        }
        BitmapNode node = editable(editor);
        node.nodes[i] = changed;
        return node;
      }
      editor.size++;
      return insertData(editor, bit, value, version);
    }

    @Override
    Node remove(Editor editor, Object key, int hash, int shift) {
      int bit = bit(hash, shift);
      if ((dataMap & bit) != 0) {
        int i = index(dataMap, bit);
        if (!editor.keyOf.apply(values[i]).equals(key)) {
          return this;
        }
        editor.size--;
        BitmapNode node = editable(editor);
        node.dataMap ^= bit;
        node.values = without(values, i);
        node.versions = without(versions, i);
        return node;
      }
      if ((nodeMap & bit) != 0) {
        int i = index(nodeMap, bit);
        Node child = nodes[i];
        Node changed = child.remove(editor, key, hash, shift + BITS);
        if (changed == child) {
          return this;
        }
        if (changed.nodeCount() == 0 && changed.dataCount() == 1) {
          return nodeToData(editor, bit, i, changed.value(0), changed.version(0));
        }
        BitmapNode node = editable(editor);
        node.nodes[i] = changed;
        return node;
      }
      return this;
    }

    private BitmapNode editable(Editor editor) {
      if (owner == editor) {
        return this;
      }
      return new BitmapNode(editor, dataMap, nodeMap, values.clone(), versions.clone(), nodes.clone());
    }

    private Node insertData(Editor editor, int bit, Object value, long version) {
      int i = index(dataMap, bit);
      BitmapNode node = editable(editor);
      node.values = with(values, i, value);
      node.versions = with(versions, i, version);
      node.dataMap |= bit;
      return node;
    }

    private Node dataToNode(Editor editor, int bit, int dataIndex, Node child) {
      int nodeIndex = index(nodeMap, bit);
      BitmapNode node = editable(editor);
      node.values = without(values, dataIndex);
      node.versions = without(versions, dataIndex);
      node.nodes = with(nodes, nodeIndex, child);
      node.dataMap ^= bit;
      node.nodeMap |= bit;
      return node;
    }

    private Node nodeToData(Editor editor, int bit, int nodeIndex, Object value, long version) {
      int dataIndex = index(dataMap, bit);
      BitmapNode node = editable(editor);
      node.nodes = without(nodes, nodeIndex);
      node.values = with(values, dataIndex, value);
      node.versions = with(versions, dataIndex, version);
      node.nodeMap ^= bit;
      node.dataMap |= bit;
      return node;
    }

    @Override
    int nodeCount() {
      return nodes.length;
    }

    @Override
    Node node(int i) {
      return nodes[i];
    }
  }

  /** The entries whose keys share all 32 bits of their hash; searched one by one. */
  private static final class CollisionNode extends Node {
    CollisionNode(Object[] values, long[] versions) {
      super(values, versions);
    }

    private int indexOf(Object key, Function<Object, Object> keyOf) {
      for (int i = 0; i < values.length; i++) {
        if (keyOf.apply(values[i]).equals(key)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    @Nullable Versioned<Object> find(Object key, int hash, int shift, Function<Object, Object> keyOf) {
      int i = indexOf(key, keyOf);
      return i < 0 ? null : Versioned.of(values[i], versions[i]);
    }

    @Override
    Node put(Editor editor, Object key, int hash, int shift, Object value, long version) {
      int i = indexOf(key, editor.keyOf);
      if (i >= 0) {
        Object[] newValues = values.clone();
        long[] newVersions = versions.clone();
        newValues[i] = value;
        newVersions[i] = version;
        return new CollisionNode(newValues, newVersions);
      }
      editor.size++;
      return new CollisionNode(with(values, values.length, value), with(versions, versions.length, version));
    }

    @Override
    Node remove(Editor editor, Object key, int hash, int shift) {
      int i = indexOf(key, editor.keyOf);
      if (i < 0) {
        return this;
      }
      editor.size--;
      return new CollisionNode(without(values, i), without(versions, i));
    }

    @Override
    int nodeCount() {
      return 0;
    }

    @Override
    Node node(int i) {
      throw new IndexOutOfBoundsException(i);
    }
  }

  private static final class TrieSpliterator implements Spliterator<Versioned<Object>> {
    private static final int MAX_DEPTH = 8;

    private final Node[] path = new Node[MAX_DEPTH + 1];
    private final int[] dataCursor = new int[MAX_DEPTH + 1];
    private final int[] nodeCursor = new int[MAX_DEPTH + 1];
    private int depth;
    private long remaining;

    TrieSpliterator(Node root, int size) {
      path[0] = root;
      remaining = size;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Versioned<Object>> action) {
      while (depth >= 0) {
        Node node = path[depth];
        if (dataCursor[depth] < node.dataCount()) {
          int i = dataCursor[depth]++;
          remaining--;
          action.accept(Versioned.of(node.value(i), node.version(i)));
          return true;
        }
        if (nodeCursor[depth] < node.nodeCount()) {
          Node child = node.node(nodeCursor[depth]++);
          depth++;
          path[depth] = child;
          dataCursor[depth] = 0;
          nodeCursor[depth] = 0;
        } else {
          path[depth] = BitmapNode.EMPTY;
          depth--;
        }
      }
      return false;
    }

    @Override
    public @Nullable Spliterator<Versioned<Object>> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return remaining;
    }

    @Override
    public int characteristics() {
      return SIZED | DISTINCT | NONNULL | IMMUTABLE;
    }
  }

  private static Object[] with(Object[] array, int index, Object element) {
    Object[] result = Arrays.copyOf(array, array.length + 1);
    System.arraycopy(array, index, result, index + 1, array.length - index);
    result[index] = element;
    return result;
  }

  private static long[] with(long[] array, int index, long element) {
    long[] result = Arrays.copyOf(array, array.length + 1);
    System.arraycopy(array, index, result, index + 1, array.length - index);
    result[index] = element;
    return result;
  }

  private static Node[] with(Node[] array, int index, Node element) {
    Node[] result = Arrays.copyOf(array, array.length + 1);
    System.arraycopy(array, index, result, index + 1, array.length - index);
    result[index] = element;
    return result;
  }

  private static Object[] without(Object[] array, int index) {
    Object[] result = new Object[array.length - 1];
    System.arraycopy(array, 0, result, 0, index);
    System.arraycopy(array, index + 1, result, index, array.length - index - 1);
    return result;
  }

  private static long[] without(long[] array, int index) {
    long[] result = new long[array.length - 1];
    System.arraycopy(array, 0, result, 0, index);
    System.arraycopy(array, index + 1, result, index, array.length - index - 1);
    return result;
  }

  private static Node[] without(Node[] array, int index) {
    Node[] result = new Node[array.length - 1];
    System.arraycopy(array, 0, result, 0, index);
    System.arraycopy(array, index + 1, result, index, array.length - index - 1);
    return result;
  }
}
