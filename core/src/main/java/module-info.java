/**
 * Pillars core: the domain model of goals, alignment, KPIs and the organisation, with its
 * validation and domain events. Pure Java, no I/O.
 */
@org.jspecify.annotations.NullMarked
module dev.pillars.core {
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports dev.pillars.core;
  exports dev.pillars.core.alignment;
  exports dev.pillars.core.calibration;
  exports dev.pillars.core.anonymity;
  exports dev.pillars.core.cadence;
  exports dev.pillars.core.competency;
  exports dev.pillars.core.assessment;
  exports dev.pillars.core.development;
  exports dev.pillars.core.coaching;
  exports dev.pillars.core.succession;
  exports dev.pillars.core.event;
  exports dev.pillars.core.feedback;
  exports dev.pillars.core.goal;
  exports dev.pillars.core.kpi;
  exports dev.pillars.core.money;
  exports dev.pillars.core.ninebox;
  exports dev.pillars.core.oneonone;
  exports dev.pillars.core.org;
  exports dev.pillars.core.rating;
  exports dev.pillars.core.recognition;
  exports dev.pillars.core.review;
  exports dev.pillars.core.reward;
  exports dev.pillars.core.smart;
  exports dev.pillars.core.survey;
  exports dev.pillars.core.value;
}
