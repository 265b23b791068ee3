package dev.pillars.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The column builder against the plain way: ratings sorted with the JDK, raters grouped by id. */
class CalibrationInputBuilderProperties {
  private static final Calibrator CALIBRATOR = Calibrator.of(CalibrationGens.FIVE, Guideline.percent(5, 10, 20, 40, 20, 10));

  @Test
  void aBuilderFilledInAnyOrderEqualsTheRatingsSortedByEmployeeIdAndCalibratesAlike() {
    qt().forAll(CalibrationGens.ratings(5, 0, 60), longs().all()).checkAssert((ratings, seed) -> {
      List<ProposedRating> shuffled = new ArrayList<>(ratings);
      Collections.shuffle(shuffled, new Random(seed));
      CalibrationInput.Builder builder = CalibrationInput.builder(CalibrationGens.FIVE, new Random(seed).nextInt(4));
      shuffled.forEach(r -> builder.add(r.employee(), r.rater(), r.level(), r.unit(), r.grade()));
      CalibrationInput built = builder.build();

      List<ProposedRating> sorted = new ArrayList<>(ratings);
      sorted.sort(Comparator.comparing(r -> r.employee().value()));
      assertThat(built.ratings()).isEqualTo(sorted);
      assertThat(built.raters()).isEqualTo(sorted.stream().map(ProposedRating::rater).distinct()
          .sorted(Comparator.comparing(EmployeeId::value)).toList());
      for (int k = 0; k < built.raterCount(); k++) {
        List<Integer> members = new ArrayList<>();
        for (int p = built.raterStart(k); p < built.raterStart(k + 1); p++) {
          members.add(built.raterMember(p));
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
          if (sorted.get(i).rater().equals(built.rater(k))) {
            expected.add(i);
            assertThat(built.raterOf(i)).isEqualTo(k);
          }
        }
        assertThat(members).isEqualTo(expected);
      }
      for (int i = 0; i < sorted.size(); i++) {
        assertThat(built.indexOf(sorted.get(i).employee())).hasValue(i);
      }
      CalibrationReport fromBuilder = CALIBRATOR.calibrate(built);
      CalibrationReport fromList = CALIBRATOR.calibrate(CALIBRATOR.input(ratings));
      assertThat(fromBuilder.plan()).isEqualTo(fromList.plan());
      assertThat(fromBuilder.raterProfiles()).isEqualTo(fromList.raterProfiles());
      for (int i = 0; i < sorted.size(); i++) {
        assertThat(fromBuilder.zScore(i)).isEqualTo(fromList.zScore(i));
        assertThat(fromBuilder.forcedLevel(i)).isEqualTo(fromList.forcedLevel(i));
      }
    });
  }

  @Test
  void aRefusedRatingIsNotKeptAndARepeatedEmployeeIsRefusedAtBuild() {
    EmployeeId ann = EmployeeId.of("ann");
    EmployeeId boss = EmployeeId.of("boss");
    OrgUnitId unit = OrgUnitId.of("assembly");
    CalibrationInput.Builder b = CalibrationInput.builder(CalibrationGens.FIVE, 1).add(ann, boss, 2, unit, "G1");
    assertThatThrownBy(() -> b.add(EmployeeId.of("bob"), boss, 5, unit, "G1"))
        .isInstanceOf(InvalidInputException.class).hasMessage("level was 5: must be a level of the scale, 0 to 4");
    assertThatThrownBy(() -> b.add(EmployeeId.of("bob"), boss, -1, unit, "G1"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("level was -1");
    assertThatThrownBy(() -> b.add(EmployeeId.of("bob"), boss, 1, unit, " "))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("grade");
    assertThatThrownBy(() -> b.add(EmployeeId.of("bob"), null, 1, unit, "G1"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("rater");
    assertThatThrownBy(() -> CalibrationInput.builder(CalibrationGens.FIVE, -1))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("expected was -1");
    assertThat(b.build().size()).isEqualTo(1);
    b.add(ann, EmployeeId.of("other"), 1, unit, "G1");
    assertThatThrownBy(b::build).isInstanceOf(InvalidInputException.class)
        .hasMessage("ratings was ann: must rate each employee at most once");
  }
}
