package dev.pillars.core.coaching;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.development.ActionKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An action the coach and the person agreed in a session, to be carried into the person's plan.
 *
 * @param kind the kind of action
 * @param title what is to be done
 * @param competency the competency it develops, if any
 * @param due when it is due
 */
public record AgreedAction(ActionKind kind, String title, Optional<CompetencyId> competency, LocalDate due) {
  /**
   * Creates an agreed action.
   *
   * @param kind the kind
   * @param title the title, not blank
   * @param competency the competency, if any
   * @param due the due date
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if the title is blank
   */
  public AgreedAction {
    Checks.notNull("kind", kind);
    Checks.notNull("title", title);
    Checks.notNull("competency", competency);
    Checks.notNull("due", due);
    Checks.notBlank("title", title);
  }
}
