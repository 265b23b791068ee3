package dev.pillars.core.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.rating.RatingLevel;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeritMatrixTest {
  private static final List<CompaRatioBand> BANDS =
      List.of(CompaRatioBand.of(0, 9_000), CompaRatioBand.of(9_000, 11_000), CompaRatioBand.from(11_000));

  static List<List<IncreaseRange>> rows(int levels, int bands) {
    List<List<IncreaseRange>> rows = new java.util.ArrayList<>();
    for (int l = 0; l < levels; l++) {
      rows.add(Collections.nCopies(bands, IncreaseRange.of(100 * l, 150 * l, 200 * l)));
    }
    return rows;
  }

  static MeritMatrix matrix(List<CompaRatioBand> bands) {
    return new MeritMatrix(MeritMatrixId.of("m"), "2026", RewardGens.FIVE, bands, rows(5, bands.size()));
  }

  @Test
  void looksUpTheCellOfARatingAndACompaRatio() {
    MeritMatrix m = matrix(BANDS);
    RatingLevel meets = RewardGens.FIVE.level("meets").orElseThrow();
    assertThat(MeritMatrix.compaRatioBp(45_000_00, 50_000_00)).isEqualTo(9_000);
    assertThat(m.band(8_999)).isZero();
    assertThat(m.band(9_000)).isEqualTo(1);
    assertThat(m.band(Integer.MAX_VALUE - 1)).isEqualTo(2);
    assertThat(m.range(meets, 45_000_00, 50_000_00)).isEqualTo(IncreaseRange.of(200, 300, 400));
    assertThat(IncreaseRange.of(200, 350, 500)).hasToString("2.00 %/3.50 %/5.00 %");
    assertThat(BANDS.get(1)).hasToString("[0.9, 1.1)");
  }

  @Test
  void overlappingBandsAreRefused() {
    assertThatThrownBy(() -> matrix(List.of(CompaRatioBand.of(0, 9_500), CompaRatioBand.from(9_000))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("bands[1] was [0.9, ...): must start where bands[0] [0, 0.95) ends: no gap and no overlap");
  }

  @Test
  void bandsThatLeaveAGapOrStopAreRefused() {
    assertThatThrownBy(() -> matrix(List.of(CompaRatioBand.of(0, 9_000), CompaRatioBand.from(9_500))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no gap and no overlap");
    assertThatThrownBy(() -> matrix(List.of(CompaRatioBand.from(100))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must start at 0");
    assertThatThrownBy(() -> matrix(List.of(CompaRatioBand.of(0, 20_000))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be open above");
    assertThatThrownBy(() -> matrix(List.of())).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void increasesThatFallAsTheRatingRisesAreRefused() {
    List<List<IncreaseRange>> rows = new java.util.ArrayList<>(rows(5, 1));
    rows.set(3, List.of(IncreaseRange.of(300, 700, 900)));
    assertThatThrownBy(() -> new MeritMatrix(MeritMatrixId.of("m"), "x", RewardGens.FIVE,
            List.of(CompaRatioBand.from(0)), rows))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("increases[4][0] was 4.00 %/6.00 %/8.00 %: must not fall below level exceeds's 3.00 %/7.00 %/9.00 %");
  }

  @Test
  void rowsMustMatchTheScaleAndBandsAndRangesMustBeOrdered() {
    assertThatThrownBy(() -> new MeritMatrix(MeritMatrixId.of("m"), "x", RewardGens.FIVE, BANDS, rows(4, 3)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("one row per level");
    assertThatThrownBy(() -> new MeritMatrix(MeritMatrixId.of("m"), "x", RewardGens.FIVE, BANDS, rows(5, 2)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("one range per band");
    assertThatThrownBy(() -> IncreaseRange.of(300, 200, 400)).isInstanceOf(InvalidInputException.class)
        .hasMessage("targetBp was 200: must be between 300 and 100000");
    assertThatThrownBy(() -> IncreaseRange.of(-1, 0, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CompaRatioBand.of(5, 5)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void unknownLevelsAndBadSalariesAreRefused() {
    MeritMatrix m = matrix(BANDS);
    assertThatThrownBy(() -> m.range(RatingLevel.of(3, "average"), 9_000)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be a level of the matrix's scale");
    assertThatThrownBy(() -> MeritMatrix.compaRatioBp(0, 1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> m.band(-1)).isInstanceOf(InvalidInputException.class);
  }
}
