package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.calibration.CalibrationNoteAdded;
import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionClosed;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.calibration.CalibrationSessionOpened;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.calibration.RatingAdjusted;
import dev.pillars.core.ninebox.NineBoxGrid;
import dev.pillars.core.ninebox.Placement;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.calibration.CalibrationService;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.scoring.calibration.Guideline;
import dev.pillars.scoring.calibration.MovePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A calibration session through the engine: moves with reasons, notes, access and events. */
class CalibrationServiceTest extends EngineTestBase {
  private static final CalibrationSessionId ID = CalibrationSessionId.of("2026-h1-plant");
  private static final RatingScale SCALE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5"));
  private static final Guideline GUIDELINE = Guideline.percent(5, 10, 20, 40, 20, 10);

  /** Ten people rated by ben, lenient: six at 4 or 5. */
  private static List<ProposedRating> ratings() {
    int[] levels = {0, 2, 2, 3, 3, 3, 4, 4, 4, 4};
    List<ProposedRating> out = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      out.add(new ProposedRating(EmployeeId.of("w" + i), BEN, levels[i], OrgUnitId.of("plant-north"), "G1"));
    }
    return out;
  }

  private CalibrationService calibration(Actor actor) {
    return as(actor).calibration();
  }

  private void open() {
    calibration(HR).open(ID, ReviewCycleId.of("2026-h1"), Population.cycle(), SCALE, Set.of(ANA), ratings());
  }

  @Test
  void aCalibratorAppliesTheSuggestedMovesWithTheirReasonsAndKeepsNotes() {
    open();
    CalibrationService ana = calibration(Actor.person(ANA));
    MovePlan plan = ana.suggestMoves(ID, GUIDELINE);
    assertThat(plan.before().withinTolerance()).isFalse();
    assertThat(plan.moves()).isNotEmpty();
    plan.moves().forEach(move -> ana.apply(ID, move));
    ana.addNote(ID, "ben rates generously; agreed with his director");
    CalibrationSession session = ana.close(ID);

    assertThat(ana.distribution(ID, GUIDELINE).withinTolerance()).isTrue();
    assertThat(session.adjustments()).hasSize(plan.moves().size());
    assertThat(session.adjustments()).allSatisfy(a -> {
      assertThat(a.actor()).isEqualTo(ANA);
      assertThat(a.reason()).contains("level '");
    });
    assertThat(ana.notes(ID)).hasSize(1);
    List<Class<?>> kinds = delivered.stream().map(PublishedEvent::event).<Class<?>>map(Object::getClass).toList();
    assertThat(kinds).startsWith(CalibrationSessionOpened.class, RatingAdjusted.class)
        .endsWith(CalibrationNoteAdded.class, CalibrationSessionClosed.class)
        .hasSize(3 + plan.moves().size());
  }

  @Test
  void notesAreForCalibratorsOnlyAndOthersNeedAGrant() {
    open();
    calibration(Actor.person(ANA)).addNote(ID, "confidential");
    CalibrationSession seenByHr = calibration(HR).session(ID);
    assertThat(seenByHr.notes()).isEmpty();
    assertThat(seenByHr.proposed()).hasSize(10);
    assertThatThrownBy(() -> calibration(HR).notes(ID)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("only to the session's calibrators");
    assertThatThrownBy(() -> calibration(Actor.person(BEN)).session(ID)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> calibration(Actor.person(CLEO)).open(CalibrationSessionId.of("other"),
        ReviewCycleId.of("2026-h1"), Population.cycle(), SCALE, Set.of(CLEO), ratings()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> calibration(Actor.person(BEN)).adjust(ID, EmployeeId.of("w0"), 1, "mine"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aStaleOrBadMoveChangesNothing() {
    open();
    CalibrationService ana = calibration(Actor.person(ANA));
    MovePlan plan = ana.suggestMoves(ID, GUIDELINE);
    var move = plan.moves().get(0);
    ana.adjust(ID, move.rating().employee(), move.toLevel(), "done by hand first");
    CalibrationSession before = ana.session(ID);
    assertThatThrownBy(() -> ana.apply(ID, move)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("move.rating.level");
    assertThatThrownBy(() -> ana.adjust(ID, EmployeeId.of("w0"), 9, "off the scale"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("toLevel");
    assertThatThrownBy(() -> ana.adjust(ID, EmployeeId.of("w0"), 1, " "))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> ana.session(CalibrationSessionId.of("nope"))).isInstanceOf(UnknownReferenceException.class);
    assertThatThrownBy(() -> ana.adjust(ID, null, 1, "x")).isInstanceOf(NullPointerException.class).hasMessage("employee");
    assertThat(ana.session(ID)).isEqualTo(before);
  }

  @Test
  void theNineBoxPlacesPeopleByCurrentLevelAndPotential() {
    open();
    CalibrationService ana = calibration(Actor.person(ANA));
    ana.adjust(ID, EmployeeId.of("w9"), 2, "calibrated");
    List<Placement> placed = ana.nineBox(ID, NineBoxGrid.standard(),
        Map.of(EmployeeId.of("w9"), 4.5, EmployeeId.of("w0"), 1.0));
    assertThat(placed).extracting(p -> p.box().label()).containsExactly("risk", "future star");
  }
}
