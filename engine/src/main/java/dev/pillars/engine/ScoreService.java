package dev.pillars.engine;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.engine.internal.Resources;
import dev.pillars.engine.internal.Call;
import dev.pillars.persistence.spi.Versioned;
import java.util.Optional;

/**
 * Reads the scores the engine keeps current. A tenant's scores are loaded from the store once, on
 * first use, and then updated incrementally as check-ins, milestones and measurements commit
 * through the engine, and rebuilt when the alignment graph or a goal's status or weight changes.
 */
public final class ScoreService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.scores()}.
   *
   * @param call the call context
   */
  public ScoreService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Returns a goal's current score with its receipt.
   *
   * @param goal the goal
   * @return the score, or empty if the goal has none yet (no progress, no measurement, no child
   *     with a score)
   * @throws NullPointerException if {@code goal} is null
   * @throws UnknownReferenceException if the tenant has no such goal
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see its score
   */
  public Optional<GoalScore> of(GoalId goal) {
    requireNonNull(goal, "goal");
    call.read(scope -> {
      Goal found = scope.repositories().goals().find(goal).map(Versioned::value)
          .orElseThrow(() -> Resources.unknownGoal(goal));
      scope.require(Action.VIEW_SCORE, Resources.ofGoal(found));
      return found;
    });
    return call.score(goal);
  }
}
