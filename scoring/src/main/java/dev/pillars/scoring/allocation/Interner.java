package dev.pillars.scoring.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers distinct values in the order they are first seen, with no boxing and no allocation per
 * lookup: an open-addressing table of the values, tried by identity before {@code equals}. Used
 * for the few distinct ranges and ratings of a population of any size.
 *
 * @param <T> the values
 */
final class Interner<T> {
  private Object[] keys = new Object[16];
  private int[] numbers = new int[16];
  private final List<T> values = new ArrayList<>();

  /** Returns the number of a value, giving it the next one if it is new. */
  int numberOf(T value) {
    int mask = keys.length - 1;
    int slot = Distinct.mix(value.hashCode()) & mask;
    for (Object k = keys[slot]; k != null; k = keys[slot]) {
      if (k == value || k.equals(value)) {
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

  /** Returns the distinct values, by number. */
  List<T> values() {
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
