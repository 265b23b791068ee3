package dev.pillars.scoring.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class NormalisationTest {
  private static final EmployeeId LENIENT = EmployeeId.of("lenient");
  private static final EmployeeId SEVERE = EmployeeId.of("severe");

  private static RaterRating r(EmployeeId rater, String subject, double value) {
    return RaterRating.of(rater, EmployeeId.of(subject), value);
  }

  @Test
  void zScoreBringsLenientAndSevereRatersOntoOneFooting() {
    List<RaterRating> ratings = List.of(
        r(LENIENT, "a", 5), r(LENIENT, "b", 4), r(LENIENT, "c", 4.5),
        r(SEVERE, "d", 3), r(SEVERE, "e", 2), r(SEVERE, "f", 2.5));
    List<NormalisedRating> out = NormalisationStrategy.zScore(Scale.of(1, 5)).normalise(ratings);
    assertThat(out.get(0).value()).isCloseTo(out.get(3).value(), Offset.offset(1e-12));
    assertThat(out.get(1).value()).isCloseTo(out.get(4).value(), Offset.offset(1e-12));
    assertThat(out.get(2).value()).isCloseTo(3.5, Offset.offset(1e-12));
    assertThat(out.get(0).score().receipt().context()).containsEntry("rater.mean", 4.5).containsEntry("population.mean", 3.5);
    assertThat(StrategyRegistry.builtIns().replay(out.get(0).score().receipt())).isEqualTo(out.get(0).score());
  }

  @Test
  void aRaterWhoNeverVariesIsOnlyShifted() {
    List<NormalisedRating> out = NormalisationStrategy.zScore(Scale.of(1, 5))
        .normalise(List.of(r(LENIENT, "a", 5), r(LENIENT, "b", 5), r(SEVERE, "c", 1), r(SEVERE, "d", 3)));
    assertThat(out.get(0).value()).isEqualTo(3.5);
    assertThat(out.get(0).score().receipt().notes()).anyMatch(n -> n.contains("do not vary"));
  }

  @Test
  void rescaleConvertsStarsToPercent() {
    NormalisedRating n = NormalisationStrategy.rescale(Scale.stars(5), Scale.PERCENT).normalise(List.of(r(LENIENT, "a", 3.5))).get(0);
    assertThat(n.value()).isEqualTo(70.0);
    assertThat(n.score().receipt().lines().get(0).weight()).isEqualTo(20.0);
    assertThat(NormalisationStrategy.identity().normalise(List.of(r(LENIENT, "a", 3.5))).get(0).value()).isEqualTo(3.5);
  }

  @Test
  void rejectsRepeatsAndRatingsOffTheScale() {
    assertThatThrownBy(() -> NormalisationStrategy.identity().normalise(List.of(r(LENIENT, "a", 1), r(LENIENT, "a", 2))))
        .hasMessage("ratings was 'lenient -> a': must rate each subject at most once per rater");
    assertThatThrownBy(() -> NormalisationStrategy.zScore(Scale.of(1, 5)).normalise(List.of(r(LENIENT, "a", 6))))
        .hasMessage("ratings[lenient -> a].value was 6.0: must be between 1.0 and 5.0");
    assertThatThrownBy(() -> NormalisationStrategy.rescale(Scale.stars(5), Scale.PERCENT).normalise(List.of(r(LENIENT, "a", 6))))
        .hasMessage("rating was 6.0: must be between 0.0 and 5.0");
    assertThatThrownBy(() -> RaterRating.of(LENIENT, LENIENT, Double.NaN)).hasMessage("value was NaN: must be a finite number");
  }

  @Test
  void noRatingsGiveNoNormalisedRatingsNotAnError() {
    assertThat(NormalisationStrategy.zScore(Scale.of(1, 5)).normalise(List.of())).isEmpty();
    assertThat(NormalisationStrategy.identity().normalise(List.of())).isEmpty();
  }
}
