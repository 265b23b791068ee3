package dev.pillars.persistence.jdbc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON the development tables keep in their {@code body} column: every aggregate as nested
 * arrays of its attributes in a fixed order, every scalar as a JSON string (numbers and dates in
 * their {@code toString} form), an absent optional as an empty array and a present one as an
 * array of one. {@link Writer} writes it; {@link Reader} reads it back over {@link JsonText}'s
 * parser.
 */
final class DevelopmentJson {
  private DevelopmentJson() {}

  /** Writes nested arrays of strings. */
  static final class Writer {
    private final StringBuilder json = new StringBuilder();
    private boolean comma;

    Writer open() {
      separate();
      json.append('[');
      comma = false;
      return this;
    }

    Writer close() {
      json.append(']');
      comma = true;
      return this;
    }

    Writer text(Object value) {
      separate();
      JsonText.string(json, value.toString());
      comma = true;
      return this;
    }

    <T> Writer optional(Optional<T> value) {
      open();
      value.ifPresent(this::text);
      return close();
    }

    private void separate() {
      if (comma) {
        json.append(',');
      }
    }

    @Override
    public String toString() {
      return json.toString();
    }
  }

  /** Reads what a {@link Writer} wrote, in the same order. */
  static final class Reader {
    private final JsonText.Parser parser;
    private final Deque<Boolean> first = new ArrayDeque<>();

    Reader(String what, String json) {
      this.parser = new JsonText.Parser(what, json);
    }

    Reader open() {
      separate();
      parser.expect('[');
      first.push(true);
      return this;
    }

    void close() {
      parser.expect(']');
      first.pop();
    }

    /** Returns whether the open array has another element; if not, reads its end. */
    boolean more() {
      if (parser.skip(']')) {
        first.pop();
        return false;
      }
      return true;
    }

    String text() {
      separate();
      return parser.string();
    }

    int integer() {
      return Integer.parseInt(text());
    }

    <T> Optional<T> optional(Function<String, T> parse) {
      open();
      Optional<T> value = more() ? Optional.of(parse.apply(text())) : Optional.empty();
      if (value.isPresent()) {
        close();
      }
      return value;
    }

    void end() {
      parser.end();
    }

    private void separate() {
      if (!first.isEmpty()) {
        if (first.peek()) {
          first.pop();
          first.push(false);
        } else {
          parser.expect(',');
        }
      }
    }
  }
}
