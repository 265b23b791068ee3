package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.alignment.GoalAligned;
import dev.pillars.core.alignment.GoalUnaligned;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalCreated;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.GoalTemplate;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.goal.Assignment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GoalServiceTest extends EngineTestBase {
  @BeforeEach
  void setUp() {
    EngineFixture.plant(pillars);
    delivered.clear();
  }

  private static Goal prototype(String id) {
    return EngineFixture.goal(GoalId.of(id), GoalOwner.employee(ANA), GoalLevel.INDIVIDUAL, GoalMeasure.manual(0));
  }

  private static GoalTemplate shiftLead() {
    return new GoalTemplate("shift lead H1", List.of(
        GoalTemplate.Entry.alignedTo(prototype("safety-walks"), PLANT_GOAL, 2.0),
        GoalTemplate.Entry.alignedTo(prototype("five-s"), PLANT_GOAL, 1.0),
        GoalTemplate.Entry.of(prototype("training"))));
  }

  @Test
  void aTemplateGoesToEveryoneInDeclaredBatchesWithItsLinks() {
    long before = store.forTenant(ACME).goals().count();
    Assignment assignment = pillars.tenant(ACME).as(HR).goals().assign(shiftLead(), List.of(ANA, BEN, CLEO), 2);

    assertThat(assignment).isEqualTo(new Assignment("shift lead H1", 3, 9, 6, 2));
    assertThat(store.forTenant(ACME).goals().count()).isEqualTo(before + 9);
    Goal copy = store.forTenant(ACME).goals().find(GoalId.of("five-s@ben")).orElseThrow().value();
    assertThat(copy.owner()).isEqualTo(GoalOwner.employee(BEN));
    assertThat(copy.status()).isEqualTo(GoalStatus.DRAFT);
    assertThat(store.forTenant(ACME).alignment().find(GoalId.of("safety-walks@cleo"), PLANT_GOAL).orElseThrow().weight())
        .isEqualTo(2.0);
    assertThat(delivered.stream().filter(e -> e.event() instanceof GoalCreated)).hasSize(9);
    assertThat(delivered.stream().filter(e -> e.event() instanceof GoalAligned)).hasSize(6);
  }

  @Test
  void anAssignmentThatWouldFailAnywhereWritesNothingAnywhere() {
    long before = store.forTenant(ACME).goals().count();
    pillars.tenant(ACME).as(HR).goals().assign(shiftLead(), List.of(CLEO), 1);
    long afterFirst = store.forTenant(ACME).goals().count();
    delivered.clear();

    assertThatThrownBy(() -> pillars.tenant(ACME).as(HR).goals().assign(shiftLead(), List.of(BEN, CLEO), 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("goal was safety-walks@cleo: must not exist yet");
    assertThatThrownBy(() -> pillars.tenant(ACME).as(Actor.person(ANA)).goals().assign(shiftLead(), List.of(BEN, EngineFixture.HANA), 1))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("person:ana may not EDIT_GOAL goal safety-walks@hana");
    assertThatThrownBy(() -> new GoalTemplate("bad", List.of(GoalTemplate.Entry.alignedTo(
            EngineFixture.goal(GoalId.of("late"), GoalOwner.employee(ANA), GoalLevel.INDIVIDUAL, GoalMeasure.manual(0)),
            PLANT_GOAL, 0))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("weight was 0.0");
    assertThatThrownBy(() -> pillars.tenant(ACME).as(HR).goals().assign(shiftLead(), List.of(BEN, BEN), 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not name anyone twice");

    assertThat(store.forTenant(ACME).goals().count()).isEqualTo(afterFirst).isEqualTo(before + 3);
    assertThat(delivered).isEmpty();
  }

  @Test
  void aParentThatDoesNotSpanTheCopysPeriodIsRefusedBeforeAnythingIsWritten() {
    Goal q3 = Goal.builder().id(GoalId.of("q3")).title("Q3 work").owner(GoalOwner.employee(ANA))
        .level(GoalLevel.INDIVIDUAL).period(Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .measure(GoalMeasure.manual(0)).build();
    GoalTemplate template = new GoalTemplate("q3", List.of(GoalTemplate.Entry.alignedTo(q3, PLANT_GOAL, 1.0)));
    long before = store.forTenant(ACME).goals().count();
    assertThatThrownBy(() -> pillars.tenant(ACME).as(HR).goals().assign(template, List.of(BEN), 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("entries was q3: must have a period inside its parent plant-quality");
    assertThat(store.forTenant(ACME).goals().count()).isEqualTo(before);
  }

  @Test
  void aGoalMovesWithItsSubtreeAndAMoveThatClosesACycleChangesNothing() {
    Session hr = pillars.tenant(ACME).as(HR);
    Goal line = EngineFixture.goal(GoalId.of("line-3"), GoalOwner.unit(PLANT), GoalLevel.UNIT, GoalMeasure.derived());
    hr.goals().create(line);
    hr.goals().move(BEN_GOAL, PLANT_GOAL, line.id(), 1.0);
    assertThat(store.forTenant(ACME).alignment().find(BEN_GOAL, line.id())).isPresent();
    assertThat(store.forTenant(ACME).alignment().find(BEN_GOAL, PLANT_GOAL)).isEmpty();
    assertThat(delivered.subList(delivered.size() - 2, delivered.size())).extracting(e -> (Object) e.event().getClass())
        .containsExactly(GoalUnaligned.class, GoalAligned.class);

    hr.goals().align(line.id(), PLANT_GOAL, 1.0);
    long links = store.forTenant(ACME).alignment().count();
    assertThatThrownBy(() -> hr.goals().move(PLANT_GOAL, PLANT_GOAL, BEN_GOAL, 1.0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> hr.goals().move(line.id(), PLANT_GOAL, BEN_GOAL, 1.0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cycle");
    assertThat(store.forTenant(ACME).alignment().count()).isEqualTo(links);
    assertThat(store.forTenant(ACME).alignment().find(line.id(), PLANT_GOAL)).isPresent();
  }
}
