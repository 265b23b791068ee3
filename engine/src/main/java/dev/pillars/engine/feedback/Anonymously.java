package dev.pillars.engine.feedback;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.internal.Call;
import java.util.function.Supplier;

/**
 * Runs the writes of anonymous givers so that their failures do not name them: an {@link
 * InvalidInputException} whose value or rule names the giver is thrown again with "the caller" in
 * their place (a host logs exceptions). Access denials name the actor as every denial does: they
 * happen before anything is given, so there is no answer to tie them to.
 */
final class Anonymously {
  /** What stands for the giver in a failure's message. */
  static final String CALLER = "the caller";

  private Anonymously() {}

  /** Returns the actor as a person, or fails without naming anyone. */
  static EmployeeId person(Call call, String what) {
    if (call.actor() instanceof Actor.Person person) {
      return person.employee();
    }
    throw new InvalidInputException("actor", "a system actor", "must be a person to " + what);
  }

  /** Runs a write of the giver, scrubbing the giver's id out of its input failures. */
  static <R> R run(EmployeeId giver, Supplier<R> write) {
    try {
      return write.get();
    } catch (InvalidInputException e) {
      String id = giver.value();
      if (e.getMessage().contains(id)) {
        throw new InvalidInputException(e.field(), scrub(e.value(), id), scrub(e.rule(), id));
      }
      throw e;
    }
  }

  private static String scrub(String text, String id) {
    return text.replace(id, CALLER);
  }
}
