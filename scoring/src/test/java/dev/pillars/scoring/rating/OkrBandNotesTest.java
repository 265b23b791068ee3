package dev.pillars.scoring.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.scoring.InvalidParameterException;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OKR's bands leave gaps (0.3 to 0.4, 0.6 to 0.7) that each band closes upwards; a score strictly
 * inside a gap is noted, a score on a gap's end is not; and the OKR rating takes no parameters.
 */
class OkrBandNotesTest {
  private static List<String> notes(double score) {
    return RatingStrategy.okr().rate(score).score().receipt().notes();
  }

  @Test
  void onlyAScoreStrictlyInsideAGapIsNoted() {
    assertThat(notes(0.3)).containsExactly("level red");
    assertThat(notes(0.35)).containsExactly("level red", "0.35 lies in a gap of the OKR bands; each band runs up to the next band's start");
    assertThat(notes(0.4)).containsExactly("level yellow");
    assertThat(notes(0.6)).containsExactly("level yellow");
    assertThat(notes(0.65)).containsExactly("level yellow", "0.65 lies in a gap of the OKR bands; each band runs up to the next band's start");
    assertThat(notes(0.7)).containsExactly("level green");
  }

  @Test
  void theOkrRatingTakesNoParameters() {
    StrategyConfig withValues = StrategyConfig.of("okr").withNumbers("values", List.of(1.0, 2.0));
    assertThatThrownBy(() -> StrategyRegistry.builtIns().rating(withValues))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("values");
  }
}
