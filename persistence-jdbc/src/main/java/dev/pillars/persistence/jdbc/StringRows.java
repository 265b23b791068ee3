package dev.pillars.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows of strings as a JSON array of arrays of strings, such as {@code
 * [["ana","m1","3"],["bo","m1","2"]]}, and reads them back; see {@link JsonText}.
 */
final class StringRows {
  private StringRows() {}

  static String encode(List<List<String>> rows) {
    StringBuilder json = new StringBuilder(16 + 32 * rows.size()).append('[');
    for (int r = 0; r < rows.size(); r++) {
      json.append(r == 0 ? "[" : ",[");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          json.append(',');
        }
        JsonText.string(json, row.get(c));
      }
      json.append(']');
    }
    return json.append(']').toString();
  }

  /**
   * Reads rows written by {@link #encode}, each of {@code width} strings.
   *
   * @throws IllegalArgumentException if the text is not a JSON array of arrays of that many strings
   */
  static List<List<String>> decode(String what, String json, int width) {
    JsonText.Parser parser = new JsonText.Parser(what, json);
    List<List<String>> rows = new ArrayList<>();
    parser.expect('[');
    if (!parser.skip(']')) {
      do {
        parser.expect('[');
        List<String> row = new ArrayList<>(width);
        do {
          row.add(parser.string());
        } while (parser.next(',', ']'));
        if (row.size() != width) {
          throw parser.fail("rows of " + width + " strings");
        }
        rows.add(row);
      } while (parser.next(',', ']'));
    }
    parser.end();
    return rows;
  }
}
