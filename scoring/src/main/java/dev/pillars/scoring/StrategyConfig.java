package dev.pillars.scoring;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The storable configuration of a strategy: its registered name, typed parameters and an optional
 * output {@link Rounding}. Immutable; every {@code with…} method returns a new configuration.
 *
 * <p>A host stores a configuration with {@link #toMap()} (plain maps, lists, texts and numbers,
 * ready for JSON) and reads it back with {@link #fromMap(Map)}; a {@code StrategyRegistry} then
 * recreates the same strategy from it. Two configurations are equal when name, parameters and
 * rounding are equal; parameters are kept in name order, so the stored form is canonical.
 *
 * <p>The typed readers ({@link #number(String)}, {@link #text(String)}, …) are for strategy
 * implementations: they fail with an {@link InvalidParameterException} that names the strategy,
 * the parameter, its value and the rule.
 */
public final class StrategyConfig {
  private static final String STRATEGY = "strategy";
  private static final String PARAMETERS = "parameters";
  private static final String ROUNDING = "rounding";

  private final String name;
  private final SortedMap<String, Param> parameters;
  private final @Nullable Rounding rounding;

  private StrategyConfig(String name, SortedMap<String, Param> parameters, @Nullable Rounding rounding) {
    this.name = name;
    this.parameters = parameters;
    this.rounding = rounding;
  }

  /**
   * Returns a configuration of the named strategy with no parameters and no rounding.
   *
   * @param name the strategy's registered name, a well-formed identifier such as {@code
   *     weighted-mean}
   * @return the configuration
   * @throws InvalidInputException if {@code name} is not a well-formed identifier
   */
  public static StrategyConfig of(String name) {
    return new StrategyConfig(Checks.identifier("strategy", name), Collections.emptySortedMap(), null);
  }

  /**
   * Returns the strategy's registered name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the parameters in name order.
   *
   * @return the parameters, unmodifiable
   */
  public SortedMap<String, Param> parameters() {
    return parameters;
  }

  /**
   * Returns the rounding applied to the strategy's output, if any.
   *
   * @return the rounding
   */
  public Optional<Rounding> rounding() {
    return Optional.ofNullable(rounding);
  }

  /**
   * Returns this configuration with a parameter set, replacing any earlier value.
   *
   * @param parameter the parameter's name, a well-formed identifier
   * @param value the value
   * @return the new configuration
   */
  public StrategyConfig with(String parameter, Param value) {
    Checks.identifier("parameter", parameter);
    Checks.notNull(parameter, value);
    SortedMap<String, Param> copy = new TreeMap<>(parameters);
    copy.put(parameter, value);
    return new StrategyConfig(name, Collections.unmodifiableSortedMap(copy), rounding);
  }

  /**
   * Returns this configuration with a number parameter set.
   *
   * @param parameter the parameter's name
   * @param value the number, finite
   * @return the new configuration
   */
  public StrategyConfig with(String parameter, double value) {
    return with(parameter, Param.of(value));
  }

  /**
   * Returns this configuration with a text parameter set.
   *
   * @param parameter the parameter's name
   * @param value the text
   * @return the new configuration
   */
  public StrategyConfig with(String parameter, String value) {
    return with(parameter, Param.of(value));
  }

  /**
   * Returns this configuration with a list-of-numbers parameter set.
   *
   * @param parameter the parameter's name
   * @param values the numbers, each finite
   * @return the new configuration
   */
  public StrategyConfig withNumbers(String parameter, List<Double> values) {
    return with(parameter, Param.numbers(values));
  }

  /**
   * Returns this configuration with a list-of-texts parameter set.
   *
   * @param parameter the parameter's name
   * @param values the texts
   * @return the new configuration
   */
  public StrategyConfig withTexts(String parameter, List<String> values) {
    return with(parameter, Param.texts(values));
  }

  /**
   * Returns this configuration with a table of numbers set, such as component weights.
   *
   * @param parameter the parameter's name
   * @param values the numbers by name
   * @return the new configuration
   */
  public StrategyConfig withTable(String parameter, Map<String, Double> values) {
    return with(parameter, Param.numberTable(values));
  }

  /**
   * Returns this configuration with its output rounded.
   *
   * @param rounding the rounding of the output
   * @return the new configuration
   */
  public StrategyConfig withRounding(Rounding rounding) {
    return new StrategyConfig(name, parameters, Checks.notNull("rounding", rounding));
  }

  /**
   * Returns this configuration without rounding.
   *
   * @return the new configuration
   */
  public StrategyConfig withoutRounding() {
    return new StrategyConfig(name, parameters, null);
  }

  /**
   * Returns whether a parameter is set.
   *
   * @param parameter the parameter's name
   * @return true if it is set
   */
  public boolean has(String parameter) {
    return parameters.containsKey(parameter);
  }

  /**
   * Requires that every parameter set is one the strategy knows, so that a misspelt parameter does
   * not silently fall back to a default.
   *
   * @param known the names the strategy reads
   * @return this configuration
   * @throws InvalidParameterException naming the first unknown parameter
   */
  public StrategyConfig requireOnly(Set<String> known) {
    for (String p : parameters.keySet()) {
      if (!known.contains(p)) {
        throw new InvalidParameterException(
            name, p, parameters.get(p).toPlain(), "is not a parameter of this strategy; known: " + new TreeSet<>(known));
      }
    }
    return this;
  }

  /**
   * Reads a required number parameter.
   *
   * @param parameter the parameter's name
   * @return the number
   * @throws InvalidParameterException if it is missing or not a number
   */
  public double number(String parameter) {
    Param p = require(parameter);
    if (p instanceof Param.NumberValue n) {
      return n.value();
    }
    throw wrongType(parameter, p, "a number");
  }

  /**
   * Reads an optional number parameter.
   *
   * @param parameter the parameter's name
   * @param defaultValue the value if the parameter is not set
   * @return the number
   * @throws InvalidParameterException if it is set but not a number
   */
  public double number(String parameter, double defaultValue) {
    return has(parameter) ? number(parameter) : defaultValue;
  }

  /**
   * Reads an optional number parameter.
   *
   * @param parameter the parameter's name
   * @return the number, or empty if not set
   * @throws InvalidParameterException if it is set but not a number
   */
  public OptionalDouble optionalNumber(String parameter) {
    return has(parameter) ? OptionalDouble.of(number(parameter)) : OptionalDouble.empty();
  }

  /**
   * Reads a required text parameter.
   *
   * @param parameter the parameter's name
   * @return the text
   * @throws InvalidParameterException if it is missing or not a text
   */
  public String text(String parameter) {
    Param p = require(parameter);
    if (p instanceof Param.TextValue t) {
      return t.value();
    }
    throw wrongType(parameter, p, "a text");
  }

  /**
   * Reads an optional text parameter.
   *
   * @param parameter the parameter's name
   * @param defaultValue the value if the parameter is not set
   * @return the text
   * @throws InvalidParameterException if it is set but not a text
   */
  public String text(String parameter, String defaultValue) {
    return has(parameter) ? text(parameter) : defaultValue;
  }

  /**
   * Reads a required text parameter that names a constant of an enum, such as {@code
   * "RENORMALISE"}.
   *
   * @param parameter the parameter's name
   * @param type the enum type
   * @param <E> the enum type
   * @return the constant
   * @throws InvalidParameterException if it is missing, not a text or names no constant
   */
  public <E extends Enum<E>> E choice(String parameter, Class<E> type) {
    String text = text(parameter);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    Collections.sort(names);
    throw new InvalidParameterException(name, parameter, text, "must be one of " + names);
  }

  /**
   * Reads a required list-of-numbers parameter.
   *
   * @param parameter the parameter's name
   * @return the numbers, unmodifiable
   * @throws InvalidParameterException if it is missing or not a list of numbers
   */
  public List<Double> numbers(String parameter) {
    Param p = require(parameter);
    if (p instanceof Param.NumberList n) {
      return n.values();
    }
    throw wrongType(parameter, p, "a list of numbers");
  }

  /**
   * Reads a required list-of-texts parameter; an empty list of numbers reads as an empty list of
   * texts, since the two have the same stored form.
   *
   * @param parameter the parameter's name
   * @return the texts, unmodifiable
   * @throws InvalidParameterException if it is missing or not a list of texts
   */
  public List<String> texts(String parameter) {
    Param p = require(parameter);
    if (p instanceof Param.TextList t) {
      return t.values();
    }
    if (p instanceof Param.NumberList n && n.values().isEmpty()) {
      return List.of();
    }
    throw wrongType(parameter, p, "a list of texts");
  }

  /**
   * Reads a required table of numbers, such as component weights, in name order.
   *
   * @param parameter the parameter's name
   * @return the numbers by name, unmodifiable
   * @throws InvalidParameterException if it is missing, not a table or holds a value that is not a
   *     number
   */
  public SortedMap<String, Double> numberTable(String parameter) {
    Param p = require(parameter);
    if (p instanceof Param.Table t) {
      SortedMap<String, Double> out = new TreeMap<>();
      for (Map.Entry<String, Param> e : t.entries().entrySet()) {
        if (!(e.getValue() instanceof Param.NumberValue n)) {
          throw wrongType(parameter + "." + e.getKey(), e.getValue(), "a number");
        }
        out.put(e.getKey(), n.value());
      }
      return Collections.unmodifiableSortedMap(out);
    }
    throw wrongType(parameter, p, "a table of numbers");
  }

  /**
   * Returns a failure for this strategy's parameter, for a rule a strategy checks itself.
   *
   * @param parameter the parameter's name
   * @param value the rejected value
   * @param rule the rule, phrased as what the value must be
   * @return the exception, to throw
   */
  public InvalidParameterException invalid(String parameter, @Nullable Object value, String rule) {
    return new InvalidParameterException(name, parameter, value, rule);
  }

  /**
   * Returns the plain, storable form: {@code {"strategy": name, "parameters": {...}, "rounding":
   * {"places": 2, "mode": "HALF_UP"}}}, the last only when rounding is set. Values are {@link
   * Double}, {@link String}, {@link List} and {@link Map} only.
   *
   * @return the plain form, unmodifiable, with keys in a stable order
   */
  public Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(STRATEGY, name);
    Map<String, Object> params = new LinkedHashMap<>();
    parameters.forEach((k, v) -> params.put(k, v.toPlain()));
    out.put(PARAMETERS, Collections.unmodifiableMap(params));
    if (rounding != null) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("places", (double) rounding.places());
      r.put("mode", rounding.mode().name());
      out.put(ROUNDING, Collections.unmodifiableMap(r));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Reads a configuration from its plain form, as written by {@link #toMap()}. Numbers may be any
   * {@link Number} (a JSON reader's integers are fine). Whatever the map holds, a bad form fails
   * with an {@link InvalidInputException} whose message shows a short preview of the offending
   * value: a key that is not text, a value of the wrong type, or parameter tables nested more than
   * {@link Param#MAX_NESTING} deep.
   *
   * @param map the plain form
   * @return the configuration, equal to the one that was stored
   * @throws InvalidInputException if the map is not a well-formed plain form
   */
  public static StrategyConfig fromMap(Map<String, ?> map) {
    Checks.notNull("map", map);
    for (Object key : ((Map<?, ?>) map).keySet()) {
      Checks.require(
          STRATEGY.equals(key) || PARAMETERS.equals(key) || ROUNDING.equals(key),
          "map",
          Plain.preview(key),
          "must hold only the keys strategy, parameters and rounding, as text");
    }
    Object strategy = map.get(STRATEGY);
    Checks.require(strategy instanceof String, STRATEGY, Plain.preview(strategy), "must be the strategy's name as text");
    StrategyConfig config = of((String) requireNonNull(strategy));
    Object params = map.get(PARAMETERS);
    if (params != null) {
      Checks.require(params instanceof Map<?, ?>, PARAMETERS, Plain.preview(params), "must be a map of parameters");
      for (Map.Entry<?, ?> e : ((Map<?, ?>) params).entrySet()) {
        Checks.require(e.getKey() instanceof String, PARAMETERS, Plain.preview(e.getKey()), "must have text keys");
        String key = (String) e.getKey();
        config = config.with(key, Param.fromPlain(key, Checks.notNull(key, e.getValue())));
      }
    }
    Object r = map.get(ROUNDING);
    if (r != null) {
      Checks.require(r instanceof Map<?, ?>, ROUNDING, Plain.preview(r), "must be a map with places and mode");
      Map<?, ?> rm = (Map<?, ?>) r;
      Object places = rm.get("places");
      Object mode = rm.get("mode");
      Checks.require(places instanceof Number, "rounding.places", Plain.preview(places), "must be a number");
      Checks.require(mode instanceof String, "rounding.mode", Plain.preview(mode), "must be a RoundingMode name");
      double p = ((Number) requireNonNull(places)).doubleValue();
      Checks.require(p == Math.rint(p), "rounding.places", places, "must be a whole number");
      RoundingMode m;
      try {
        m = RoundingMode.valueOf((String) requireNonNull(mode));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("rounding.mode", mode, "must be a RoundingMode name such as HALF_UP");
      }
      config = config.withRounding(Rounding.of((int) Checks.inRange("rounding.places", p, 0, 15), m));
    }
    return config;
  }

  private Param require(String parameter) {
    Param p = parameters.get(parameter);
    if (p == null) {
      throw new InvalidParameterException(name, parameter, null, "is required");
    }
    return p;
  }

  private InvalidParameterException wrongType(String parameter, Param p, String type) {
    return new InvalidParameterException(name, parameter, p.toPlain(), "must be " + type);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StrategyConfig c
        && name.equals(c.name)
        && parameters.equals(c.parameters)
        && java.util.Objects.equals(rounding, c.rounding);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, parameters, rounding);
  }

  /**
   * Returns a readable form such as {@code weighted-mean{}} or {@code linear{cap=1.2} rounded to 2
   * places HALF_UP}.
   *
   * @return the configuration as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append('{');
    String sep = "";
    for (Map.Entry<String, Param> e : parameters.entrySet()) {
      sb.append(sep).append(e.getKey()).append('=').append(e.getValue().toPlain());
      sep = ", ";
    }
    sb.append('}');
    if (rounding != null) {
      sb.append(" rounded to ").append(rounding);
    }
    return sb.toString();
  }
}
