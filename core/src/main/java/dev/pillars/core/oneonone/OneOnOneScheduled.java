package dev.pillars.core.oneonone;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A 1:1 was scheduled, possibly with actions carried over from the previous one.
 *
 * @param oneOnOneId the 1:1
 * @param manager the manager
 * @param report the report
 * @param date its date
 * @param carriedOver how many open actions it carries over
 * @param occurredAt when it was scheduled
 */
public record OneOnOneScheduled(
    OneOnOneId oneOnOneId, EmployeeId manager, EmployeeId report, LocalDate date, int carriedOver, Instant occurredAt)
    implements OneOnOneEvent {
  /**
   * Creates the event.
   *
   * @param oneOnOneId the 1:1
   * @param manager the manager
   * @param report the report
   * @param date its date
   * @param carriedOver how many open actions it carries over, at least 0
   * @param occurredAt when it was scheduled
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code carriedOver} is negative
   */
  public OneOnOneScheduled {
    Checks.notNull("oneOnOneId", oneOnOneId);
    Checks.notNull("manager", manager);
    Checks.notNull("report", report);
    Checks.notNull("date", date);
    Checks.notNull("occurredAt", occurredAt);
    Checks.inRange("carriedOver", carriedOver, 0, Integer.MAX_VALUE);
  }
}
