package dev.pillars.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyConfigProperties {
  /**
   * Folds codes into a nested plain form around a number: 0 and 1 wrap it in a map with a text key,
   * 2 in a map with a number key, 3 in a list, 4 in a list with a text beside it, 5 replaces it by
   * a boolean.
   */
  private static Object form(List<Integer> codes) {
    Object value = 0.5;
    for (int code : codes) {
      value = switch (code) {
        case 0, 1 -> Map.of("k" + code, value);
        case 2 -> Map.of(code, value);
        case 3 -> List.of(value);
        case 4 -> List.of(value, "text");
        default -> Boolean.TRUE;
      };
    }
    return value;
  }

  @Test
  void anyStoredFormIsReadBackOrRejectedWithInvalidInput() {
    qt().forAll(lists().of(integers().between(0, 5)).ofSizeBetween(0, 40)).checkAssert(codes -> {
      Map<String, ?> stored = Map.of("strategy", "x", "parameters", Map.of("p", form(codes)));
      try {
        StrategyConfig config = StrategyConfig.fromMap(stored);
        assertThat(StrategyConfig.fromMap(config.toMap())).isEqualTo(config);
      } catch (InvalidInputException e) {
        assertThat(e.getMessage()).hasSizeLessThan(400);
      }
    });
  }
}
