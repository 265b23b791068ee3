package dev.pillars.engine.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.feedback.ThreeSixtyResults;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.Set;

/**
 * The 360 workflows of one tenant, for one actor: open a round about a person, answer it as one of
 * its raters, and read its results per rater group under the anonymity rule, and who has answered.
 *
 * <p>An answer is written as the package documentation says for anonymous givers: its event
 * ({@link dev.pillars.core.feedback.ThreeSixtyResponseRecorded}) names neither the rater nor the
 * group and is published without the actor, and a refused answer does not name the rater. Results
 * are computed by {@link ThreeSixtyRound#results}: nothing before the round closes, then each group
 * with at least {@code k} answers, a second group suppressed where the total would give a smaller
 * one away.
 */
public final class ThreeSixtyService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.threeSixty()}.
   *
   * @param call the call context
   */
  public ThreeSixtyService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Opens a 360 round.
   *
   * @param round the new round, without answers, closing today or later, whose subject and raters
   *     are employees of the tenant
   * @return the round as stored
   * @throws NullPointerException if {@code round} is null
   * @throws dev.pillars.core.InvalidInputException if a rule above is broken
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not open rounds about
   *     the subject
   */
  public ThreeSixtyRound open(ThreeSixtyRound round) {
    requireNonNull(round, "round");
    return call.write("open 360 round", work -> {
      work.require(Action.OPEN_THREE_SIXTY, subject(round));
      FeedbackService.Lookups.requireEmployee(work.repositories(), "subject", round.subject());
      round.raters().values().forEach(group -> group.forEach(
          rater -> FeedbackService.Lookups.requireEmployee(work.repositories(), "raters", rater)));
      Change<ThreeSixtyRound> change = ThreeSixtyRound.open(round, call.clock());
      work.repositories().threeSixtyRounds().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, key(round.id()));
    });
  }

  /**
   * Answers a round as the actor, one of its raters.
   *
   * @param id the round
   * @param answers one answer per question, each a value of its scale
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such round
   * @throws dev.pillars.core.InvalidInputException if the actor is not a rater of the round or has
   *     answered, the round has closed, or an answer is off its scale (naming "the caller")
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not answer rounds
   */
  public void respond(ThreeSixtyRoundId id, java.util.List<Double> answers) {
    requireNonNull(id, "id");
    requireNonNull(answers, "answers");
    EmployeeId self = Anonymously.person(call, "answer a 360 round");
    Anonymously.run(self, () -> call.write("answer 360 round", work -> {
      work.require(Action.RESPOND_THREE_SIXTY, Resource.ofEmployee("360 round " + id.value(), self));
      Versioned<ThreeSixtyRound> stored = work.repositories().threeSixtyRounds().find(id).orElseThrow(() -> unknown(id));
      Change<ThreeSixtyRound> change = stored.value().respond(self, answers, call.clock());
      work.repositories().threeSixtyRounds().update(change.value(), stored.version());
      return Outcome.anonymous(Boolean.TRUE, change, key(id));
    }));
  }

  /**
   * Returns a round's results as they may be read today.
   *
   * @param id the round
   * @return the results: every group suppressed until the round closes
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such round
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read the subject's
   *     360 results
   */
  public ThreeSixtyResults results(ThreeSixtyRoundId id) {
    return read(id).results(LocalDate.now(call.clock()));
  }

  /**
   * Returns who has answered a round so far: the status per rater, which says nothing of what they
   * answered.
   *
   * @param id the round
   * @return the raters who have answered
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such round
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read the subject's
   *     360 rounds
   */
  public Set<EmployeeId> answered(ThreeSixtyRoundId id) {
    return read(id).answered();
  }

  private ThreeSixtyRound read(ThreeSixtyRoundId id) {
    requireNonNull(id, "id");
    return call.read(scope -> {
      ThreeSixtyRound round = scope.repositories().threeSixtyRounds().find(id).map(Versioned::value).orElseThrow(() -> unknown(id));
      scope.require(Action.VIEW_THREE_SIXTY, subject(round));
      return round;
    });
  }

  private static Resource subject(ThreeSixtyRound round) {
    return Resource.ofEmployee("360 round " + round.id().value(), round.subject());
  }

  private static UnknownReferenceException unknown(ThreeSixtyRoundId id) {
    return new UnknownReferenceException("round", id, "must name a 360 round of the tenant");
  }

  private static String key(ThreeSixtyRoundId id) {
    return "360-round:" + id.value();
  }
}
