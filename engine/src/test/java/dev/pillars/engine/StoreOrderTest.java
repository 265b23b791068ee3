package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLOCK;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatusChanged;
import dev.pillars.core.org.Organisation;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.engine.org.LeaverRule;
import dev.pillars.persistence.memory.MemoryStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A store owes no order when it streams goals and links; the engine's answers keep theirs: the
 * graph lists links by child, then parent, and a leaver's goals are cancelled in the order of their
 * ids. The store here streams in reverse.
 */
class StoreOrderTest {
  private final CountingStore store = new CountingStore(MemoryStore.create());
  private final List<PublishedEvent> delivered = new CopyOnWriteArrayList<>();
  private Session hr;

  @BeforeEach
  void start() {
    EngineFixture.organisation(store);
    Pillars pillars = Pillars.builder().store(store).clock(CLOCK).events(delivered::addAll).build();
    EngineFixture.plant(pillars);
    store.reverseStreams();
    hr = pillars.tenant(ACME).as(HR);
  }

  @Test
  void theGraphListsLinksByChildThenParent() {
    hr.goals().align(BEN_GOAL, ANA_GOAL, 1.0);

    assertThat(hr.goals().graph().links()).containsExactly(
        AlignmentLink.of(ANA_GOAL, PLANT_GOAL, 1.0),
        AlignmentLink.of(BEN_GOAL, ANA_GOAL, 1.0),
        AlignmentLink.of(BEN_GOAL, PLANT_GOAL, 1.0));
  }

  @Test
  void aLeaversOpenGoalsAreCancelledInTheOrderOfTheirIds() {
    for (String id : List.of("ben-zeta", "ben-alpha", "ben-mu")) {
      hr.goals().create(EngineFixture.goal(GoalId.of(id), GoalOwner.employee(BEN), GoalLevel.INDIVIDUAL,
          GoalMeasure.manual(0)));
    }
    Organisation now = hr.organisation().snapshot();
    delivered.clear();

    hr.organisation().synchronise(Organisation.of(ACME, now.units(),
        now.employees().stream().filter(e -> !e.id().equals(BEN)).collect(Collectors.toList())), LeaverRule.CANCEL);

    assertThat(delivered).extracting(PublishedEvent::event)
        .filteredOn(e -> e instanceof GoalStatusChanged)
        .extracting(e -> ((GoalStatusChanged) e).goalId().value())
        .containsExactly("ben-alpha", "ben-checklist", "ben-mu", "ben-zeta");
  }
}
