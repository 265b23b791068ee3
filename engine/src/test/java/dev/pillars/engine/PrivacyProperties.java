package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.FEED;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackVisibility;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.EmployeeErased;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PersonalDataExport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Export and erasure through the engine: nobody's score changes, nothing names the erased. */
class PrivacyProperties {
  private static final List<EmployeeId> PEOPLE = List.of(ANA, BEN, CLEO);
  private static final List<GoalId> GOALS = List.of(PLANT_GOAL, BEN_GOAL, ANA_GOAL);

  @Test
  void erasingAnyoneLeavesEveryScoreAsItWasAndNoEventNamesThem() {
    qt().withExamples(30)
        .forAll(integers().between(0, PEOPLE.size() - 1), integers().between(0, 10), integers().between(1, 6))
        .checkAssert((who, progress, measured) -> {
          MemoryStore store = MemoryStore.create();
          EngineFixture.organisation(store);
          List<PublishedEvent> delivered = new CopyOnWriteArrayList<>();
          Pillars pillars = Pillars.builder().store(store).clock(new TickingClock(Instant.parse("2026-03-02T00:00:00Z")))
              .events(delivered::addAll).build();
          EngineFixture.plant(pillars);
          Session hr = pillars.tenant(ACME).as(HR);
          hr.goals().checkIn(BEN_GOAL, progress / 10.0, 0.5, Optional.of("note by ben"));
          pillars.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 2), measured);
          Map<GoalId, Optional<GoalScore>> before = new HashMap<>();
          GOALS.forEach(g -> before.put(g, hr.scores().of(g)));
          EmployeeId erased = PEOPLE.get(who);
          delivered.clear();

          hr.privacy().erase(erased);

          GOALS.forEach(g -> assertThat(hr.scores().of(g)).as("score of %s", g).isEqualTo(before.get(g)));
          assertThat(hr.privacy().export(erased).isEmpty()).isTrue();
          assertThat(delivered).hasSize(1);
          EmployeeErased event = delivered.get(0).eventAs(EmployeeErased.class).orElseThrow();
          assertThat(event.toString()).doesNotContain(erased.value());
        });
  }

  @Test
  void peopleExportTheirOwnDataOnlyAndOnlyHrErases() {
    MemoryStore store = MemoryStore.create();
    EngineFixture.organisation(store);
    Pillars pillars = Pillars.builder().store(store).clock(EngineFixture.CLOCK).build();
    Session ben = pillars.tenant(ACME).as(Actor.person(BEN));
    assertThat(ben.privacy().export(BEN).isEmpty()).isFalse();
    assertThatThrownBy(() -> ben.privacy().export(ANA)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> pillars.tenant(ACME).as(Actor.person(ANA)).privacy().erase(BEN))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("ERASE_PERSONAL_DATA");
    assertThat(store.forTenant(ACME).employees().find(BEN)).isPresent();
  }

  @Test
  void anonymousFeedbackIsInTheGiversOwnExportOnly() {
    MemoryStore store = MemoryStore.create();
    EngineFixture.organisation(store);
    Pillars pillars = Pillars.builder().store(store).clock(EngineFixture.CLOCK).build();
    store.forTenant(ACME).runInTransaction(work -> {
      work.feedback().insert(feedback("fb-anon", BEN, CLEO, true));
      work.feedback().insert(feedback("fb-named", BEN, ANA, false));
    });
    Session hr = pillars.tenant(ACME).as(HR);

    PersonalDataExport own = pillars.tenant(ACME).as(Actor.person(BEN)).privacy().export(BEN);
    PersonalDataExport byHr = hr.privacy().export(BEN);
    PersonalDataExport receiver = hr.privacy().export(CLEO);

    assertThat(own.feedbackGiven()).extracting(f -> f.id().value()).containsExactly("fb-anon", "fb-named");
    assertThat(byHr.feedbackGiven()).extracting(f -> f.id().value()).containsExactly("fb-named");
    assertThat(receiver.feedbackReceived()).singleElement().satisfies(f -> assertThat(f.giver()).isEmpty());
    assertThat(receiver.toString()).doesNotContain(BEN.value());
    assertThat(hr.privacy().export(ANA).feedbackReceived()).singleElement()
        .satisfies(f -> assertThat(f.giver()).contains(BEN));
  }

  private static Feedback feedback(String id, EmployeeId giver, EmployeeId receiver, boolean anonymous) {
    return Feedback.builder()
        .id(FeedbackId.of(id))
        .kind(FeedbackKind.PRAISE)
        .giver(giver)
        .receiver(receiver)
        .anonymous(anonymous)
        .visibility(FeedbackVisibility.RECEIVER)
        .text("Thanks for the cover on night shift")
        .givenAt(Instant.parse("2026-03-01T10:00:00Z"))
        .build();
  }
}
