package dev.pillars.core.alignment;

import static dev.pillars.core.alignment.Goals.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link AlignmentGraph#withoutGoal}: the graph rebuilt without the goal, and its event. */
class WithoutGoalProperties {

  @Test
  void removingAGoalEqualsBuildingTheGraphWithoutItAndItsLinks() {
    qt().forAll(AlignmentGraphProperties.scenarios(), integers().between(0, 7)).checkAssert((s, pick) -> {
      AlignmentGraph graph = AlignmentGraphProperties.apply(s);
      GoalId gone = graph.goals().get(pick % graph.size()).id();
      Change<AlignmentGraph> change = graph.withoutGoal(gone, CLOCK);
      AlignmentGraph.Builder expected = AlignmentGraph.builder();
      List<AlignmentLink> removed = new ArrayList<>();
      for (Goal goal : graph.goals()) {
        if (!goal.id().equals(gone)) {
          expected.addGoal(goal);
        }
      }
      for (AlignmentLink link : graph.links()) {
        if (link.child().equals(gone) || link.parent().equals(gone)) {
          removed.add(link);
        } else {
          expected.addLink(link);
        }
      }
      AlignmentGraph without = change.value();
      assertThat(without).isEqualTo(expected.build());
      assertThat(without.goal(gone)).isEmpty();
      assertThat(without.goals()).doesNotContain(graph.goal(gone).orElseThrow());
      assertThat(new HashSet<>(((GoalRemoved) change.events().get(0)).links())).isEqualTo(new HashSet<>(removed));
      // the order of the others, and a topological order that respects every remaining link
      List<GoalId> order = without.topologicalOrder();
      for (AlignmentLink link : without.links()) {
        assertThat(order.indexOf(link.parent())).isLessThan(order.indexOf(link.child()));
      }
      assertThat(without.withGoal(graph.goal(gone).orElseThrow(), CLOCK).value().size()).isEqualTo(graph.size());
    });
  }

  @Test
  void theEventNamesTheGoalAndItsLinks() {
    AlignmentGraph graph = AlignmentGraph.builder()
        .addGoal(Goals.objective("top")).addGoal(Goals.unit("mid")).addGoal(Goals.individual("ana"))
        .addLink(Goals.link("mid", "top")).addLink(Goals.link("ana", "mid"))
        .build();
    Change<AlignmentGraph> change = graph.withoutGoal(GoalId.of("mid"), CLOCK);
    GoalRemoved event = (GoalRemoved) change.events().get(0);
    assertThat(event.goal()).isEqualTo(GoalId.of("mid"));
    assertThat(event.links()).containsExactly(Goals.link("mid", "top"), Goals.link("ana", "mid"));
    assertThat(event.occurredAt()).isEqualTo(Goals.NOW);
    assertThat(event.aggregateId()).isEqualTo("mid");
    assertThat(change.value().links()).isEmpty();
    assertThat(change.value().orphans()).containsExactly(GoalId.of("ana"));
  }

  @Test
  void badInputIsRejectedAndChangesNothing() {
    AlignmentGraph graph = AlignmentGraph.builder().addGoal(Goals.objective("top")).build();
    assertThatThrownBy(() -> graph.withoutGoal(null, CLOCK)).isInstanceOf(NullPointerException.class).hasMessage("goal");
    assertThatThrownBy(() -> graph.withoutGoal(GoalId.of("top"), null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
    assertThatThrownBy(() -> graph.withoutGoal(GoalId.of("ghost"), CLOCK))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("ghost");
    assertThatThrownBy(() -> new GoalRemoved(GoalId.of("x"), null, Goals.NOW)).isInstanceOf(NullPointerException.class).hasMessage("links");
    assertThat(graph.size()).isEqualTo(1);
    assertThat(Set.copyOf(graph.goals())).containsExactly(Goals.objective("top"));
  }
}
