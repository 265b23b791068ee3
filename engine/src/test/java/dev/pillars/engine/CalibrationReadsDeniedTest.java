package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.ninebox.NineBoxGrid;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.calibration.CalibrationService;
import dev.pillars.scoring.calibration.Guideline;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A session's distribution, suggested moves and nine-box are read only by whoever may view the
 * session: each read denied to an outsider with the same message as the session itself.
 */
class CalibrationReadsDeniedTest extends EngineTestBase {
  private static final CalibrationSessionId ID = CalibrationSessionId.of("s1");
  private static final RatingScale SCALE = RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("low", "mid", "high"));

  @Test
  void anOutsiderReadsNothingOfASession() {
    List<ProposedRating> proposed = List.of(
        new ProposedRating(EmployeeId.of("w0"), BEN, 2, OrgUnitId.of("plant-north"), "G1"),
        new ProposedRating(EmployeeId.of("w1"), BEN, 0, OrgUnitId.of("plant-north"), "G1"));
    as(HR).calibration().open(ID, ReviewCycleId.of("c"), Population.cycle(), SCALE, Set.of(ANA), proposed);
    CalibrationService cleo = as(Actor.person(CLEO)).calibration();
    Guideline guideline = Guideline.percent(5, 34, 33, 33);

    Throwable session = catchThrowable(() -> cleo.session(ID));
    assertThat(session).isInstanceOf(AccessDeniedException.class);
    String denied = session.getMessage();
    assertThat(denied).startsWith("person:cleo may not VIEW_CALIBRATION calibration session s1: ");
    assertThatThrownBy(() -> cleo.distribution(ID, guideline)).isInstanceOf(AccessDeniedException.class).hasMessage(denied);
    assertThatThrownBy(() -> cleo.suggestMoves(ID, guideline)).isInstanceOf(AccessDeniedException.class).hasMessage(denied);
    assertThatThrownBy(() -> cleo.nineBox(ID, NineBoxGrid.standard(), Map.of()))
        .isInstanceOf(AccessDeniedException.class).hasMessage(denied);
    assertThat(as(Actor.person(ANA)).calibration().nineBox(ID, NineBoxGrid.standard(), Map.of())).isEmpty();
  }
}
