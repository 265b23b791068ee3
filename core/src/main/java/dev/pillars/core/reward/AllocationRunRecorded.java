package dev.pillars.core.reward;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.money.Money;
import java.time.Instant;

/**
 * A merit round or bonus pool was shared out and kept. The event carries the totals only: each
 * person's amount is pay data, read through the engine's access rules.
 *
 * @param run the run's id
 * @param name the run's name
 * @param budget the budget shared out
 * @param people how many people the run covers
 * @param outcome whether the budget fitted the ranges
 * @param occurredAt when
 */
public record AllocationRunRecorded(
    AllocationRunId run, String name, Money budget, int people, RangeOutcome outcome, Instant occurredAt)
    implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param run the run's id
   * @param name the run's name
   * @param budget the budget
   * @param people how many people
   * @param outcome the outcome
   * @param occurredAt when
   * @throws NullPointerException if an argument is null
   */
  public AllocationRunRecorded {
    requireNonNull(run, "run");
    requireNonNull(name, "name");
    requireNonNull(budget, "budget");
    requireNonNull(outcome, "outcome");
    requireNonNull(occurredAt, "occurredAt");
  }

  /**
   * Returns the change that records a run, with its event.
   *
   * @param run the run
   * @param clock the clock that dates the event
   * @return the change
   */
  public static dev.pillars.core.event.Change<AllocationRun> of(AllocationRun run, java.time.Clock clock) {
    requireNonNull(run, "run");
    requireNonNull(clock, "clock");
    return dev.pillars.core.event.Change.of(run,
        new AllocationRunRecorded(run.id(), run.name(), run.budget(), run.receipts().size(), run.outcome(), clock.instant()));
  }

  @Override
  public String aggregateId() {
    return run.value();
  }
}
