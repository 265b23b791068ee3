package dev.pillars.engine.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and change a calibration session: its calibrators may read it and its notes and
 * calibrate; anyone else needs an HR grant for the action (see the standard policy's grants), and
 * nobody but a calibrator reads the notes, whatever their grants.
 */
final class CalibrationRules {
  private static final Set<Action> CALIBRATORS =
      EnumSet.of(Action.VIEW_CALIBRATION, Action.VIEW_CALIBRATION_NOTES, Action.CALIBRATE);

  private CalibrationRules() {}

  /** Returns the rule's decision, or empty to leave it to the other rules and the grants. */
  static Optional<AccessDecision> decide(Actor.Person person, Action action, Resource resource) {
    if (!(resource instanceof Resource.OfCalibrationSession session) || !CALIBRATORS.contains(action)) {
      return Optional.empty();
    }
    if (session.calibrators().contains(person.employee())) {
      return Optional.of(AccessDecision.allow("a calibrator of the session may " + action));
    }
    if (action == Action.VIEW_CALIBRATION_NOTES) {
      return Optional.of(AccessDecision.deny("calibration notes are visible only to the session's calibrators"));
    }
    return Optional.empty();
  }
}
