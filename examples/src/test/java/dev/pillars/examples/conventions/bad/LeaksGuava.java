package dev.pillars.examples.conventions.bad;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Public API that names a Guava type, inside a type argument. */
public final class LeaksGuava {
  private LeaksGuava() {}

  /**
   * Returns nothing useful.
   *
   * @return an empty list
   */
  public static List<ImmutableList<String>> names() {
    return List.of();
  }
}
