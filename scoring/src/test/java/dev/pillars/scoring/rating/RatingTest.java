package dev.pillars.scoring.rating;

import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingTest {
  private static final RatingScale FIVE = RatingScale.of(
      List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("unsatisfactory", "developing", "solid", "strong", "outstanding"));

  @Test
  void bandsMapScoresToLevels() {
    RatingStrategy bands = RatingStrategy.bands(FIVE, List.of(40.0, 60.0, 75.0, 90.0));
    assertThat(bands.rate(12).level().label()).isEqualTo("unsatisfactory");
    assertThat(bands.rate(40).level().label()).isEqualTo("developing");
    assertThat(bands.rate(74.99).level().label()).isEqualTo("solid");
    assertThat(bands.rate(90).level().label()).isEqualTo("outstanding");
    assertThat(bands.rate(90).score().value()).isEqualTo(5.0);
    assertThat(bands.rate(80).score().receipt().context()).containsEntry("band.lower", 75.0).containsEntry("band.upper", 90.0);
  }

  @Test
  void nearestMapsToTheClosestLevelTiesUp() {
    RatingStrategy nearest = RatingStrategy.nearest(FIVE);
    assertThat(nearest.rate(3.49).level().value()).isEqualTo(3.0);
    assertThat(nearest.rate(3.5).level().value()).isEqualTo(4.0);
    assertThat(nearest.rate(-7).level().value()).isEqualTo(1.0);
    assertThat(nearest.config()).isEqualTo(StrategyConfig.of("bands")
        .withNumbers("values", FIVE.values()).withTexts("labels", FIVE.labels()));
  }

  @Test
  void okrBandsCloseTheirGapsUpwardsAndSaySo() {
    RatingStrategy okr = RatingStrategy.okr();
    assertThat(okr.rate(0.0).level().label()).isEqualTo("red");
    assertThat(okr.rate(0.3).level().label()).isEqualTo("red");
    assertThat(okr.rate(0.35).level().label()).isEqualTo("red");
    assertThat(okr.rate(0.35).score().receipt().notes()).anyMatch(n -> n.contains("gap"));
    assertThat(okr.rate(0.4).level().label()).isEqualTo("yellow");
    assertThat(okr.rate(0.65).level().label()).isEqualTo("yellow");
    assertThat(okr.rate(0.7).level().label()).isEqualTo("green");
    assertThat(okr.rate(1.0).level().label()).isEqualTo("green");
    assertThatThrownBy(() -> okr.rate(1.1)).hasMessage("score was 1.1: must be between 0.0 and 1.0");
  }

  @Test
  void rejectsBadScalesAndBounds() {
    assertThatThrownBy(() -> RatingScale.of(RatingLevel.of(1, "a"))).hasMessageContaining("must hold at least two levels");
    assertThatThrownBy(() -> RatingScale.of(RatingLevel.of(2, "a"), RatingLevel.of(1, "b")))
        .hasMessage("levels[1].value was 1.0: must be above the previous level's value 2.0");
    assertThatThrownBy(() -> RatingScale.of(RatingLevel.of(1, "a"), RatingLevel.of(2, "a")))
        .hasMessage("levels[1].label was 'a': must be unique in the scale");
    assertThatThrownBy(() -> RatingStrategy.bands(FIVE, List.of(1.0, 2.0)))
        .hasMessage("bands.lowerBounds was [1.0, 2.0]: must hold one bound per level except the lowest, 4 in all");
    assertThatThrownBy(() -> RatingStrategy.bands(FIVE, List.of(1.0, 3.0, 2.0, 4.0)))
        .hasMessage("bands.lowerBounds was [1.0, 3.0, 2.0, 4.0]: must strictly increase");
    assertThatThrownBy(() -> StrategyRegistry.builtIns().rating(StrategyConfig.of("bands")
            .withNumbers("values", List.of(1.0, 2.0)).withTexts("labels", List.of("a"))))
        .hasMessageContaining("must be as many as the values");
    assertThatThrownBy(() -> RatingStrategy.nearest(FIVE).rate(Double.NaN)).hasMessage("score was NaN: must be a finite number");
  }
}
