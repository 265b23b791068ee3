package dev.pillars.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GoalGraphGensProperties {

  @Test
  void generatedGraphsAreValidCascades() {
    qt().forAll(GoalGraphGens.alignmentGraphs())
        .checkAssert(
            graph -> {
              assertThat(graph.toBuilder().build()).isEqualTo(graph);
              for (AlignmentLink link : graph.links()) {
                Goal child = graph.goal(link.child()).orElseThrow();
                Goal parent = graph.goal(link.parent()).orElseThrow();
                assertThat(child.level()).isNotEqualTo(GoalLevel.ORGANISATION);
                assertThat(parent.level()).isNotEqualTo(GoalLevel.INDIVIDUAL);
                assertThat(parent.period().encloses(child.period())).isTrue();
                assertThat(link.weight()).isBetween(0.5, 4.0);
              }
              for (Goal goal : graph.goals()) {
                boolean inner = !graph.children(goal.id()).isEmpty();
                assertThat(goal.measure() instanceof GoalMeasure.Derived).isEqualTo(inner);
                assertThat(graph.parents(goal.id())).hasSizeLessThanOrEqualTo(2);
              }
            });
  }

  @Test
  void generatedGraphsReachTheInterestingShapes() {
    Map<Shape, AtomicInteger> seen = new EnumMap<>(Shape.class);
    for (Shape shape : Shape.values()) {
      seen.put(shape, new AtomicInteger());
    }
    qt().forAll(GoalGraphGens.alignmentGraphs())
        .checkAssert(graph -> Shape.of(graph).forEach(shape -> seen.get(shape).incrementAndGet()));
    for (Shape shape : Shape.values()) {
      assertThat(seen.get(shape).get()).as("graphs with %s", shape).isPositive();
    }
  }

  @Test
  void sizesStayWithinTheBounds() {
    qt().forAll(GoalGraphGens.alignmentGraphs(5, 12)).check(graph -> graph.size() >= 5 && graph.size() <= 12);
  }

  @Test
  void ancestorsAndDescendantsAreDualOnGeneratedGraphs() {
    qt().forAll(GoalGraphGens.alignmentGraphs())
        .checkAssert(
            graph -> {
              for (Goal a : graph.goals()) {
                Set<GoalId> ancestors = graph.ancestors(a.id());
                for (Goal b : graph.goals()) {
                  assertThat(graph.descendants(b.id()).contains(a.id())).isEqualTo(ancestors.contains(b.id()));
                }
              }
            });
  }

  @Test
  void everyIndividualGoalWithAPathIsCoveredAndNoOtherIs() {
    qt().forAll(GoalGraphGens.alignmentGraphs())
        .checkAssert(
            graph -> {
              long individuals = graph.goals().stream().filter(g -> g.level() == GoalLevel.INDIVIDUAL).count();
              long withPath =
                  graph.goals().stream()
                      .filter(g -> g.level() == GoalLevel.INDIVIDUAL)
                      .filter(g -> graph.pathToObjective(g.id()).isPresent())
                      .count();
              if (individuals == 0) {
                assertThat(graph.alignmentCoverage()).isEmpty();
              } else {
                assertThat(graph.alignmentCoverage().getAsDouble()).isEqualTo((double) withPath / individuals);
              }
            });
  }

  @Test
  void badBoundsAreRejected() {
    assertThatThrownBy(() -> GoalGraphGens.alignmentGraphs(-1, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("minGoals was -1");
    assertThatThrownBy(() -> GoalGraphGens.alignmentGraphs(4, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("maxGoals was 3: must be between 4 and 2147483647");
  }

  /** Shapes a generator of alignment graphs should produce now and then. */
  enum Shape {
    MULTI_PARENT,
    ORPHAN,
    PARTIAL_COVERAGE,
    FULL_COVERAGE,
    UNIT_UNDER_UNIT,
    NESTED_PERIOD,
    THREE_LEVEL_PATH;

    static Set<Shape> of(AlignmentGraph graph) {
      Set<Shape> shapes = java.util.EnumSet.noneOf(Shape.class);
      if (!graph.orphans().isEmpty()) {
        shapes.add(ORPHAN);
      }
      graph.alignmentCoverage().ifPresent(c -> shapes.add(c < 1 ? PARTIAL_COVERAGE : FULL_COVERAGE));
      for (Goal goal : graph.goals()) {
        if (graph.parents(goal.id()).size() > 1) {
          shapes.add(MULTI_PARENT);
        }
        if (graph.pathToObjective(goal.id()).map(p -> p.size() >= 3).orElse(false)
            && goal.level() == GoalLevel.INDIVIDUAL) {
          shapes.add(THREE_LEVEL_PATH);
        }
      }
      for (AlignmentLink link : graph.links()) {
        Goal child = graph.goal(link.child()).orElseThrow();
        Goal parent = graph.goal(link.parent()).orElseThrow();
        if (child.level() == GoalLevel.UNIT && parent.level() == GoalLevel.UNIT) {
          shapes.add(UNIT_UNDER_UNIT);
        }
        if (!child.period().equals(parent.period())) {
          shapes.add(NESTED_PERIOD);
        }
      }
      return shapes;
    }
  }
}
