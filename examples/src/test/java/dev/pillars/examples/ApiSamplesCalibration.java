package dev.pillars.examples;

import dev.pillars.core.TenantId;
import dev.pillars.core.calibration.Adjustment;
import dev.pillars.core.calibration.CalibrationNote;
import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.ninebox.Box;
import dev.pillars.core.ninebox.NineBoxGrid;
import dev.pillars.core.ninebox.Placement;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.CalibrationSessionRepository;
import dev.pillars.scoring.calibration.CalibrationInput;
import dev.pillars.scoring.calibration.Calibrator;
import dev.pillars.scoring.calibration.CalibrationReport;
import dev.pillars.scoring.calibration.Distribution;
import dev.pillars.scoring.calibration.Guideline;
import dev.pillars.scoring.calibration.MovePlan;
import dev.pillars.scoring.calibration.RaterProfile;
import dev.pillars.scoring.calibration.Statistic;
import dev.pillars.scoring.calibration.SuggestedMove;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Samples of the calibration types for the API sanity tests. */
final class ApiSamplesCalibration {
  private ApiSamplesCalibration() {}

  static void add(ApiSamples s) {
    List<ProposedRating> ratings = AcmeFirm.organisation().employees().stream().filter(e -> e.manager().isPresent())
        .limit(4).map(e -> new ProposedRating(e.id(), e.manager().orElseThrow(), e.id().value().length() % 5, e.unit(), e.grade()))
        .toList();
    s.add(CalibrationSessionId.class, CalibrationSessionId.of("2026-h1-all"));
    s.add(Population.class, Population.cycle());
    s.add(ProposedRating.class, ratings.get(0));
    s.add(CalibrationSession.class, CalibrationSession.open(CalibrationSessionId.of("2026-h1-all"),
        ReviewCycleId.of("2026-h1"), Population.cycle(), CalibrationChapter.SCALE, Set.of(EmployeeId.of("tom")),
        ratings, AcmeFirm.CLOCK).value());
    s.add(NineBoxGrid.class, NineBoxGrid.standard());
    s.add(Guideline.class, CalibrationChapter.GUIDELINE);
    Calibrator calibrator = Calibrator.of(CalibrationChapter.SCALE, CalibrationChapter.GUIDELINE);
    s.add(Calibrator.class, calibrator);
    CalibrationInput input = calibrator.input(ratings);
    s.add(CalibrationInput.class, input);
    s.add(CalibrationInput.Builder.class, CalibrationInput.builder(CalibrationChapter.SCALE, 1));
    MovePlan plan = calibrator.suggestMoves(input, Population.cycle());
    s.add(MovePlan.class, plan);
    s.add(Distribution.class, plan.before());
    s.add(SuggestedMove.class, plan.moves().get(0));
    s.add(Statistic.class, new Statistic(0.5, 0.1, 0.9, 4));
    s.add(RaterProfile.class, calibrator.raterEffects(input).get(0));
    s.add(CalibrationReport.class, calibrator.calibrate(input));
    s.add(Adjustment.class, new Adjustment(EmployeeId.of("dana"), EmployeeId.of("tom"), AcmeFirm.CLOCK.instant(), 3, 2,
        "calibrated against the guideline"));
    s.add(CalibrationNote.class, new CalibrationNote(EmployeeId.of("tom"), AcmeFirm.CLOCK.instant(), "a note"));
    s.add(Box.class, NineBoxGrid.standard().box(3, 3));
    s.add(Placement.class, NineBoxGrid.standard().place(EmployeeId.of("dana"), 3, 3));
    s.add(CalibrationSessionRepository.class,
        MemoryStore.create().forTenant(TenantId.of("acme")).begin().calibrationSessions());
    s.add(dev.pillars.engine.calibration.CalibrationService.class,
        dev.pillars.engine.Pillars.builder().store(MemoryStore.create()).clock(AcmeFirm.CLOCK).build()
            .tenant(TenantId.of("acme")).as(Actor.system("hr", EnumSet.allOf(Action.class))).calibration());
  }
}
