package dev.pillars.engine.whatif;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Candidate;
import dev.pillars.engine.internal.Sandbox;
import dev.pillars.engine.score.ScoreChange;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A set of candidate changes to try against a copy of the tenant, immutable: each method returns
 * a new {@code WhatIf} with one more change. {@link #run()} scores the copy with and without them
 * and returns the goals whose score would change.
 *
 * <pre>{@code
 * List<ScoreChange> changes = session.whatIf()
 *     .measure(KpiId.of("defect-rate"), LocalDate.of(2026, 3, 2), 1.8)
 *     .checkIn(GoalId.of("ben-checklist"), 0.9)
 *     .run();
 * }</pre>
 *
 * <p>Each change needs the right it would need for real (recording measurements, checking in,
 * aligning), and the actor must be allowed to see every score that changes; otherwise {@link
 * #run()} throws {@link dev.pillars.engine.access.AccessDeniedException}. A change that breaks a
 * domain rule (a check-in on a closed goal, a link that closes a cycle) fails as it would for
 * real. Nothing is ever written and no event is delivered.
 */
public final class WhatIf {
  private final Call call;
  private final List<Candidate> candidates;
  private final Optional<AggregationStrategy> rollUp;

  /**
   * Creates an empty what-if for one call context; hosts get it from {@code Session.whatIf()}.
   *
   * @param call the call context
   */
  public WhatIf(Call call) {
    this(requireNonNull(call, "call"), List.of(), Optional.empty());
  }

  private WhatIf(Call call, List<Candidate> candidates, Optional<AggregationStrategy> rollUp) {
    this.call = call;
    this.candidates = candidates;
    this.rollUp = rollUp;
  }

  private WhatIf with(Candidate candidate) {
    List<Candidate> next = new ArrayList<>(candidates);
    next.add(candidate);
    return new WhatIf(call, List.copyOf(next), rollUp);
  }

  /**
   * Adds a KPI value for a day: recorded, or a correction where the day has a value.
   *
   * @param kpi the KPI
   * @param day the observation date
   * @param value the value, finite
   * @return a what-if with the change added
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the value is not finite
   */
  public WhatIf measure(KpiId kpi, LocalDate day, double value) {
    Checks.finite("value", value);
    return with(new Candidate.Measure(requireNonNull(kpi, "kpi"), requireNonNull(day, "day"), value));
  }

  /**
   * Adds a check-in with a progress (a goal with a manual measure takes it as its progress).
   *
   * @param goal the goal
   * @param progress the progress, from 0 to 1
   * @return a what-if with the change added
   * @throws NullPointerException if {@code goal} is null
   * @throws dev.pillars.core.InvalidInputException if the progress is out of range
   */
  public WhatIf checkIn(GoalId goal, double progress) {
    Checks.inRange("progress", progress, 0.0, 1.0);
    return with(new Candidate.CheckIn(requireNonNull(goal, "goal"), progress));
  }

  /**
   * Adds a new alignment link.
   *
   * @param child the contributing goal
   * @param parent the goal it contributes to
   * @param weight the weight, positive and finite
   * @return a what-if with the change added
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the weight is not positive and finite
   */
  public WhatIf align(GoalId child, GoalId parent, double weight) {
    return with(new Candidate.Link(AlignmentLink.of(child, parent, weight)));
  }

  /**
   * Removes an alignment link.
   *
   * @param child the contributing goal
   * @param parent the goal it contributes to
   * @return a what-if with the change added
   * @throws NullPointerException if an argument is null
   */
  public WhatIf unalign(GoalId child, GoalId parent) {
    return with(new Candidate.Unlink(requireNonNull(child, "child"), requireNonNull(parent, "parent")));
  }

  /**
   * Scores the copy with another roll-up strategy, such as a custom one from a registry.
   *
   * @param strategy the strategy
   * @return a what-if that uses it
   * @throws NullPointerException if {@code strategy} is null
   */
  public WhatIf rollUp(AggregationStrategy strategy) {
    return new WhatIf(call, candidates, Optional.of(requireNonNull(strategy, "strategy")));
  }

  /**
   * Scores the tenant as it is and with the changes, and returns the goals whose score differs.
   *
   * @return the changed scores, old and new with receipts, in the order of the goals' ids
   * @throws dev.pillars.engine.access.AccessDeniedException if a change needs a right the actor
   *     lacks, or a changed score is one the actor may not see
   * @throws dev.pillars.core.InvalidInputException if a change breaks a domain rule
   */
  public List<ScoreChange> run() {
    return Sandbox.run(call, candidates, rollUp);
  }

  @Override
  public String toString() {
    return "WhatIf" + candidates + rollUp.map(r -> " with " + r.config()).orElse("");
  }
}
