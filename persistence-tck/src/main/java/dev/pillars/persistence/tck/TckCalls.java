package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Calls of a model-based property that the model expects to fail, or to succeed. */
final class TckCalls {
  private TckCalls() {}

  /**
   * Runs a call; returns true if it failed with one of the expected failures, false if none was
   * expected and it succeeded. A store may find any of several problems of one call first.
   */
  static boolean expectOneOf(Set<Class<? extends Exception>> failures, Runnable call, String context) {
    if (failures.isEmpty()) {
      call.run();
      return false;
    }
    Throwable thrown = null;
    try {
      call.run();
    } catch (RuntimeException e) {
      thrown = e;
    }
    Throwable failure = thrown;
    assertThat(failure).as("%s: expected one of %s, but the call succeeded", context, failures).isNotNull();
    assertThat(failures.stream().anyMatch(type -> type.isInstance(failure)))
        .as("%s: expected one of %s, got %s", context, failures, failure)
        .isTrue();
    return true;
  }

  /** Runs a call; returns true if it failed as expected, false if it was expected to and did succeed. */
  static boolean expectFailure(@Nullable Class<? extends Exception> failure, Runnable call, String context) {
    if (failure == null) {
      call.run();
      return false;
    }
    assertThatThrownBy(call::run).as(context).isInstanceOf(failure);
    return true;
  }
}
