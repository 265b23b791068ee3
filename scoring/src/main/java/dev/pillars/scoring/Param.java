package dev.pillars.scoring;

import dev.pillars.core.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One typed parameter value of a {@link StrategyConfig}: a number, a text, a list of numbers, a
 * list of texts, or a table of named parameters.
 *
 * <p>Every value has a plain form made of {@link Double}, {@link String}, {@link List} and {@link
 * Map} only ({@link #toPlain()}), which a host can store as JSON or in a key-value table and read
 * back with {@link #fromPlain(String, Object)}.
 */
public sealed interface Param
    permits Param.NumberValue, Param.TextValue, Param.NumberList, Param.TextList, Param.Table {

  /**
   * How deep tables may nest: a table whose values are tables is 2 deep. A deeper plain form or
   * table is rejected, so that reading, comparing and printing a configuration never runs out of
   * stack.
   */
  int MAX_NESTING = 16;

  /**
   * Returns a number parameter.
   *
   * @param value the number, finite
   * @return the parameter
   */
  static Param of(double value) {
    return new NumberValue(value);
  }

  /**
   * Returns a text parameter.
   *
   * @param value the text
   * @return the parameter
   */
  static Param of(String value) {
    return new TextValue(value);
  }

  /**
   * Returns a list-of-numbers parameter.
   *
   * @param values the numbers, each finite
   * @return the parameter
   */
  static Param numbers(List<Double> values) {
    return new NumberList(values);
  }

  /**
   * Returns a list-of-texts parameter.
   *
   * @param values the texts
   * @return the parameter
   */
  static Param texts(List<String> values) {
    return new TextList(values);
  }

  /**
   * Returns a table of numbers, such as component weights.
   *
   * @param entries the numbers by name
   * @return the parameter
   */
  static Param numberTable(Map<String, Double> entries) {
    Checks.notNull("entries", entries);
    SortedMap<String, Param> table = new TreeMap<>();
    entries.forEach((k, v) -> table.put(k, of(Checks.notNull(k, v))));
    return new Table(table);
  }

  /**
   * Returns the plain form of this value: a {@link Double}, a {@link String}, a {@link List} of
   * either, or a {@link Map} from names to plain forms.
   *
   * @return the plain form, unmodifiable
   */
  Object toPlain();

  /**
   * Reads a parameter value from its plain form. Any {@link Number} is read as a double; an empty
   * list is read as an empty list of numbers, which also serves where a list of texts is expected.
   *
   * @param field the parameter's name, for the error message
   * @param plain the plain form
   * @return the parameter
   * @throws dev.pillars.core.InvalidInputException if {@code plain} is not a plain form: a map key
   *     that is not text, a list that mixes numbers and texts, a value of another type, or maps
   *     nested more than {@link #MAX_NESTING} deep
   */
  static Param fromPlain(String field, Object plain) {
    return fromPlain(field, plain, 1);
  }

  private static Param fromPlain(String field, Object plain, int depth) {
    if (plain instanceof Number n) {
      return new NumberValue(Checks.finite(field, n.doubleValue()));
    }
    if (plain instanceof String s) {
      return new TextValue(s);
    }
    if (plain instanceof List<?> list) {
      if (list.stream().allMatch(Number.class::isInstance)) {
        List<Double> numbers = new ArrayList<>(list.size());
        list.forEach(o -> numbers.add(((Number) o).doubleValue()));
        return new NumberList(numbers);
      }
      if (list.stream().allMatch(String.class::isInstance)) {
        List<String> texts = new ArrayList<>(list.size());
        list.forEach(o -> texts.add((String) o));
        return new TextList(texts);
      }
      throw new dev.pillars.core.InvalidInputException(
          field, Plain.preview(plain), "must be a list of numbers only or of texts only");
    }
    if (plain instanceof Map<?, ?> map) {
      Checks.require(depth <= MAX_NESTING, field, Plain.preview(plain), "must nest maps at most " + MAX_NESTING + " deep");
      SortedMap<String, Param> table = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Checks.require(e.getKey() instanceof String, field, Plain.preview(e.getKey()), "must have text keys");
        String key = (String) e.getKey();
        table.put(key, fromPlain(field + "." + key, Checks.notNull(field + "." + key, e.getValue()), depth + 1));
      }
      return new Table(table);
    }
    throw new dev.pillars.core.InvalidInputException(
        field, Plain.preview(plain), "must be a number, a text, a list of numbers or texts, or a map");
  }

  /**
   * Returns how deep tables nest in a parameter: 0 for a number, text or list, 1 for a flat table.
   * A table's constructor has checked its own depth, so this recursion is at most {@link
   * #MAX_NESTING} deep.
   */
  private static int nesting(Param param) {
    int deepest = 0;
    if (param instanceof Table table) {
      for (Param value : table.entries().values()) {
        deepest = Math.max(deepest, nesting(value));
      }
      return deepest + 1;
    }
    return deepest;
  }

  /**
   * A number.
   *
   * @param value the number, finite
   */
  record NumberValue(double value) implements Param {
    /**
     * Creates the value.
     *
     * @param value the number, finite
     * @throws dev.pillars.core.InvalidInputException if {@code value} is not finite
     */
    public NumberValue {
      Checks.finite("value", value);
    }

    @Override
    public Object toPlain() {
      return value;
    }
  }

  /**
   * A text.
   *
   * @param value the text
   */
  record TextValue(String value) implements Param {
    /**
     * Creates the value; the text must not be null.
     *
     * @param value the text
     */
    public TextValue {
      Checks.notNull("value", value);
    }

    @Override
    public Object toPlain() {
      return value;
    }
  }

  /**
   * A list of numbers.
   *
   * @param values the numbers, each finite
   */
  record NumberList(List<Double> values) implements Param {
    /**
     * Creates the value.
     *
     * @param values the numbers, each finite
     * @throws dev.pillars.core.InvalidInputException if a number is null or not finite
     */
    public NumberList {
      Checks.notNull("values", values);
      for (int i = 0; i < values.size(); i++) {
        Checks.finite("values[" + i + "]", Checks.notNull("values[" + i + "]", values.get(i)));
      }
      values = List.copyOf(values);
    }

    @Override
    public Object toPlain() {
      return values;
    }
  }

  /**
   * A list of texts.
   *
   * @param values the texts
   */
  record TextList(List<String> values) implements Param {
    /**
     * Creates the value.
     *
     * @param values the texts
     * @throws dev.pillars.core.InvalidInputException if a text is null
     */
    public TextList {
      Checks.notNull("values", values);
      for (int i = 0; i < values.size(); i++) {
        Checks.notNull("values[" + i + "]", values.get(i));
      }
      values = List.copyOf(values);
    }

    @Override
    public Object toPlain() {
      return values;
    }
  }

  /**
   * A table of named parameters, kept in name order.
   *
   * @param entries the parameters by name
   */
  record Table(SortedMap<String, Param> entries) implements Param {
    /**
     * Creates the value.
     *
     * @param entries the parameters by name
     * @throws dev.pillars.core.InvalidInputException if a name or a value is null, or tables nest
     *     more than {@link #MAX_NESTING} deep
     */
    public Table {
      Checks.notNull("entries", entries);
      SortedMap<String, Param> copy = new TreeMap<>();
      entries.forEach((k, v) -> copy.put(Checks.notNull("entries key", k), Checks.notNull(k, v)));
      int inner = 0;
      for (Param value : copy.values()) {
        inner = Math.max(inner, nesting(value));
      }
      Checks.require(inner < MAX_NESTING, "entries", (inner + 1) + " tables deep", "must nest tables at most " + MAX_NESTING + " deep");
      entries = Collections.unmodifiableSortedMap(copy);
    }

    @Override
    public Object toPlain() {
      Map<String, Object> plain = new LinkedHashMap<>();
      entries.forEach((k, v) -> plain.put(k, v.toPlain()));
      return Collections.unmodifiableMap(plain);
    }
  }
}
