package dev.pillars.examples;

import dev.pillars.core.TenantId;
import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.ninebox.NineBoxGrid;
import dev.pillars.core.ninebox.NineBoxMove;
import dev.pillars.core.ninebox.Placement;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.HrGrant;
import dev.pillars.engine.calibration.CalibrationService;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.scoring.calibration.Calibrator;
import dev.pillars.scoring.calibration.Distribution;
import dev.pillars.scoring.calibration.Guideline;
import dev.pillars.scoring.calibration.MovePlan;
import dev.pillars.scoring.calibration.RaterProfile;
import dev.pillars.scoring.calibration.SuggestedMove;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calibration of Acme Precision Parts' half-year ratings: the review cycle's proposed ratings (the
 * submitted manager reviews of {@link ReviewChapter}'s cycle, read through the engine) against a
 * 10/20/40/20/10 guideline, each manager's rater effects with the group they rest on, the fewest
 * moves applied by a calibrator with their reasons, the final distribution, and the 9-box with the
 * movement since the previous cycle. The organisation and the review cycle must be in the store
 * (the manufacturing example writes them first).
 */
final class CalibrationChapter {
  static final RatingScale SCALE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0),
      List.of("unsatisfactory", "developing", "solid", "exceeds", "outstanding"));
  static final Guideline GUIDELINE = Guideline.percent(10, 10, 20, 40, 20, 10);
  static final CalibrationSessionId SESSION = CalibrationSessionId.of("2026-h1-all");

  /** Potential, 1 to 5, as the calibrators judged it in the previous and this cycle. */
  private static final Map<String, double[]> POTENTIAL = potential();

  private CalibrationChapter() {}

  private static Map<String, double[]> potential() {
    Map<String, double[]> out = new LinkedHashMap<>();
    String[] people = {"tom", "ana", "ben", "chen", "dana", "eli", "farah", "gus", "hana", "ivan", "kofi", "lena", "marco"};
    double[][] values = {{3, 3}, {4, 4}, {3, 3}, {4, 5}, {2, 3}, {3, 3}, {4, 4}, {2, 2}, {3, 4}, {2, 2}, {3, 3}, {3, 4}, {4, 4}};
    double[] lastPerformance = {4, 4, 3, 4, 3, 3, 3, 3, 3, 2, 3, 2, 4};
    for (int i = 0; i < people.length; i++) {
      out.put(people[i], new double[] {values[i][0], values[i][1], lastPerformance[i]});
    }
    return out;
  }

  /**
   * Returns the review cycle's proposed ratings, read through the engine by HR, as calibration reads
   * them: the manager who rated, the level on the scale, the person's unit and grade.
   */
  static List<ProposedRating> fromReviewCycle(Pillars pillars, TenantId tenant, Actor hr) {
    Map<EmployeeId, Employee> people = new LinkedHashMap<>();
    AcmeFirm.organisation().employees().forEach(e -> people.put(e.id(), e));
    List<ProposedRating> out = new ArrayList<>();
    for (dev.pillars.core.review.ProposedRating p : pillars.tenant(tenant).as(hr).reviews().proposedRatings(ReviewChapter.CYCLE)) {
      Employee e = people.get(p.subject());
      int level = SCALE.levels().indexOf(SCALE.levels().stream().filter(l -> l.value() == p.rating()).findFirst().orElseThrow());
      out.add(new ProposedRating(p.subject(), p.rater(), level, e.unit(), e.grade()));
    }
    return out;
  }

  static void run(PrintStream out, PillarsStore store, TenantId tenant) {
    Pillars pillars = Pillars.builder().store(store).clock(AcmeFirm.CLOCK).build();
    Actor hr = Actor.hr(EmployeeId.of("maria"),
        List.of(HrGrant.tenantWide("HR", EnumSet.of(Action.OPEN_CALIBRATION, Action.VIEW_CALIBRATION, Action.MANAGE_REVIEW_CYCLE))));
    Actor tom = Actor.person(EmployeeId.of("tom"));
    String title = "Calibration of the 2026 half-year ratings";
    out.println();
    out.println(title);
    out.println("=".repeat(title.length()));

    List<ProposedRating> ratings = fromReviewCycle(pillars, tenant, hr);
    out.println("Read from review cycle " + ReviewChapter.CYCLE + ": " + ratings.size() + " proposed ratings of submitted manager reviews");
    pillars.tenant(tenant).as(hr).calibration().open(SESSION, ReviewCycleId.of("2026-h1"), Population.cycle(), SCALE,
        Set.of(EmployeeId.of("tom"), EmployeeId.of("maria")), ratings);
    CalibrationService calibration = pillars.tenant(tenant).as(tom).calibration();
    out.println("Proposed: " + calibration.distribution(SESSION, GUIDELINE));

    Calibrator calibrator = Calibrator.of(SCALE, GUIDELINE);
    out.println("Rater effects (difference of mean rating, 95 % interval, group size):");
    for (RaterProfile p : calibrator.raterEffects(calibrator.input(ratings))) {
      out.printf("  %-6s %s%s%n", p.rater(), p.leniency(),
          p.effects().isEmpty() ? "  no effect beyond noise" : "  " + p.effects());
    }

    MovePlan plan = calibration.suggestMoves(SESSION, GUIDELINE);
    out.println("Suggested moves, fewest that meet the guideline: " + plan.moves().size());
    for (SuggestedMove move : plan.moves()) {
      calibration.apply(SESSION, move);
      out.printf("  %-6s %s -> %s: %s%n", move.rating().employee(), SCALE.labels().get(move.rating().level()),
          SCALE.labels().get(move.toLevel()), move.reason());
    }
    calibration.addNote(SESSION, "Chen's team had an exceptional half; revisit his rating after the audit");
    CalibrationSession closed = calibration.close(SESSION);
    Distribution after = calibration.distribution(SESSION, GUIDELINE);
    out.println("Final: " + after);
    out.printf("Session %s closed by tom with %d adjustments and %d note (visible to its %d calibrators only)%n",
        closed.id(), closed.adjustments().size(), closed.notes().size(), closed.calibrators().size());

    NineBoxGrid grid = NineBoxGrid.standard();
    Map<EmployeeId, Double> now = new LinkedHashMap<>();
    List<Placement> before = new ArrayList<>();
    Set<String> calibrated = new java.util.HashSet<>();
    ratings.forEach(r -> calibrated.add(r.employee().value()));
    POTENTIAL.forEach((who, p) -> {
      if (!calibrated.contains(who)) {
        return;
      }
      now.put(EmployeeId.of(who), p[1]);
      before.add(grid.place(EmployeeId.of(who), p[2], p[0]));
    });
    List<Placement> placed = calibration.nineBox(SESSION, grid, now);
    out.println("9-box (performance x potential) and movement since 2025-h2:");
    for (NineBoxMove move : NineBoxMove.between(before, placed)) {
      String to = move.to().orElseThrow().label();
      out.printf("  %-6s %-22s %s%n", move.employee(), to,
          move.moved() ? "from " + move.from().map(b -> b.label()).orElse("not placed") : "stayed");
    }
  }
}
