package dev.pillars.scoring.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers distinct values in the order they are first seen, with no boxing and no allocation per
 * lookup: the first 32 distinct instances are found by identity in a small table (no {@code
 * hashCode} or {@code equals} call, as when a population shares a few range and rating objects),
 * any other value in an open-addressing table by {@code equals}. Used for the few distinct ranges
 * and ratings of a population of any size.
 *
 * @param <T> the values
 */
public final class Interner<T> {
  private static final int SAME_INSTANCES = 32;

  private final Object[] instances = new Object[SAME_INSTANCES * 2];
  private final int[] instanceNumbers = new int[SAME_INSTANCES * 2];
  private int instanceCount;
  private Object[] keys;
  private int[] numbers;
  private final List<T> values = new ArrayList<>();

  /** Creates an empty interner. */
  public Interner() {
    this(8);
  }

  /**
   * Creates an empty interner sized for about this many distinct values (it grows past them).
   *
   * @param expected the distinct values expected
   */
  public Interner(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2;
    keys = new Object[capacity];
    numbers = new int[capacity];
  }

  /**
   * Returns the number of a value, giving it the next one if it is new.
   *
   * @param value the value
   * @return its number, from 0
   */
  public int numberOf(T value) {
    int mask = instances.length - 1;
    int slot = Distinct.mix(System.identityHashCode(value)) & mask;
    for (Object k = instances[slot]; k != null; k = instances[slot]) {
      if (k == value) {
        return instanceNumbers[slot];
      }
      slot = (slot + 1) & mask;
    }
    int number = byEquals(value);
    if (instanceCount < SAME_INSTANCES) {
      instances[slot] = value;
      instanceNumbers[slot] = number;
      instanceCount++;
    }
    return number;
  }

  private int byEquals(T value) {
    int mask = keys.length - 1;
    int slot = Distinct.mix(value.hashCode()) & mask;
    for (Object k = keys[slot]; k != null; k = keys[slot]) {
      if (k.equals(value)) {
        return numbers[slot];
      }
      slot = (slot + 1) & mask;
    }
    int number = values.size();
    values.add(value);
    keys[slot] = value;
    numbers[slot] = number;
    if (values.size() * 2 > keys.length) {
      grow();
    }
    return number;
  }

  /**
   * Returns the distinct values, by number.
   *
   * @return the values
   */
  public List<T> values() {
    return values;
  }

  private void grow() {
    Object[] oldKeys = keys;
    int[] oldNumbers = numbers;
    keys = new Object[oldKeys.length * 2];
    numbers = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != null) {
        int slot = Distinct.mix(oldKeys[s].hashCode()) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[s];
        numbers[slot] = oldNumbers[s];
      }
    }
  }
}
