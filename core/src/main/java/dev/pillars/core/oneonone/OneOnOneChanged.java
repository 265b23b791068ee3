package dev.pillars.core.oneonone;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;

/**
 * A 1:1 changed: an agenda item, a note or an action was added, an action completed, or the
 * meeting held. The event says what and by whom, never a note's text.
 *
 * @param oneOnOneId the 1:1
 * @param change what changed
 * @param by who changed it
 * @param occurredAt when
 */
public record OneOnOneChanged(OneOnOneId oneOnOneId, Kind change, EmployeeId by, Instant occurredAt) implements OneOnOneEvent {
  /** What changed in a 1:1. */
  public enum Kind {
    /** An agenda item was added. */
    AGENDA_ITEM_ADDED,
    /** A note was added. */
    NOTE_ADDED,
    /** An action was agreed. */
    ACTION_AGREED,
    /** An action was completed. */
    ACTION_COMPLETED,
    /** The meeting was held. */
    HELD
  }

  /**
   * Creates the event.
   *
   * @param oneOnOneId the 1:1
   * @param change what changed
   * @param by who changed it
   * @param occurredAt when
   * @throws NullPointerException if a part is null
   */
  public OneOnOneChanged {
    Checks.notNull("oneOnOneId", oneOnOneId);
    Checks.notNull("change", change);
    Checks.notNull("by", by);
    Checks.notNull("occurredAt", occurredAt);
  }
}
