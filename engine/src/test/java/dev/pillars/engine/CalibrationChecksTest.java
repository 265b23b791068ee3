package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.calibration.CalibrationService;
import dev.pillars.scoring.calibration.Guideline;
import dev.pillars.scoring.calibration.SuggestedMove;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calibration service's checks with their messages, and what a calibrator sees that others do not. */
class CalibrationChecksTest extends EngineTestBase {
  private static final CalibrationSessionId ID = CalibrationSessionId.of("s1");
  private static final RatingScale SCALE = RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("low", "mid", "high"));

  private void open() {
    List<ProposedRating> proposed = List.of(
        new ProposedRating(EmployeeId.of("w0"), BEN, 2, OrgUnitId.of("plant-north"), "G1"),
        new ProposedRating(EmployeeId.of("w1"), BEN, 2, OrgUnitId.of("plant-north"), "G1"),
        new ProposedRating(EmployeeId.of("w2"), BEN, 2, OrgUnitId.of("plant-north"), "G1"));
    as(HR).calibration().open(ID, ReviewCycleId.of("c"), Population.cycle(), SCALE, Set.of(ANA), proposed);
  }

  @Test
  void aCalibratorSeesTheSessionWithItsNotes() {
    open();
    CalibrationService ana = as(Actor.person(ANA)).calibration();
    ana.addNote(ID, "all three rated high");
    assertThat(ana.session(ID).notes()).extracting(n -> n.text()).containsExactly("all three rated high");
    assertThat(as(HR).calibration().session(ID).notes()).isEmpty();
  }

  @Test
  void onlyAPersonCalibrates() {
    open();
    Actor bot = Actor.system("bot", EnumSet.of(Action.CALIBRATE, Action.VIEW_CALIBRATION));
    int before = delivered.size();
    assertThatThrownBy(() -> as(bot).calibration().adjust(ID, EmployeeId.of("w0"), 0, "bot says so"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("actor was 'system:bot': must be a person to calibrate");
    assertThat(as(HR).calibration().session(ID).adjustments()).isEmpty();
    assertThat(delivered).hasSize(before);
  }

  @Test
  void aMoveForSomeoneNotInTheSessionIsRefusedAndAnUnknownSessionNamed() {
    open();
    CalibrationService ana = as(Actor.person(ANA)).calibration();
    SuggestedMove move = ana.suggestMoves(ID, Guideline.percent(5, 34, 33, 33)).moves().get(0);
    ana.adjust(ID, move.rating().employee(), move.toLevel(), "by hand");
    assertThatThrownBy(() -> ana.apply(ID, move))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be the current level " + move.toLevel() + " of " + move.rating().employee());
    assertThatThrownBy(() -> ana.close(CalibrationSessionId.of("nope")))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessageContaining("session was nope: must name a calibration session of the tenant");
    assertThat(store.forTenant(ACME).calibrationSessions().find(ID).orElseThrow().value().adjustments()).hasSize(1);
  }
}
