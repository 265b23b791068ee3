package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reads a report needs: the whole graph as committed, and a KPI's definition. */
class TenantReadsTest extends EngineTestBase {
  @BeforeEach
  void plant() {
    EngineFixture.plant(pillars);
  }

  @Test
  void theGraphHoldsEveryGoalAsCommittedAndEveryLink() {
    as(HR).goals().checkIn(BEN_GOAL, 0.6, 0.5, Optional.empty());

    AlignmentGraph graph = as(HR).goals().graph();

    assertThat(graph.goals()).extracting(g -> g.id()).containsExactlyInAnyOrder(PLANT_GOAL, BEN_GOAL, ANA_GOAL);
    assertThat(graph.children(PLANT_GOAL)).hasSize(2);
    assertThat(graph.goal(BEN_GOAL).orElseThrow().measure()).isEqualTo(GoalMeasure.manual(0.6));
  }

  @Test
  void anActorWhoMayNotSeeEveryGoalIsDeniedTheGraphNotGivenPartOfIt() {
    // Cleo works in sales: she may not see the plant's goals
    assertThatThrownBy(() -> as(Actor.person(CLEO)).goals().graph())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("VIEW_GOAL")
        .hasMessageContaining("goal ");
    // a system declared without VIEW_GOAL neither
    assertThatThrownBy(() -> as(Actor.system("kpi-feed", EnumSet.of(Action.VIEW_KPI))).goals().graph())
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aKpisDefinitionIsReadWithTheRightToSeeKpis() {
    assertThat(as(Actor.person(ANA)).kpis().definition(DEFECTS)).isEqualTo(EngineFixture.defectRate());
    assertThatThrownBy(() -> as(HR).kpis().definition(KpiId.of("nowhere")))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessageContaining("nowhere");
    assertThatThrownBy(() -> as(Actor.system("goal-feed", EnumSet.of(Action.VIEW_GOAL))).kpis().definition(DEFECTS))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("VIEW_KPI");
  }
}
