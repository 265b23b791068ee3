package dev.pillars.scoring.calibration;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingScale;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of proposed ratings for the calibration properties. */
final class CalibrationGens {
  static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0),
      List.of("unsatisfactory", "developing", "solid", "exceeds", "outstanding"));
  static final RatingScale THREE = RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("below", "meets", "above"));

  private CalibrationGens() {}

  /**
   * Ratings of {@code minPeople} to {@code maxPeople} people by up to four raters, in two units and
   * two grades, each level below {@code levels}.
   */
  static Gen<List<ProposedRating>> ratings(int levels, int minPeople, int maxPeople) {
    Gen<List<Integer>> people = lists().of(integers().between(0, levels * 4 * 4 - 1)).ofSizeBetween(minPeople, maxPeople);
    return people.map(codes -> {
      List<ProposedRating> out = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        int code = codes.get(i);
        out.add(new ProposedRating(EmployeeId.of("e" + (100 + i)), EmployeeId.of("m" + (code / levels) % 4),
            code % levels, OrgUnitId.of(i % 2 == 0 ? "assembly" : "quality"), i % 3 == 0 ? "G2" : "G1"));
      }
      return out;
    });
  }
}
