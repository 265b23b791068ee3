package dev.pillars.core.oneonone;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.LocalDate;

/**
 * An action agreed in a 1:1: what, who does it, by when, and whether it is done. Open actions are
 * carried over to the next 1:1.
 *
 * @param text what is to be done, not blank
 * @param owner who does it, the manager or the report
 * @param due when it is due
 * @param done whether it is done
 */
public record ActionItem(String text, EmployeeId owner, LocalDate due, boolean done) {
  /**
   * Creates an action.
   *
   * @param text what is to be done, not blank
   * @param owner who does it
   * @param due when it is due
   * @param done whether it is done
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if the text is blank
   */
  public ActionItem {
    Checks.notNull("text", text);
    Checks.notNull("owner", owner);
    Checks.notNull("due", due);
    Checks.notBlank("text", text);
  }

  /**
   * Returns an open action.
   *
   * @param text what is to be done
   * @param owner who does it
   * @param due when it is due
   * @return the action
   */
  public static ActionItem open(String text, EmployeeId owner, LocalDate due) {
    return new ActionItem(text, owner, due, false);
  }
}
