package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalReweighted;
import dev.pillars.core.goal.GoalTemplate;
import dev.pillars.core.alignment.GoalUnaligned;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.goal.MilestoneCompleted;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The goal service's other operations: unaligning, reweighting, milestones, reads and their access, assignment's checks. */
class GoalChecksTest extends EngineTestBase {
  @BeforeEach
  void setUp() {
    EngineFixture.plant(pillars);
    delivered.clear();
  }

  private Session hr() {
    return as(HR);
  }

  @Test
  void unaligningRemovesTheLinkAndTheScoreFollows() {
    as(Actor.person(BEN)).goals().checkIn(BEN_GOAL, 0.8, 0.9, Optional.empty());
    as(EngineFixture.FEED).kpis().record(EngineFixture.DEFECTS, java.time.LocalDate.of(2026, 2, 23), 3.0);
    assertThat(hr().scores().of(PLANT_GOAL).orElseThrow().value()).isCloseTo(0.65, within(1e-12));

    hr().goals().unalign(ANA_GOAL, PLANT_GOAL);

    assertThat(store.forTenant(ACME).alignment().find(ANA_GOAL, PLANT_GOAL)).isEmpty();
    assertThat(delivered).extracting(e -> (Object) e.event().getClass()).endsWith(GoalUnaligned.class);
    assertThat(hr().scores().of(PLANT_GOAL).orElseThrow().value()).isCloseTo(0.8, within(1e-12));
    assertThatThrownBy(() -> hr().goals().unalign(ANA_GOAL, PLANT_GOAL))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("link was 'ana-defects -> plant-quality': must name an alignment link of the tenant");
    assertThatThrownBy(() -> as(Actor.person(CLEO)).goals().unalign(BEN_GOAL, PLANT_GOAL))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aReweightIsStoredAndAnnouncedAndABadWeightRefused() {
    Goal reweighted = as(Actor.person(BEN)).goals().reweight(BEN_GOAL, 3.0);
    assertThat(reweighted.weight()).isEqualTo(3.0);
    assertThat(store.forTenant(ACME).goals().find(BEN_GOAL).orElseThrow().value().weight()).isEqualTo(3.0);
    assertThat(delivered).extracting(e -> (Object) e.event().getClass()).containsExactly(GoalReweighted.class);
    assertThatThrownBy(() -> as(Actor.person(BEN)).goals().reweight(BEN_GOAL, -1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("weight was -1.0");
    assertThatThrownBy(() -> as(Actor.person(CLEO)).goals().reweight(BEN_GOAL, 2))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("EDIT_GOAL");
  }

  @Test
  void aCompletedMilestoneMovesTheGoalsProgressAndItsScore() {
    Goal checklist = EngineFixture.goal(GoalId.of("checklist"), GoalOwner.employee(BEN), GoalLevel.INDIVIDUAL,
        GoalMeasure.milestones(List.of(Milestone.open("draft"), Milestone.open("roll out"))));
    Session ben = as(Actor.person(BEN));
    ben.goals().create(checklist);
    ben.goals().activate(checklist.id());
    delivered.clear();

    Goal done = ben.goals().completeMilestone(checklist.id(), "draft");

    assertThat(done.progress()).hasValue(0.5);
    assertThat(delivered).extracting(e -> (Object) e.event().getClass()).contains(MilestoneCompleted.class);
    assertThat(hr().scores().of(checklist.id()).orElseThrow().value()).isCloseTo(0.5, within(1e-12));
    assertThatThrownBy(() -> as(Actor.person(CLEO)).goals().completeMilestone(checklist.id(), "roll out"))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("CHECK_IN");
  }

  @Test
  void readsAreCheckedAndUnknownGoalsNamed() {
    as(Actor.person(BEN)).goals().checkIn(BEN_GOAL, 0.3, 0.9, Optional.empty());
    assertThat(as(Actor.person(BEN)).goals().checkIns(BEN_GOAL).size()).isEqualTo(1);
    assertThat(as(Actor.person(ANA)).goals().find(BEN_GOAL)).isPresent();
    assertThat(as(Actor.person(BEN)).goals().find(GoalId.of("none"))).isEmpty();
    assertThat(hr().goals().graph().goals()).hasSize(3);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).goals().find(BEN_GOAL)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).goals().checkIns(BEN_GOAL)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).goals().graph()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> hr().goals().checkIns(GoalId.of("none")))
        .isInstanceOf(UnknownReferenceException.class).hasMessage("goal was none: must name a goal of the tenant");
    assertThatThrownBy(() -> hr().goals().activate(GoalId.of("none")))
        .isInstanceOf(UnknownReferenceException.class).hasMessage("goal was none: must name a goal of the tenant");
  }

  @Test
  void anAssignmentNeedsPeopleAndABatchSize() {
    GoalTemplate template = new GoalTemplate("t", List.of(GoalTemplate.Entry.of(
        EngineFixture.goal(GoalId.of("g"), GoalOwner.employee(ANA), GoalLevel.INDIVIDUAL, GoalMeasure.manual(0)))));
    assertThatThrownBy(() -> hr().goals().assign(template, List.of(), 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must name at least one person");
    assertThatThrownBy(() -> hr().goals().assign(template, List.of(BEN), 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("peoplePerUnitOfWork was 0");
    assertThat(hr().goals().assign(template, List.of(BEN, CLEO), 5).unitsOfWork()).isEqualTo(1);
  }
}
