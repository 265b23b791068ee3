package dev.pillars.core.reward;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.rating.RatingScale;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/** Generators of valid merit matrices for the reward properties. */
final class RewardGens {
  static final RatingScale FIVE =
      RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("low", "partial", "meets", "exceeds", "outstanding"));

  private RewardGens() {}

  /** Band starts after 0: up to four distinct cut points between 0.5 and 1.5. */
  static Gen<List<CompaRatioBand>> bands() {
    return lists().of(integers().between(1, 15_000)).ofSizeBetween(0, 4).map(cuts -> {
      TreeSet<Integer> sorted = new TreeSet<>(cuts);
      List<CompaRatioBand> bands = new ArrayList<>();
      int from = 0;
      for (int cut : sorted) {
        bands.add(CompaRatioBand.of(from, cut));
        from = cut;
      }
      bands.add(CompaRatioBand.from(from));
      return bands;
    });
  }

  /** A matrix whose ranges grow with the rating: each level adds non-negative steps to the one below. */
  static Gen<MeritMatrix> matrices() {
    return bands().flatMap(bands -> lists().of(integers().between(0, 300)).ofSize(3 * 5 * bands.size()).map(steps -> {
      List<List<IncreaseRange>> rows = new ArrayList<>();
      int k = 0;
      for (int l = 0; l < 5; l++) {
        List<IncreaseRange> row = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
          IncreaseRange below = l == 0 ? IncreaseRange.of(0, 0, 0) : rows.get(l - 1).get(b);
          int min = below.minBp() + steps.get(k++);
          int target = Math.max(min, below.targetBp()) + steps.get(k++);
          int max = Math.max(target, below.maxBp()) + steps.get(k++);
          row.add(IncreaseRange.of(min, target, max));
        }
        rows.add(row);
      }
      return new MeritMatrix(MeritMatrixId.of("m"), "matrix", FIVE, bands, rows);
    }));
  }
}
