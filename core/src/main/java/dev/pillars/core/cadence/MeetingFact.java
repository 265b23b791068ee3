package dev.pillars.core.cadence;

import dev.pillars.core.Checks;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.org.EmployeeId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What cadence analytics reads of one 1:1 that took place: the manager, the report and the day.
 *
 * @param manager the manager
 * @param report the report
 * @param on the day it took place
 */
public record MeetingFact(EmployeeId manager, EmployeeId report, LocalDate on) {
  /**
   * Creates a fact.
   *
   * @param manager the manager
   * @param report the report
   * @param on the day it took place
   * @throws NullPointerException if a part is null
   */
  public MeetingFact {
    Checks.notNull("manager", manager);
    Checks.notNull("report", report);
    Checks.notNull("on", on);
  }

  /**
   * Returns the fact of a 1:1, if it was held.
   *
   * @param meeting the 1:1
   * @return the fact; empty if it has not taken place
   */
  public static Optional<MeetingFact> of(OneOnOne meeting) {
    Checks.notNull("meeting", meeting);
    return meeting.held() ? Optional.of(new MeetingFact(meeting.manager(), meeting.report(), meeting.date())) : Optional.empty();
  }
}
