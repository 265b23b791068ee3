package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every part of a stored configuration of the wrong type is refused with an {@link
 * InvalidInputException} naming the part, a preview of the value (texts quoted, long lists cut at
 * 120 characters) and the rule; lists built in code check each element; the readers of optional
 * and list parameters, and the readable form with a rounding.
 */
class StrategyConfigStoredFormTest {
  private static Map<String, Object> stored(String key, Object value) {
    Map<String, Object> map = new HashMap<>();
    map.put("strategy", "linear");
    map.put(key, value);
    return map;
  }

  @Test
  void partsOfTheWrongTypeAreRefusedNamingThePartTheValueAndTheRule() {
    assertThatThrownBy(() -> StrategyConfig.fromMap(stored("parameters", "cap=1")))
        .isInstanceOf(InvalidInputException.class).hasMessage("parameters was 'cap=1': must be a map of parameters");
    assertThatThrownBy(() -> StrategyConfig.fromMap(stored("parameters", Map.of(5, 1.0))))
        .isInstanceOf(InvalidInputException.class).hasMessage("parameters was 5: must have text keys");
    assertThatThrownBy(() -> StrategyConfig.fromMap(stored("rounding", "HALF_UP")))
        .isInstanceOf(InvalidInputException.class).hasMessage("rounding was 'HALF_UP': must be a map with places and mode");
    assertThatThrownBy(() -> StrategyConfig.fromMap(stored("rounding", Map.of("places", "2", "mode", "UP"))))
        .isInstanceOf(InvalidInputException.class).hasMessage("rounding.places was '2': must be a number");
    assertThatThrownBy(() -> StrategyConfig.fromMap(stored("rounding", Map.of("places", 2, "mode", 1))))
        .isInstanceOf(InvalidInputException.class).hasMessage("rounding.mode was 1: must be a RoundingMode name");
    assertThatThrownBy(() -> StrategyConfig.fromMap(stored("bogus", 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("map was 'bogus': must hold only the keys strategy, parameters and rounding, as text");
    assertThat(StrategyConfig.fromMap(stored("rounding", Map.of("places", 2, "mode", "UP"))))
        .isEqualTo(StrategyConfig.of("linear").withRounding(Rounding.of(2, RoundingMode.UP)));
  }

  @Test
  void aPreviewOfExactly120CharactersIsShownWholeAndALongerOneIsCut() {
    String text = "t".repeat(115);
    assertThatThrownBy(() -> StrategyConfig.fromMap(stored("parameters", Map.of("p", List.of(text, 1)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("p was [" + text + ", 1]: must be a list of numbers only or of texts only");
    assertThatThrownBy(() -> StrategyConfig.fromMap(stored("parameters", Map.of("p", List.of(text + "t", 1)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("p was [" + text + "t, 1...: must be a list of numbers only or of texts only");
  }

  @Test
  void listsBuiltInCodeCheckEachElement() {
    assertThatThrownBy(() -> StrategyConfig.of("x").withNumbers("xs", Arrays.asList(1.0, Double.NaN)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("values[1] was NaN");
    assertThatThrownBy(() -> StrategyConfig.of("x").withNumbers("xs", Arrays.asList(1.0, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("values[1]");
    assertThatThrownBy(() -> StrategyConfig.of("x").withTexts("ts", Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class).hasMessage("values[1]");
    List<String> texts = new ArrayList<>(List.of("a", "b"));
    StrategyConfig config = StrategyConfig.of("x").withTexts("ts", texts);
    texts.clear();
    assertThat(config.texts("ts")).containsExactly("a", "b");
  }

  @Test
  void readersOfOptionalAndListParameters() {
    StrategyConfig config = StrategyConfig.of("x").with("label", "on").withNumbers("xs", List.of(1.0))
        .withNumbers("none", List.of());
    assertThat(config.text("label", "off")).isEqualTo("on");
    assertThat(config.text("missing", "off")).isEqualTo("off");
    assertThat(config.texts("none")).isEmpty(); // an empty list is stored as numbers and read as either
    assertThatThrownBy(() -> config.texts("xs"))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("must be a list of texts");
  }

  @Test
  void theReadableFormNamesTheRoundingAndDistinctConfigurationsHashApart() {
    StrategyConfig rounded = StrategyConfig.of("linear").with("cap", 1.2).withRounding(Rounding.halfUp(2));
    assertThat(rounded).hasToString("linear{cap=1.2} rounded to 2 places HALF_UP");
    assertThat(Set.of(rounded.hashCode(), StrategyConfig.of("linear").hashCode(), StrategyConfig.of("mean").hashCode()))
        .hasSize(3);
  }
}
