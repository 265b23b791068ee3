package dev.pillars.core.review;

import dev.pillars.core.Checks;
import java.time.Instant;
/**
 * A review template was defined.
 *
 * @param template the template
 * @param name its name
 * @param occurredAt when it happened
 */
public record TemplateDefined(ReviewTemplateId template, String name, Instant occurredAt) implements ReviewEvent {
  /**
   * Creates the event.
   *
 * @param template the template
 * @param name its name
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public TemplateDefined {
    Checks.notNull("template", template);
    Checks.notNull("name", name);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public String aggregateId() {
    return template.value();
  }
}
