/**
 * Pillars testing: QuickTheories generators of valid organisations, goal graphs and KPI series,
 * and contract tests for scoring strategies, for the library's own tests and for hosts testing
 * their integrations and custom strategies.
 */
@org.jspecify.annotations.NullMarked
module dev.pillars.testing {
  requires transitive dev.pillars.core;
  requires transitive dev.pillars.scoring;
  requires transitive org.junit.jupiter.api;
  requires transitive quicktheories;
  requires static transitive org.jspecify;

  exports dev.pillars.testing;
  exports dev.pillars.testing.scoring;
}
