/**
 * Pillars scoring: small strategy interfaces for every number the library computes, built-in
 * strategies registered by name, a registry that also finds custom strategies through {@link
 * java.util.ServiceLoader}, and receipts that explain and replay every score.
 */
@org.jspecify.annotations.NullMarked
module dev.pillars.scoring {
  requires transitive dev.pillars.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports dev.pillars.scoring;
  exports dev.pillars.scoring.aggregation;
  exports dev.pillars.scoring.allocation;
  exports dev.pillars.scoring.attainment;
  exports dev.pillars.scoring.calibration;
  exports dev.pillars.scoring.cascade;
  exports dev.pillars.scoring.composition;
  exports dev.pillars.scoring.normalisation;
  exports dev.pillars.scoring.preset;
  exports dev.pillars.scoring.rating;
  exports dev.pillars.scoring.registry;
  exports dev.pillars.scoring.review;
  exports dev.pillars.scoring.spi;

  uses dev.pillars.scoring.spi.StrategyProvider;
}
