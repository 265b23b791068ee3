package dev.pillars.core.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;

/**
 * A note a calibrator wrote in a session; only the session's calibrators may read it.
 *
 * @param author the calibrator who wrote it
 * @param at when
 * @param text the note, not blank
 */
public record CalibrationNote(EmployeeId author, Instant at, String text) {
  /**
   * Creates a note.
   *
   * @param author the calibrator who wrote it
   * @param at when
   * @param text the note, not blank
   * @throws dev.pillars.core.InvalidInputException if the text is blank
   */
  public CalibrationNote {
    Checks.notNull("author", author);
    Checks.notNull("at", at);
    Checks.notBlank("text", text);
  }
}
