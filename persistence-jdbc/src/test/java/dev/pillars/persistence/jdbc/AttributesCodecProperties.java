package dev.pillars.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The attributes' JSON codec: what it writes it reads back, and it rejects the rest cleanly. */
class AttributesCodecProperties {
  private static final List<String> AWKWARD =
      List.of("\"", "\\", "\n", "\u0000", "\u2028", "\ud83d\ude00", "{", "}", ",", ":", " ", "\\u0041", "é");

  private static Gen<String> texts() {
    Gen<String> awkward = lists().of(Generate.pick(AWKWARD)).ofSizeBetween(0, 4).map(parts -> String.join("", parts));
    return strings().allPossible().ofLengthBetween(0, 8).zip(awkward, (a, b) -> a + b);
  }

  private static Gen<Map<String, String>> attributes() {
    return lists()
        .of(texts().zip(texts(), Map::entry))
        .ofSizeBetween(0, 6)
        .map(
            entries -> {
              Map<String, String> map = new HashMap<>();
              entries.forEach(e -> map.put(e.getKey(), e.getValue()));
              return map;
            });
  }

  @Test
  void whatItWritesItReadsBack() {
    qt().forAll(attributes())
        .checkAssert(map -> assertThat(AttributesCodec.decode(AttributesCodec.encode(map))).isEqualTo(map));
  }

  @Test
  void equalAttributesAreWrittenAsEqualText() {
    qt().forAll(attributes())
        .checkAssert(map -> assertThat(AttributesCodec.encode(new HashMap<>(map))).isEqualTo(AttributesCodec.encode(Map.copyOf(map))));
  }

  @Test
  void aDamagedTextFailsWithIllegalArgumentExceptionAndNothingElse() {
    qt().forAll(attributes(), integers().between(0, 1_000), strings().ascii().ofLengthBetween(0, 2))
        .checkAssert(
            (map, where, insert) -> {
              String json = AttributesCodec.encode(map);
              int at = where % (json.length() + 1);
              String damaged = json.substring(0, at) + insert + json.substring(Math.min(json.length(), at + 1));
              try {
                assertThat(AttributesCodec.decode(damaged)).isNotNull();
              } catch (IllegalArgumentException rejected) {
                assertThat(rejected).hasMessageStartingWith("attributes JSON: expected");
              } catch (RuntimeException other) {
                throw new AssertionError("decoding " + damaged + " threw " + other, other);
              }
            });
  }

  @Test
  void readsWhitespaceAndRejectsWhatNoAttributesAre() {
    assertThat(AttributesCodec.decode(" { \"b\" : \"2\" ,\n \"a\":\"\\u0031\" } ")).isEqualTo(Map.of("a", "1", "b", "2"));
    assertThat(AttributesCodec.decode("{}")).isEmpty();
    for (String bad : new String[] {"", "[]", "{", "{\"a\"}", "{\"a\":1}", "{\"a\":\"1\",\"a\":\"2\"}", "{\"a\":\"1\"} x"}) {
      assertThatThrownBy(() -> AttributesCodec.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
