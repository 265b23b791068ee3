package dev.pillars.examples.conventions.bad;

import dev.pillars.examples.conventions.good.internal.Hidden;

/** Reaches into another module's internal package. */
final class ReachesIn {
  int size() {
    return Hidden.SIZE + new Hidden().hashCode();
  }
}
