/**
 * Pillars engine: the application services a host calls. One {@link dev.pillars.engine.Pillars}
 * per application, {@code tenant(id).as(actor)} per request, a service per workflow; every call is
 * checked against the {@link dev.pillars.engine.access.AccessPolicy}, runs in one unit of work of
 * the host's store, keeps the tenant's scores current and delivers its events after commit.
 */
@org.jspecify.annotations.NullMarked
module dev.pillars.engine {
  requires transitive dev.pillars.core;
  requires transitive dev.pillars.scoring;
  requires transitive dev.pillars.persistence.spi;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports dev.pillars.engine;
  exports dev.pillars.engine.access;
  exports dev.pillars.engine.calibration;
  exports dev.pillars.engine.event;
  exports dev.pillars.engine.goal;
  exports dev.pillars.engine.kpi;
  exports dev.pillars.engine.org;
  exports dev.pillars.engine.privacy;
  exports dev.pillars.engine.recognition;
  exports dev.pillars.engine.review;
  exports dev.pillars.engine.reward;
  exports dev.pillars.engine.score;
  exports dev.pillars.engine.whatif;
  exports dev.pillars.engine.development;
  exports dev.pillars.engine.feedback;
}
