package dev.pillars.core.reward;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.event.DomainEvent;
import java.time.Instant;

/**
 * A bonus plan was defined.
 *
 * @param plan the plan
 * @param occurredAt when
 */
public record BonusPlanDefined(BonusPlan plan, Instant occurredAt) implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param plan the plan
   * @param occurredAt when
   * @throws NullPointerException if an argument is null
   */
  public BonusPlanDefined {
    requireNonNull(plan, "plan");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return plan.id().value();
  }
}
