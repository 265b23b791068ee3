package dev.pillars.engine.recognition;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.Visibility;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may read a recognition: the policy is asked with the action of its visibility about each
 * person it names, giver first; any one that allows it is enough.
 */
final class Readers {
  private Readers() {}

  static Action actionOf(Visibility visibility) {
    return switch (visibility) {
      case PUBLIC -> Action.VIEW_PUBLIC_RECOGNITION;
      case MANAGERS -> Action.VIEW_MANAGERS_RECOGNITION;
      case PRIVATE -> Action.VIEW_PRIVATE_RECOGNITION;
    };
  }

  /** Requires that the actor may read the recognition; throws the giver's denial if nobody allows it. */
  static void require(Call.Scope scope, Recognition recognition) {
    Action action = actionOf(recognition.visibility());
    List<EmployeeId> named = new ArrayList<>(recognition.receivers().size() + 1);
    named.add(recognition.giver());
    named.addAll(recognition.receivers());
    AccessDeniedException first = null;
    for (EmployeeId person : named) {
      try {
        scope.require(action, Resource.ofEmployee("recognition " + recognition.id().value(), person));
        return;
      } catch (AccessDeniedException denied) {
        if (first == null) {
          first = denied;
        }
      }
    }
    throw first;
  }

  /** Returns whether the actor may read the recognition. */
  static boolean allowed(Call.Scope scope, Recognition recognition) {
    try {
      require(scope, recognition);
      return true;
    } catch (AccessDeniedException denied) {
      return false;
    }
  }
}
