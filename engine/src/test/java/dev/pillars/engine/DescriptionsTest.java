package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.engine.access.AccessRequest;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.review.FeedbackSource;
import dev.pillars.core.org.Organisation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the engine's objects say of themselves in logs and debuggers. */
class DescriptionsTest extends EngineTestBase {
  @Test
  void sessionsAndServicesNameTheirTenantAndActor() {
    Session ben = as(Actor.person(BEN));
    assertThat(ben).hasToString("Session[acme as person:ben]");
    assertThat(ben.reviews()).hasToString("ReviewService[acme as person:ben]");
    assertThat(ben.calibration()).hasToString("CalibrationService[acme as person:ben]");
    assertThat(pillars.tenant(ACME)).hasToString("Tenant[acme]");
  }

  @Test
  void aWhatIfListsItsCandidates() {
    String described = as(Actor.person(BEN)).whatIf()
        .checkIn(BEN_GOAL, 0.5).measure(DEFECTS, LocalDate.of(2026, 2, 1), 3.0).unalign(BEN_GOAL, PLANT_GOAL).toString();
    assertThat(described).startsWith("WhatIf[").contains("ben-checklist", "defect-rate", "plant-quality");
  }

  @Test
  void aRequestAndTheEmptyFeedbackSourceDescribeThemselves() {
    AccessRequest request = AccessRequest.of(Actor.person(BEN), Action.VIEW_GOAL,
        Resource.ofTenant("the goals"), Organisation.of(ACME, java.util.List.of(), java.util.List.of()));
    assertThat(request).hasToString("person:ben VIEW_GOAL the goals");
    assertThat(FeedbackSource.none()).hasToString("FeedbackSource.none()");
  }
}
