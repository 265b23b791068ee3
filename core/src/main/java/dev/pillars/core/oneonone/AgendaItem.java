package dev.pillars.core.oneonone;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;

/**
 * An item on a 1:1's agenda.
 *
 * @param text what to talk about, not blank
 * @param addedBy who put it on the agenda
 */
public record AgendaItem(String text, EmployeeId addedBy) {
  /**
   * Creates an item.
   *
   * @param text what to talk about, not blank
   * @param addedBy who put it on the agenda
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if the text is blank
   */
  public AgendaItem {
    Checks.notNull("text", text);
    Checks.notNull("addedBy", addedBy);
    Checks.notBlank("text", text);
  }
}
