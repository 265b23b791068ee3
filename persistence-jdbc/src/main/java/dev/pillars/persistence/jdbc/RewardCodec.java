package dev.pillars.persistence.jdbc;

import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON text of the compensation tables' nested parts: an array of arrays of strings, such as
 * {@code [["1.0","below"],["2.0","meets"]]}. Numbers are strings so that they come back exactly
 * ({@code Long.toString}, and {@code Double.toString}, which round-trips every double).
 */
final class RewardCodec {
  private RewardCodec() {}

  static String encode(List<List<String>> rows) {
    StringBuilder json = new StringBuilder(16 + 24 * rows.size()).append('[');
    for (int i = 0; i < rows.size(); i++) {
      json.append(i > 0 ? ",[" : "[");
      List<String> row = rows.get(i);
      for (int j = 0; j < row.size(); j++) {
        if (j > 0) {
          json.append(',');
        }
        JsonText.string(json, row.get(j));
      }
      json.append(']');
    }
    return json.append(']').toString();
  }

  /**
   * Reads text written by {@link #encode}.
   *
   * @throws IllegalArgumentException if the text is not an array of arrays of strings
   */
  static List<List<String>> decode(String what, String json) {
    JsonText.Parser parser = new JsonText.Parser(what, json);
    List<List<String>> rows = new ArrayList<>();
    parser.expect('[');
    if (!parser.skip(']')) {
      do {
        List<String> row = new ArrayList<>();
        parser.expect('[');
        if (!parser.skip(']')) {
          do {
            row.add(parser.string());
          } while (parser.next(',', ']'));
        }
        rows.add(row);
      } while (parser.next(',', ']'));
    }
    parser.end();
    return rows;
  }

  static String scale(RatingScale scale) {
    return encode(scale.levels().stream().map(l -> List.of(Double.toString(l.value()), l.label())).toList());
  }

  static RatingScale scale(String json) {
    return new RatingScale(decode("rating scale JSON", json).stream()
        .map(row -> RatingLevel.of(Double.parseDouble(row.get(0)), row.get(1))).toList());
  }
}
