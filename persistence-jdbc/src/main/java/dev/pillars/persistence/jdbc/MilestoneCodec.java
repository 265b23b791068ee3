package dev.pillars.persistence.jdbc;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.goal.Milestone;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a milestone checklist as a JSON array and reads it back, such as {@code
 * [{"title":"plan","done":true},{"title":"ship","done":false}]}.
 *
 * <p>Hand-written to keep the store free of a JSON library: it writes exactly this shape and reads
 * any JSON of this shape (members in any order, any whitespace, every JSON string escape), so that
 * a host may turn the column into PostgreSQL {@code jsonb}, which reorders members.
 */
final class MilestoneCodec {
  private MilestoneCodec() {}

  static String encode(List<Milestone> milestones) {
    StringBuilder json = new StringBuilder(16 + 32 * milestones.size()).append('[');
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"title\":");
      string(json, milestone.title());
      json.append(",\"done\":").append(milestone.done()).append('}');
    }
    return json.append(']').toString();
  }

  private static void string(StringBuilder json, String text) {
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
   * Reads a checklist written by {@link #encode}.
   *
   * @throws IllegalArgumentException if the text is not a JSON array of milestone objects with titles
   *     that are not blank
   */
  static List<Milestone> decode(String json) {
    Parser parser = new Parser(json);
    List<Milestone> milestones = parser.milestones();
    parser.end();
    return milestones;
  }

  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    List<Milestone> milestones() {
      List<Milestone> milestones = new ArrayList<>();
      expect('[');
      if (peek() == ']') {
        at++;
        return milestones;
      }
      do {
        milestones.add(milestone());
      } while (next(',', ']'));
      return milestones;
    }

    private Milestone milestone() {
      expect('{');
      String title = null;
      Boolean done = null;
      do {
        String member = string();
        expect(':');
        if (member.equals("title") && title == null) {
          title = string();
        } else if (member.equals("done") && done == null) {
          done = bool();
        } else {
          throw fail("an unknown or repeated member \"" + member + "\"");
        }
      } while (next(',', '}'));
      if (title == null || done == null) {
        throw fail("a milestone without \"title\" or \"done\"");
      }
      try {
        return new Milestone(title, done);
      } catch (InvalidInputException e) {
        IllegalArgumentException invalid = fail("a milestone with a title that is not blank");
        invalid.initCause(e);
        throw invalid;
      }
    }

    /** Reads a separator or a closing character; returns true for the separator. */
    private boolean next(char separator, char close) {
      char c = peek();
      at++;
      if (c == separator) {
        return true;
      }
      if (c == close) {
        return false;
      }
      at--;
      throw fail("'" + separator + "' or '" + close + "'");
    }

    private boolean bool() {
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

    private String string() {
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

    private void expect(char c) {
      if (peek() != c) {
        throw fail("'" + c + "'");
      }
      at++;
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

    void end() {
      skipWhitespace();
      if (at != text.length()) {
        throw fail("the end of the text");
      }
    }

    private IllegalArgumentException fail(String expected) {
      return new IllegalArgumentException(
          "milestones JSON: expected " + expected + " at offset " + at + " of " + text.length());
    }
  }
}
