package dev.pillars.engine.calibration;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.calibration.CalibrationNote;
import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.event.Change;
import dev.pillars.core.ninebox.NineBoxGrid;
import dev.pillars.core.ninebox.Placement;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.scoring.calibration.Calibrator;
import dev.pillars.scoring.calibration.Distribution;
import dev.pillars.scoring.calibration.Guideline;
import dev.pillars.scoring.calibration.MovePlan;
import dev.pillars.scoring.calibration.SuggestedMove;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Calibration sessions: open one, read its distribution and suggested moves, apply moves with their
 * reasons, keep notes, close it, and place its people on a 9-box.
 *
 * <p>Access: opening needs {@link Action#OPEN_CALIBRATION} (an HR grant); a session's calibrators
 * may read it ({@link Action#VIEW_CALIBRATION}), its notes ({@link Action#VIEW_CALIBRATION_NOTES})
 * and calibrate it ({@link Action#CALIBRATE}); anyone else needs an HR grant for the action, and
 * nobody else ever reads the notes. Only a person can calibrate: adjustments and notes name their
 * author. Every write runs in one unit of work and delivers its {@link
 * dev.pillars.core.calibration.CalibrationEvent}s after commit.
 */
public final class CalibrationService {
  private final Call call;

  /**
   * Creates the service for one call; hosts obtain it from {@code Session.calibration()}.
   *
   * @param call the call
   */
  public CalibrationService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Opens a session over proposed ratings.
   *
   * @param id the new session's id
   * @param cycle the review cycle calibrated
   * @param population the population covered; every rating must belong to it
   * @param scale the cycle's rating scale
   * @param calibrators who calibrates, at least one
   * @param proposed the proposed ratings, each employee at most once
   * @return the open session
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not open sessions
   * @throws InvalidInputException if a rule of the session is broken
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   */
  public CalibrationSession open(CalibrationSessionId id, ReviewCycleId cycle, Population population, RatingScale scale,
      Set<EmployeeId> calibrators, List<ProposedRating> proposed) {
    requireNonNull(id, "id");
    requireNonNull(cycle, "cycle");
    requireNonNull(population, "population");
    requireNonNull(scale, "scale");
    requireNonNull(calibrators, "calibrators");
    requireNonNull(proposed, "proposed");
    return call.write("open calibration session", work -> {
      work.require(Action.OPEN_CALIBRATION, Resource.ofTenant("calibration of cycle " + cycle));
      Change<CalibrationSession> change =
          CalibrationSession.open(id, cycle, population, scale, calibrators, proposed, call.clock());
      work.repositories().calibrationSessions().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, key(id));
    });
  }

  /**
   * Returns a session. Its notes are there only for a calibrator; for anyone else (HR by grant)
   * the session comes without them.
   *
   * @param id the session
   * @return the session
   * @throws UnknownReferenceException if the tenant has no such session
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see it
   */
  public CalibrationSession session(CalibrationSessionId id) {
    requireNonNull(id, "id");
    return call.read(scope -> {
      CalibrationSession session = load(scope.repositories(), id).value();
      scope.require(Action.VIEW_CALIBRATION, resource(session));
      Actor actor = call.actor();
      boolean calibrator = actor instanceof Actor.Person p && session.isCalibrator(p.employee());
      return calibrator ? session : CalibrationSession.restore(session.id(), session.cycle(), session.population(),
          session.scale(), session.calibrators(), session.proposed(), List.of(), session.adjustments(), session.closed());
    });
  }

  /**
   * Returns a session's notes, which only its calibrators may read.
   *
   * @param id the session
   * @return the notes, in the order written
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor is not a calibrator
   */
  public List<CalibrationNote> notes(CalibrationSessionId id) {
    requireNonNull(id, "id");
    return call.read(scope -> {
      CalibrationSession session = load(scope.repositories(), id).value();
      scope.require(Action.VIEW_CALIBRATION_NOTES, resource(session));
      return session.notes();
    });
  }

  /**
   * Returns the distribution of a session's current ratings against a guideline.
   *
   * @param id the session
   * @param guideline the guideline, one share per level of the session's scale
   * @return the distribution over the session's population
   */
  public Distribution distribution(CalibrationSessionId id, Guideline guideline) {
    requireNonNull(guideline, "guideline");
    return viewed(id, session -> {
      Calibrator calibrator = Calibrator.of(session.scale(), guideline);
      return calibrator.distribution(calibrator.input(session.ratings()), session.population());
    });
  }

  /**
   * Returns the fewest moves that bring a session's current ratings within the guideline's
   * tolerance, each explained.
   *
   * @param id the session
   * @param guideline the guideline
   * @return the plan
   */
  public MovePlan suggestMoves(CalibrationSessionId id, Guideline guideline) {
    requireNonNull(guideline, "guideline");
    return viewed(id, session -> {
      Calibrator calibrator = Calibrator.of(session.scale(), guideline);
      return calibrator.suggestMoves(calibrator.input(session.ratings()), session.population());
    });
  }

  /**
   * Places a session's people on a 9-box: performance is the value of each person's current level,
   * potential comes from the host. People without a potential are left off the grid.
   *
   * @param id the session
   * @param grid the box definitions
   * @param potential each person's potential
   * @return the placements, by employee id
   */
  public List<Placement> nineBox(CalibrationSessionId id, NineBoxGrid grid, Map<EmployeeId, Double> potential) {
    requireNonNull(grid, "grid");
    requireNonNull(potential, "potential");
    return viewed(id, session -> {
      List<Placement> out = new ArrayList<>();
      for (ProposedRating r : session.ratings()) {
        Double p = potential.get(r.employee());
        if (p != null) {
          out.add(grid.place(r.employee(), session.scale().levels().get(r.level()).value(), p));
        }
      }
      return List.copyOf(out);
    });
  }

  /**
   * Applies a suggested move, with its explanation as the reason.
   *
   * @param id the session
   * @param move the move, which must start from the person's current level
   * @return the session with the adjustment
   * @throws InvalidInputException if the person's level changed since the move was suggested, or
   *     the session's rules reject it
   */
  public CalibrationSession apply(CalibrationSessionId id, SuggestedMove move) {
    requireNonNull(move, "move");
    return calibrate("apply suggested move", id, (session, actor) -> {
      int current = session.level(move.rating().employee()).orElse(-1);
      Checks.require(current == move.rating().level(), "move.rating.level", move.rating().level(),
          "must be the current level " + current + " of " + move.rating().employee() + "; suggest moves again");
      return session.adjust(move.rating().employee(), move.toLevel(), actor, move.reason(), call.clock());
    });
  }

  /**
   * Applies a manual move with a reason.
   *
   * @param id the session
   * @param employee the person
   * @param toLevel the new level index
   * @param reason why, not blank
   * @return the session with the adjustment
   */
  public CalibrationSession adjust(CalibrationSessionId id, EmployeeId employee, int toLevel, String reason) {
    requireNonNull(employee, "employee");
    requireNonNull(reason, "reason");
    return calibrate("adjust rating", id, (session, actor) -> session.adjust(employee, toLevel, actor, reason, call.clock()));
  }

  /**
   * Adds a note that only the session's calibrators may read.
   *
   * @param id the session
   * @param text the note, not blank
   * @return the session with the note
   */
  public CalibrationSession addNote(CalibrationSessionId id, String text) {
    requireNonNull(text, "text");
    return calibrate("add calibration note", id, (session, actor) -> session.addNote(actor, text, call.clock()));
  }

  /**
   * Closes a session: its ratings are final.
   *
   * @param id the session
   * @return the closed session
   */
  public CalibrationSession close(CalibrationSessionId id) {
    return calibrate("close calibration session", id, (session, actor) -> session.close(actor, call.clock()));
  }

  private <R> R viewed(CalibrationSessionId id, Function<CalibrationSession, R> body) {
    requireNonNull(id, "id");
    return call.read(scope -> {
      CalibrationSession session = load(scope.repositories(), id).value();
      scope.require(Action.VIEW_CALIBRATION, resource(session));
      return body.apply(session);
    });
  }

  /** One rule of the session applied by the calling person. */
  private interface Rule {
    Change<CalibrationSession> apply(CalibrationSession session, EmployeeId actor);
  }

  private CalibrationSession calibrate(String operation, CalibrationSessionId id, Rule rule) {
    requireNonNull(id, "id");
    return call.write(operation, work -> {
      Versioned<CalibrationSession> stored = load(work.repositories(), id);
      work.require(Action.CALIBRATE, resource(stored.value()));
      if (!(call.actor() instanceof Actor.Person person)) {
        throw new InvalidInputException("actor", call.actor().name(), "must be a person to calibrate");
      }
      Change<CalibrationSession> change = rule.apply(stored.value(), person.employee());
      work.repositories().calibrationSessions().update(change.value(), stored.version());
      return Outcome.of(change.value(), change, Effect.NONE, key(id));
    });
  }

  private Versioned<CalibrationSession> load(Repositories repositories, CalibrationSessionId id) {
    return repositories.calibrationSessions().find(id).orElseThrow(
        () -> new UnknownReferenceException("session", id, "must name a calibration session of the tenant"));
  }

  private static Resource resource(CalibrationSession session) {
    return Resource.ofCalibrationSession("calibration session " + session.id(), session.calibrators());
  }

  private static String key(CalibrationSessionId id) {
    return "calibration:" + id.value();
  }

  @Override
  public String toString() {
    return "CalibrationService[" + call.tenant().value() + " as " + call.actor().name() + "]";
  }
}
