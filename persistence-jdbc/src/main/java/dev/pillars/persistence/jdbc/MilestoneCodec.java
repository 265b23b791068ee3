package dev.pillars.persistence.jdbc;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.goal.Milestone;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a milestone checklist as a JSON array and reads it back, such as {@code
 * [{"title":"plan","done":true},{"title":"ship","done":false}]}: exactly this shape on writing, any
 * JSON of this shape (members in any order) on reading; see {@link JsonText}.
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
      JsonText.string(json, milestone.title());
      json.append(",\"done\":").append(milestone.done()).append('}');
    }
    return json.append(']').toString();
  }

  /**
   * Reads a checklist written by {@link #encode}.
   *
   * @throws IllegalArgumentException if the text is not a JSON array of milestone objects with titles
   *     that are not blank
   */
  static List<Milestone> decode(String json) {
    JsonText.Parser parser = new JsonText.Parser("milestones JSON", json);
    List<Milestone> milestones = new ArrayList<>();
    parser.expect('[');
    if (!parser.skip(']')) {
      do {
        milestones.add(milestone(parser));
      } while (parser.next(',', ']'));
    }
    parser.end();
    return milestones;
  }

  private static Milestone milestone(JsonText.Parser parser) {
    parser.expect('{');
    String title = null;
    Boolean done = null;
    do {
      String member = parser.string();
      parser.expect(':');
      if (member.equals("title") && title == null) {
        title = parser.string();
      } else if (member.equals("done") && done == null) {
        done = parser.bool();
      } else {
        throw parser.fail("no unknown or repeated member like \"" + member + "\"");
      }
    } while (parser.next(',', '}'));
    if (title == null || done == null) {
      throw parser.fail("a milestone with \"title\" and \"done\"");
    }
    try {
      return new Milestone(title, done);
    } catch (InvalidInputException e) {
      IllegalArgumentException invalid = parser.fail("a milestone with a title that is not blank");
      invalid.initCause(e);
      throw invalid;
    }
  }
}
