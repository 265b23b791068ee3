package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StrategyConfigTest {
  private final StrategyConfig config =
      StrategyConfig.of("weighted-components")
          .withTable("weights", Map.of("goals", 60.0, "competencies", 30.0))
          .with("absent", "RENORMALISE")
          .with("cap", 1.2)
          .withNumbers("bounds", List.of(1.5, 2.5))
          .withTexts("labels", List.of("low", "high"))
          .withRounding(Rounding.of(2, RoundingMode.HALF_EVEN));

  @Test
  void storesAsPlainMapsAndReadsBackEqual() {
    Map<String, Object> stored = config.toMap();
    assertThat(stored).containsEntry("strategy", "weighted-components");
    assertThat(stored.get("parameters")).isEqualTo(Map.of(
        "absent", "RENORMALISE",
        "bounds", List.of(1.5, 2.5),
        "cap", 1.2,
        "labels", List.of("low", "high"),
        "weights", Map.of("competencies", 30.0, "goals", 60.0)));
    assertThat(stored.get("rounding")).isEqualTo(Map.of("places", 2.0, "mode", "HALF_EVEN"));
    assertThat(StrategyConfig.fromMap(stored)).isEqualTo(config).hasSameHashCodeAs(config);
  }

  @Test
  void readsIntegersAsAJsonReaderWouldGiveThem() {
    StrategyConfig read = StrategyConfig.fromMap(Map.of(
        "strategy", "linear",
        "parameters", Map.of("cap", 2, "bounds", List.of(1, 2L)),
        "rounding", Map.of("places", 1, "mode", "HALF_UP")));
    assertThat(read.number("cap")).isEqualTo(2.0);
    assertThat(read.numbers("bounds")).containsExactly(1.0, 2.0);
    assertThat(read.rounding()).contains(Rounding.halfUp(1));
  }

  @Test
  void typedReadersNameStrategyParameterValueAndRule() {
    assertThatThrownBy(() -> config.number("absent"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("weighted-components.absent was 'RENORMALISE': must be a number");
    assertThatThrownBy(() -> config.text("missing"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("weighted-components.missing was null: is required");
    assertThatThrownBy(() -> config.choice("absent", RoundingMode.class))
        .hasMessageContaining("must be one of [CEILING, DOWN, FLOOR, HALF_DOWN, HALF_EVEN, HALF_UP, UNNECESSARY, UP]");
    assertThatThrownBy(() -> config.numberTable("cap")).hasMessageContaining("must be a table of numbers");
    assertThatThrownBy(() -> config.texts("bounds")).hasMessageContaining("must be a list of texts");
    assertThat(config.number("missing", 7.0)).isEqualTo(7.0);
    assertThat(config.optionalNumber("missing")).isEmpty();
    assertThat(config.texts("labels")).containsExactly("low", "high");
  }

  @Test
  void requireOnlyCatchesMisspeltParameters() {
    assertThatThrownBy(() -> StrategyConfig.of("linear").with("capp", 1.2).requireOnly(java.util.Set.of("cap", "floor")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("linear.capp was 1.2: is not a parameter of this strategy; known: [cap, floor]");
  }

  @Test
  void isImmutable() {
    StrategyConfig base = StrategyConfig.of("linear");
    StrategyConfig capped = base.with("cap", 1.5);
    assertThat(base.parameters()).isEmpty();
    assertThat(capped.parameters()).containsKey("cap");
    assertThat(capped.withoutRounding()).isEqualTo(capped);
    assertThatThrownBy(() -> capped.parameters().put("x", Param.of(1))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsBadNamesValuesAndStoredForms() {
    assertThatThrownBy(() -> StrategyConfig.of(" ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("strategy was");
    assertThatThrownBy(() -> StrategyConfig.of("x").with("cap", Double.NaN)).hasMessageContaining("must be a finite number");
    assertThatThrownBy(() -> StrategyConfig.of("x").with("bad name", 1.0)).hasMessageContaining("parameter was 'bad name'");
    assertThatThrownBy(() -> StrategyConfig.fromMap(Map.of("strategy", 3))).hasMessageContaining("strategy was 3");
    assertThatThrownBy(() -> StrategyConfig.fromMap(Map.of("strategy", "x", "extra", 1)))
        .hasMessageContaining("must hold only the keys strategy, parameters and rounding");
    assertThatThrownBy(() -> StrategyConfig.fromMap(Map.of("strategy", "x", "parameters", Map.of("p", List.of(1, "a")))))
        .hasMessageContaining("must be a list of numbers only or of texts only");
    assertThatThrownBy(() -> StrategyConfig.fromMap(
            Map.of("strategy", "x", "rounding", Map.of("places", 2, "mode", "SOMETIMES"))))
        .hasMessageContaining("rounding.mode was 'SOMETIMES'");
    assertThatThrownBy(() -> StrategyConfig.fromMap(Map.of("strategy", "x", "rounding", Map.of("places", 2.5, "mode", "UP"))))
        .hasMessageContaining("must be a whole number");
  }

  @Test
  void aStoredFormWithANonTextKeyIsRejectedAtEveryLevel() {
    Map<Object, Object> top = new HashMap<>(Map.of("strategy", "x"));
    top.put(7, "seven");
    assertThatThrownBy(() -> StrategyConfig.fromMap(uncheckedStringKeys(top)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("map was 7: must hold only the keys strategy, parameters and rounding, as text");
    Map<Object, Object> table = new HashMap<>();
    table.put(List.of(1, 2), 0.5);
    assertThatThrownBy(() -> StrategyConfig.fromMap(Map.of("strategy", "x", "parameters", Map.of("weights", table))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("weights was [1, 2]: must have text keys");
  }

  @Test
  void parameterTablesNestAtMostSixteenDeep() {
    assertThat(StrategyConfig.fromMap(Map.of("strategy", "x", "parameters", Map.of("t", nested(16)))).parameters())
        .containsKey("t");
    assertThatThrownBy(() -> StrategyConfig.fromMap(Map.of("strategy", "x", "parameters", Map.of("t", nested(17)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("t.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a was {a=1.0}: must nest maps at most 16 deep");
    // 100,000 deep: rejected at depth 17, never walked further (its own toString would overflow the stack)
    assertThatThrownBy(() -> StrategyConfig.fromMap(Map.of("strategy", "x", "parameters", Map.of("t", nested(100_000)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("t.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a was {a={a={a={...}}}}: must nest maps at most 16 deep");
    assertThatThrownBy(() -> StrategyConfig.fromMap(Map.of("strategy", "x", "parameters", Map.of("t", List.of(nested(100_000))))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("t was [{a={a={...}}}]: must be a list of numbers only or of texts only");
    // a table built in code obeys the same limit
    Param sixteen = Param.fromPlain("t", nested(16));
    assertThatThrownBy(() -> new Param.Table(new TreeMap<>(Map.of("a", sixteen))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("entries was '17 tables deep': must nest tables at most 16 deep");
  }

  /** Maps nested {@code depth} deep: {a={a=...{a=1.0}}}. */
  private static Object nested(int depth) {
    Object value = 1.0;
    for (int i = 0; i < depth; i++) {
      value = Map.of("a", value);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> uncheckedStringKeys(Map<Object, Object> map) {
    return (Map<String, ?>) (Map<?, ?>) map;
  }
}
