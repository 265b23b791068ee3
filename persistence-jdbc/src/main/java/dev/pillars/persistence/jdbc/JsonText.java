package dev.pillars.persistence.jdbc;

/**
 * The little JSON the store writes into text columns: strings, booleans, arrays and objects.
 * Hand-written to keep the store free of a JSON library. The writer escapes every character JSON
 * requires (and U+2028, U+2029); the parser reads any whitespace and every JSON string escape, so
 * that a host may turn such a column into PostgreSQL {@code jsonb}, which rewrites the text.
 */
final class JsonText {
  private JsonText() {}

  /** Appends a JSON string literal of the text. */
  static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        case '\r':
          json.append("\\r");
          break;
        case '\t':
          json.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
      }
    }
    json.append('"');
  }

  /**
   * Reads JSON text one token at a time. Every method throws {@link IllegalArgumentException},
   * whose message starts with the name of what is read, when the text is not what it expects.
   */
  static final class Parser {
    private final String what;
    private final String text;
    private int at;

    /**
     * @param what what the text is, such as {@code "milestones JSON"}, to start failure messages
     * @param text the text
     */
    Parser(String what, String text) {
      this.what = what;
      this.text = text;
    }

    /** Reads the character, after whitespace. */
    void expect(char c) {
      if (peek() != c) {
        throw fail("'" + c + "'");
      }
      at++;
    }

    /** Reads the character if it comes next, after whitespace; returns whether it did. */
    boolean skip(char c) {
      if (peek() == c) {
        at++;
        return true;
      }
      return false;
    }

    /** Reads a separator or a closing character; returns true for the separator. */
    boolean next(char separator, char close) {
      char c = peek();
      if (c == separator || c == close) {
        at++;
        return c == separator;
      }
      throw fail("'" + separator + "' or '" + close + "'");
    }

    boolean bool() {
      skipWhitespace();
      if (text.startsWith("true", at)) {
        at += 4;
        return true;
      }
      if (text.startsWith("false", at)) {
        at += 5;
        return false;
      }
      throw fail("true or false");
    }

    String string() {
      expect('"');
      StringBuilder value = new StringBuilder();
      while (true) {
        if (at >= text.length()) {
          throw fail("the end of a string");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          return value.toString();
        }
        if (c != '\\') {
          value.append(c);
          continue;
        }
        if (at >= text.length()) {
          throw fail("an escape");
        }
        char escape = text.charAt(at++);
        switch (escape) {
          case '"':
          case '\\':
          case '/':
            value.append(escape);
            break;
          case 'b':
            value.append('\b');
            break;
          case 'f':
            value.append('\f');
            break;
          case 'n':
            value.append('\n');
            break;
          case 'r':
            value.append('\r');
            break;
          case 't':
            value.append('\t');
            break;
          case 'u':
            int code = 0;
            for (int end = at + 4; at < end; at++) {
              int digit = at < text.length() ? Character.digit(text.charAt(at), 16) : -1;
              if (digit < 0) {
                throw fail("four hex digits");
              }
              code = code * 16 + digit;
            }
            value.append((char) code);
            break;
          default:
            throw fail("a valid escape");
        }
      }
    }

    private char peek() {
      skipWhitespace();
      if (at >= text.length()) {
        throw fail("more text");
      }
      return text.charAt(at);
    }

    private void skipWhitespace() {
      while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    /** Requires that nothing but whitespace follows. */
    void end() {
      skipWhitespace();
      if (at != text.length()) {
        throw fail("the end of the text");
      }
    }

    IllegalArgumentException fail(String expected) {
      return new IllegalArgumentException(what + ": expected " + expected + " at offset " + at + " of " + text.length());
    }
  }
}
