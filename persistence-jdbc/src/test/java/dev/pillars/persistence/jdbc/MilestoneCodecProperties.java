package dev.pillars.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.pillars.core.goal.Milestone;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The milestone checklist's JSON codec: what it writes it reads back, and it rejects the rest cleanly. */
class MilestoneCodecProperties {
  /** Characters JSON must escape or that a naive codec gets wrong. */
  private static final List<String> AWKWARD =
      List.of("\"", "\\", "\n", "\r", "\t", "\u0000", "\u001f", "\u2028", "\u2029", "\ud83d\ude00", "{", "}", ",", ":",
          "[", "]", " ", "\\u0041", "é", "/");

  private static Gen<String> titles() {
    Gen<String> awkward = lists().of(Generate.pick(AWKWARD)).ofSizeBetween(0, 6).map(parts -> String.join("", parts));
    Gen<String> any = strings().allPossible().ofLengthBetween(0, 12).map(MilestoneCodecProperties::wellFormed);
    return any.zip(awkward, strings().basicLatinAlphabet().ofLengthBetween(0, 4), (a, b, c) -> "m" + a + b + c);
  }

  /**
   * Returns the text with every unpaired surrogate replaced by U+FFFD: the domain refuses unpaired
   * surrogates (no UTF-8 store keeps them), and pairs stay, so characters outside the BMP are still
   * generated.
   */
  private static String wellFormed(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        kept.append(c).append(text.charAt(++i));
      } else {
        kept.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return kept.toString();
  }

  private static Gen<List<Milestone>> checklists() {
    return lists().of(titles().zip(booleans().all(), Milestone::new)).ofSizeBetween(1, 6);
  }

  @Test
  void whatItWritesItReadsBack() {
    qt().forAll(checklists())
        .checkAssert(milestones -> assertThat(MilestoneCodec.decode(MilestoneCodec.encode(milestones))).isEqualTo(milestones));
  }

  @Test
  void whatItWritesIsOneLineOfPrintableJsonWithoutRawControlCharacters() {
    qt().forAll(checklists())
        .checkAssert(
            milestones ->
                assertThat(MilestoneCodec.encode(milestones))
                    .startsWith("[{\"title\":\"")
                    .endsWith("}]")
                    .doesNotContainPattern("[\\x00-\\x1f\\u2028\\u2029]"));
  }

  @Test
  void aDamagedTextFailsWithIllegalArgumentExceptionAndNothingElse() {
    qt().forAll(checklists(), integers().between(0, 1_000), integers().between(0, 3), strings().ascii().ofLengthBetween(0, 2))
        .checkAssert(
            (milestones, where, how, insert) -> {
              String json = MilestoneCodec.encode(milestones);
              int at = where % (json.length() + 1);
              String damaged;
              switch (how) {
                case 0:
                  damaged = json.substring(0, at);
                  break;
                case 1:
                  damaged = json.substring(0, at) + insert + json.substring(at);
                  break;
                case 2:
                  damaged = json.substring(0, at) + json.substring(Math.min(json.length(), at + 1 + insert.length()));
                  break;
                default:
                  damaged = json.substring(0, at) + insert + json.substring(Math.min(json.length(), at + insert.length()));
                  break;
              }
              try {
                List<Milestone> read = MilestoneCodec.decode(damaged);
                assertThat(read).isNotNull();
              } catch (IllegalArgumentException rejected) {
                assertThat(rejected).hasMessageStartingWith("milestones JSON: expected");
              } catch (RuntimeException other) {
                throw new AssertionError("decoding " + damaged + " threw " + other, other);
              }
            });
  }

  @Test
  void readsMembersInAnyOrderWithWhitespaceAndEveryEscape() {
    String json = " [ { \"done\" : true , \"title\" : \"a\\/b\\u00e9\\b\\f\\\"q\\\"\" } ,\n{\"title\":\"x\",\"done\":false} ] ";
    assertThat(MilestoneCodec.decode(json))
        .containsExactly(new Milestone("a/bé\b\f\"q\"", true), new Milestone("x", false));
  }

  @Test
  void rejectsWhatNoChecklistIs() {
    for (String bad :
        new String[] {
          "", "[", "[]x", "{}", "[{}]", "[{\"title\":\"a\"}]", "[{\"title\":\"a\",\"done\":true,\"done\":false}]",
          "[{\"title\":\"a\",\"done\":maybe}]", "[{\"title\":\"a\",\"done\":true,\"x\":1}]", "[{\"title\":\"\\u12G4\",\"done\":true}]",
          "[{\"title\":\"\\q\",\"done\":true}]", "[{\"title\":\"a\",\"done\":true}", "[{\"title\":\"a"
        }) {
      assertThatThrownBy(() -> MilestoneCodec.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> MilestoneCodec.decode("[{\"title\":\" \",\"done\":true}]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a title that is not blank");
  }
}
