package dev.pillars.core.recognition;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A recognition was given.
 *
 * @param recognition the recognition as given
 * @param occurredAt when it was given
 */
public record RecognitionGiven(Recognition recognition, Instant occurredAt) implements RecognitionEvent {
  /**
   * Creates the event.
   *
   * @param recognition the recognition as given
   * @param occurredAt when it was given
   * @throws NullPointerException if a part is null
   */
  public RecognitionGiven {
    Checks.notNull("recognition", recognition);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public RecognitionId recognitionId() {
    return recognition.id();
  }
}
