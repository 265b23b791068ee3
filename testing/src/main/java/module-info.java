/**
 * Pillars testing: QuickTheories generators of valid organisations, goal graphs and KPI series,
 * for the library's own property tests and for hosts testing their integrations.
 */
@org.jspecify.annotations.NullMarked
module dev.pillars.testing {
  requires transitive dev.pillars.core;
  requires transitive quicktheories;
  requires static transitive org.jspecify;

  exports dev.pillars.testing;
}
