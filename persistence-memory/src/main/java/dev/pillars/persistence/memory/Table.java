package dev.pillars.persistence.memory;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One table of a tenant: the values it stores, how to read a value's key, and its slot in the
 * tenant's state. Every repository of the in-memory store works over one or more tables; adding an
 * aggregate adds one constant to {@link Tables}.
 *
 * <p>Three kinds of table share the commit machinery of {@link MemoryUnitOfWork}:
 *
 * <ul>
 *   <li>an <b>aggregate table</b> holds one versioned aggregate per key; a commit checks that each
 *       written key is still at the version its unit of work started from;
 *   <li>a <b>log table</b> ({@link #codec} set) holds one {@link LogChunk} of append-only entries
 *       per key; a commit merges the unit of work's appended entries into the committed chunk
 *       (concurrent appends never conflict, except on an entry's identity) and checks versions only
 *       for chunks the unit of work replaced as a whole (erasure, cascading deletes);
 *   <li>a table whose conflicts are always <b>stale versions</b> ({@link #staleOnly}), such as the
 *       alignment graph's single version entry, which exists from the first write on.
 * </ul>
 *
 * <p>A table with an {@link #owner} holds data that belongs to the owner's key (a goal's links and
 * check-ins, a KPI's measurements): a commit checks that every key it leaves in this table still
 * exists in the owner's table, and that every key it deleted from the owner's table left nothing
 * here.
 *
 * @param <I> the key type
 * @param <T> the value type
 */
final class Table<I, T> {
  final int index;
  final String aggregateType;
  final Class<I> idType;
  final Class<T> type;
  final Function<Object, Object> keyOf;
  final @Nullable LogCodec<I, ?> codec;
  final @Nullable Table<I, ?> owner;
  final boolean staleOnly;
  /** Gives a written value the number of the commit that publishes it, or null to keep it as it is. */
  final @Nullable BiFunction<Object, Long, Object> stamp;

  private Table(
      int index,
      String aggregateType,
      Class<I> idType,
      Class<T> type,
      Function<T, I> idOf,
      @Nullable LogCodec<I, ?> codec,
      @Nullable Table<I, ?> owner,
      boolean staleOnly,
      @Nullable BiFunction<T, Long, T> stamp) {
    this.index = index;
    this.aggregateType = aggregateType;
    this.idType = idType;
    this.type = type;
    this.keyOf = value -> idOf.apply(type.cast(value));
    this.codec = codec;
    this.owner = owner;
    this.staleOnly = staleOnly;
    this.stamp = stamp == null ? null : (value, commit) -> stamp.apply(type.cast(value), commit);
  }

  /** Returns a table of versioned aggregates. */
  static <I, T> Table<I, T> aggregates(
      int index, String aggregateType, Class<I> idType, Class<T> type, Function<T, I> idOf) {
    return new Table<>(index, aggregateType, idType, type, idOf, null, null, false, null);
  }

  /**
   * Returns a table of versioned aggregates that the commit publishing them gives its number: {@code
   * stamp} returns the value to publish, given the written value and the commit's number.
   */
  static <I, T> Table<I, T> stamped(
      int index, String aggregateType, Class<I> idType, Class<T> type, Function<T, I> idOf, BiFunction<T, Long, T> stamp) {
    return new Table<>(index, aggregateType, idType, type, idOf, null, null, false, stamp);
  }

  /** Returns a table of versioned values that belong to keys of {@code owner}. */
  static <I, T> Table<I, T> owned(
      int index, String aggregateType, Class<I> idType, Class<T> type, Function<T, I> idOf, Table<I, ?> owner) {
    return new Table<>(index, aggregateType, idType, type, idOf, null, owner, false, null);
  }

  /** Returns a table whose every conflict is a stale version. */
  static <I, T> Table<I, T> staleOnly(
      int index, String aggregateType, Class<I> idType, Class<T> type, Function<T, I> idOf) {
    return new Table<>(index, aggregateType, idType, type, idOf, null, null, true, null);
  }

  /** Returns a table of append-only logs, one chunk per key of {@code owner}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <I, E> Table<I, LogChunk> log(
      int index, String aggregateType, Class<I> idType, LogCodec<I, E> codec, Table<I, ?> owner) {
    return new Table<>(
        index, aggregateType, idType, LogChunk.class, chunk -> idType.cast(chunk.key()), codec, owner, false, null);
  }

  I idOf(T value) {
    return idType.cast(keyOf.apply(value));
  }

  boolean isLog() {
    return codec != null;
  }

  @Override
  public String toString() {
    return aggregateType;
  }
}
