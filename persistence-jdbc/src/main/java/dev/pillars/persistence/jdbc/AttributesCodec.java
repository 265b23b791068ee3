package dev.pillars.persistence.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an employee's attributes (text keys to text values) as a JSON object with its keys in
 * order, such as {@code {"location":"Site 4","shift":"B"}}, and reads it back; see {@link
 * JsonText}.
 */
final class AttributesCodec {
  private AttributesCodec() {}

  static String encode(Map<String, String> attributes) {
    StringBuilder json = new StringBuilder(2 + 24 * attributes.size()).append('{');
    boolean first = true;
    for (Map.Entry<String, String> attribute : new TreeMap<>(attributes).entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      JsonText.string(json, attribute.getKey());
      json.append(':');
      JsonText.string(json, attribute.getValue());
    }
    return json.append('}').toString();
  }

  /**
   * Reads attributes written by {@link #encode}.
   *
   * @throws IllegalArgumentException if the text is not a JSON object of text members, each named
   *     once
   */
  static Map<String, String> decode(String json) {
    JsonText.Parser parser = new JsonText.Parser("attributes JSON", json);
    Map<String, String> attributes = new LinkedHashMap<>();
    parser.expect('{');
    if (!parser.skip('}')) {
      do {
        String key = parser.string();
        parser.expect(':');
        if (attributes.put(key, parser.string()) != null) {
          throw parser.fail("no repeated member like \"" + key + "\"");
        }
      } while (parser.next(',', '}'));
    }
    parser.end();
    return attributes;
  }
}
