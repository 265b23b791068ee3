package dev.pillars.core.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeritMatrixProperties {
  @Test
  void everyCompaRatioLiesInExactlyOneBand() {
    qt().forAll(RewardGens.matrices(), integers().between(0, 40_000)).checkAssert((m, cr) -> {
      assertThat(m.bands()).filteredOn(b -> b.contains(cr)).containsExactly(m.bands().get(m.band(cr)));
    });
  }

  @Test
  void increasesNeverFallAsTheRatingRises() {
    qt().forAll(RewardGens.matrices(), integers().between(0, 40_000)).checkAssert((m, cr) -> {
      for (int l = 1; l < m.scale().levels().size(); l++) {
        assertThat(m.range(m.scale().levels().get(l), cr).atLeast(m.range(m.scale().levels().get(l - 1), cr))).isTrue();
      }
    });
  }

  @Test
  void aMatrixWithALevelAboveTheNextIsRefused() {
    qt().forAll(RewardGens.matrices(), integers().between(0, 3), integers().between(1, 500)).checkAssert((m, l, bump) -> {
      List<List<IncreaseRange>> rows = new ArrayList<>(m.increases());
      List<IncreaseRange> row = new ArrayList<>(rows.get(l));
      IncreaseRange above = rows.get(l + 1).get(0);
      row.set(0, IncreaseRange.of(0, 0, above.maxBp() + bump));
      rows.set(l, row);
      assertThatThrownBy(() -> new MeritMatrix(m.id(), m.name(), m.scale(), m.bands(), rows))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not fall below level");
    });
  }

  @Test
  void bandsThatOverlapOrLeaveAGapAreRefused() {
    qt().forAll(RewardGens.bands(), integers().between(-500, 500)).assuming((bands, shift) -> bands.size() > 1 && shift != 0)
        .checkAssert((bands, shift) -> {
          List<CompaRatioBand> moved = new ArrayList<>(bands);
          CompaRatioBand last = moved.get(moved.size() - 1);
          int from = Math.max(1, last.fromBp() + shift);
          if (from == last.fromBp()) {
            return;
          }
          moved.set(moved.size() - 1, CompaRatioBand.from(from));
          assertThatThrownBy(() -> MeritMatrixTest.matrix(moved)).isInstanceOf(InvalidInputException.class)
              .hasMessageContaining("no gap and no overlap");
        });
  }
}
