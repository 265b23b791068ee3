package dev.pillars.persistence.memory;

import java.util.function.Function;

/**
 * One table of a tenant: the aggregate type it stores, how to read an aggregate's id, and its slot
 * in the tenant's state. Every repository of the in-memory store is a {@link MemoryRepository} over
 * one table; adding an aggregate adds one constant to {@link Tables}.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
final class Table<I, T> {
  final int index;
  final String aggregateType;
  final Class<I> idType;
  final Class<T> type;
  final Function<Object, Object> keyOf;

  Table(int index, String aggregateType, Class<I> idType, Class<T> type, Function<T, I> idOf) {
    this.index = index;
    this.aggregateType = aggregateType;
    this.idType = idType;
    this.type = type;
    this.keyOf = value -> idOf.apply(type.cast(value));
  }

  I idOf(T aggregate) {
    return idType.cast(keyOf.apply(aggregate));
  }

  @Override
  public String toString() {
    return aggregateType;
  }
}
