package dev.pillars.persistence.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text of trees made of strings, lists and string-keyed maps only (numbers are written as
 * their exact {@link Double#toString} text), for the columns of the pillars' nested parts (feedback
 * bodies, review cycles and reviews); see {@link JsonText} for the escaping. Two families of
 * accessors read a tree back: by member name ({@code text(tree, name)}), and with a description of
 * what is read for the failure message ({@code text(what, node)}).
 */
final class JsonTree {
  private JsonTree() {}

  /** Writes a tree of strings, lists and maps. */
  static String write(Object tree) {
    StringBuilder json = new StringBuilder(128);
    write(json, tree);
    return json.toString();
  }

  private static void write(StringBuilder json, Object tree) {
    if (tree instanceof String text) {
      JsonText.string(json, text);
    } else if (tree instanceof List<?> list) {
      json.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          json.append(',');
        }
        write(json, list.get(i));
      }
      json.append(']');
    } else if (tree instanceof Map<?, ?> map) {
      json.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> member : map.entrySet()) {
        if (!first) {
          json.append(',');
        }
        first = false;
        JsonText.string(json, (String) member.getKey());
        json.append(':');
        write(json, member.getValue());
      }
      json.append('}');
    } else {
      throw new IllegalArgumentException("not a string, list or map: " + tree.getClass().getName());
    }
  }

  /**
   * Reads a tree written by {@link #write}.
   *
   * @throws IllegalArgumentException if the text is not such a tree
   */
  static Object read(String what, String json) {
    JsonText.Parser parser = new JsonText.Parser(what, json);
    Object tree = read(parser);
    parser.end();
    return tree;
  }

  private static Object read(JsonText.Parser parser) {
    if (parser.skip('[')) {
      List<Object> list = new ArrayList<>();
      if (!parser.skip(']')) {
        do {
          list.add(read(parser));
        } while (parser.next(',', ']'));
      }
      return list;
    }
    if (parser.skip('{')) {
      Map<String, Object> map = new LinkedHashMap<>();
      if (!parser.skip('}')) {
        do {
          String key = parser.string();
          parser.expect(':');
          if (map.put(key, read(parser)) != null) {
            throw parser.fail("no repeated member like \"" + key + "\"");
          }
        } while (parser.next(',', '}'));
      }
      return map;
    }
    return parser.string();
  }

  /** Returns a member of an object read by {@link #read}. */
  static Object member(Object tree, String name) {
    if (!(tree instanceof Map<?, ?> map) || !map.containsKey(name)) {
      throw new IllegalArgumentException("expected a member \"" + name + "\"");
    }
    return map.get(name);
  }

  /** Returns a text member of an object. */
  static String text(Object tree, String name) {
    return (String) member(tree, name);
  }

  /** Returns a list member of an object. */
  static List<?> list(Object tree, String name) {
    return (List<?>) member(tree, name);
  }

  /** Returns a map member of an object. */
  static Map<?, ?> map(Object tree, String name) {
    return (Map<?, ?>) member(tree, name);
  }

  /** Returns an optional text member: absent when the member is missing. */
  static java.util.Optional<String> optional(Object tree, String name) {
    return tree instanceof Map<?, ?> map && map.containsKey(name) ? java.util.Optional.of((String) map.get(name)) : java.util.Optional.empty();
  }

  /** Writes a number exactly. */
  static String number(double value) {
    return Double.toString(value);
  }

  /** Reads a number written by {@link #number}. */
  static double readNumber(Object text) {
    return Double.parseDouble((String) text);
  }

  /** Writes a list of numbers. */
  static List<String> writeNumbers(List<Double> values) {
    return values.stream().map(JsonTree::number).toList();
  }

  /** Reads a list of numbers. */
  static List<Double> readNumbers(Object list) {
    return ((List<?>) list).stream().map(JsonTree::readNumber).toList();
  }

  /** Returns a new ordered object to write. */
  static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /** Returns a node as a map, or fails naming what it is. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(String what, Object node) {
    if (!(node instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(what + ": expected a JSON object");
    }
    return (Map<String, Object>) node;
  }

  /** Returns a node as a list, or fails naming what it is. */
  @SuppressWarnings("unchecked")
  static List<Object> list(String what, Object node) {
    if (!(node instanceof List<?>)) {
      throw new IllegalArgumentException(what + ": expected a JSON array");
    }
    return (List<Object>) node;
  }

  /** Returns a node as text, or fails naming what it is. */
  static String text(String what, Object node) {
    if (!(node instanceof String)) {
      throw new IllegalArgumentException(what + ": expected a JSON string");
    }
    return (String) node;
  }

  /** Returns a node as a number written by {@link Double#toString(double)}. */
  static double number(String what, Object node) {
    try {
      return Double.parseDouble(text(what, node));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + ": expected a number", e);
    }
  }

  /** Returns a required member of a map, or fails naming it. */
  static Object member(String what, Map<String, Object> map, String name) {
    Object value = map.get(name);
    if (value == null) {
      throw new IllegalArgumentException(what + ": expected a member \"" + name + "\"");
    }
    return value;
  }
}
