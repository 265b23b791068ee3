package dev.pillars.core.competency;

import dev.pillars.core.Checks;
import dev.pillars.core.event.DomainEvent;
import java.time.Instant;

/**
 * A revision of a competency model was published: its first revision, or a new one beside the old.
 *
 * @param model the revision as published
 * @param occurredAt when it was published
 */
public record CompetencyModelPublished(CompetencyModel model, Instant occurredAt) implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param model the revision as published
   * @param occurredAt when it was published
   * @throws NullPointerException if a part is null
   */
  public CompetencyModelPublished {
    Checks.notNull("model", model);
    Checks.notNull("occurredAt", occurredAt);
  }

  /** Returns the revision's id as text, such as {@code acme-core#2}. */
  @Override
  public String aggregateId() {
    return model.id().toString();
  }
}
