package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.PillarsException;
import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CascadeResult#withGraph} against its definition: after any change of the graph (goals
 * added, removed or replaced by one with another status or measure; links added, removed or
 * re-weighted), the carried result holds, for every goal, the score, the receipt and the reason for
 * no score of a full roll-up of the carried values over {@link Cascade#withGraph}, and it goes on
 * updating as such a roll-up does. Cascades mix every built-in strategy, both missing-score
 * policies that allow gaps, per-goal policies, target sizes, and goals with a measure of their own
 * scored by each measured-parent rule.
 */
class CarryOverProperties {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final java.time.Clock CLOCK =
      java.time.Clock.fixed(java.time.Instant.parse("2026-02-01T00:00:00Z"), java.time.ZoneOffset.UTC);
  private static final List<AggregationStrategy> STRATEGIES = List.of(
      AggregationStrategy.weightedMean(), AggregationStrategy.mean(), AggregationStrategy.proportionalToTarget(),
      AggregationStrategy.minimum(), AggregationStrategy.okr());
  private static final List<MeasuredParentRule> RULES = List.of(
      MeasuredParentRule.children(), MeasuredParentRule.ownMeasure(), MeasuredParentRule.blend(0.25),
      MeasuredParentRule.blend(0.5));
  private static final GoalStatus[] STATUSES = {GoalStatus.ACTIVE, GoalStatus.ACTIVE, GoalStatus.CANCELLED};

  private static Goal goal(int i, Random r) {
    int m = r.nextInt(3);
    GoalMeasure measure = m == 0 ? GoalMeasure.derived()
        : m == 1 ? GoalMeasure.manual(0.5) : GoalMeasure.kpi(KpiId.of("k" + i), KpiTarget.of(10, 5));
    return goal(i, measure, STATUSES[r.nextInt(STATUSES.length)]);
  }

  private static Goal goal(int i, GoalMeasure measure, GoalStatus status) {
    return Goal.builder().id(GoalId.of("g" + i)).title("goal " + i).owner(GoalOwner.unit(OrgUnitId.of("u" + i)))
        .level(GoalLevel.UNIT).period(YEAR).measure(measure).status(status).build();
  }

  /** A random graph: goal {@code gi} may only be linked under a goal of a higher index. */
  private static AlignmentGraph graph(Random r) {
    int n = 3 + r.nextInt(12);
    AlignmentGraph.Builder builder = AlignmentGraph.builder();
    for (int i = 0; i < n; i++) {
      builder.addGoal(goal(i, r));
    }
    for (int child = 0; child < n - 1; child++) {
      for (int parent = child + 1; parent < n; parent++) {
        if (r.nextInt(n - child) < 2) {
          builder.addLink(GoalId.of("g" + child), GoalId.of("g" + parent), 1 + r.nextInt(3));
        }
      }
    }
    return builder.build();
  }

  private static Cascade cascade(AlignmentGraph graph, Random r) {
    Cascade.Builder builder = Cascade.builder(graph)
        .defaultStrategy(STRATEGIES.get(r.nextInt(STRATEGIES.size())))
        .missingScores(r.nextBoolean() ? MissingScorePolicy.EXCLUDE : MissingScorePolicy.ZERO)
        .measuredParents(RULES.get(r.nextInt(RULES.size())));
    for (Goal goal : graph.goals()) {
      GoalId id = goal.id();
      boolean parent = !graph.children(id).isEmpty();
      if (parent && r.nextInt(3) == 0) {
        builder.strategy(id, STRATEGIES.get(r.nextInt(STRATEGIES.size())));
      }
      if (parent && !(goal.measure() instanceof GoalMeasure.Derived) && r.nextBoolean()) {
        builder.measuredParent(id, RULES.get(r.nextInt(RULES.size())));
      }
      if (r.nextInt(4) == 0) {
        builder.missingScores(id, r.nextBoolean() ? MissingScorePolicy.EXCLUDE : MissingScorePolicy.ZERO);
      }
      if (r.nextInt(4) == 0) {
        builder.targetSize(id, 1 + r.nextInt(20));
      }
    }
    return builder.build();
  }

  /** One random change of the graph; the graph itself when the change drawn is not allowed. */
  private static AlignmentGraph change(AlignmentGraph graph, Random r) {
    List<Goal> goals = graph.goals();
    List<AlignmentLink> links = graph.links();
    GoalId some = goals.get(r.nextInt(goals.size())).id();
    try {
      switch (r.nextInt(6)) {
        case 0 -> {
          Goal added = goal(100 + r.nextInt(100), r);
          AlignmentGraph with = graph.withGoal(added, CLOCK).value();
          return r.nextBoolean() ? with : with.withLink(AlignmentLink.of(added.id(), some, 2), CLOCK).value();
        }
        case 1 -> {
          return goals.size() > 1 ? graph.withoutGoal(some, CLOCK).value() : graph;
        }
        case 2 -> {
          GoalId other = goals.get(r.nextInt(goals.size())).id();
          return graph.withLink(AlignmentLink.of(some, other, 1 + r.nextInt(3)), CLOCK).value();
        }
        case 3 -> {
          if (links.isEmpty()) {
            return graph;
          }
          AlignmentLink link = links.get(r.nextInt(links.size()));
          return graph.withoutLink(link.child(), link.parent(), CLOCK).value();
        }
        case 4 -> {
          if (links.isEmpty()) {
            return graph;
          }
          AlignmentLink link = links.get(r.nextInt(links.size()));
          return graph.withoutLink(link.child(), link.parent(), CLOCK).value()
              .withLink(AlignmentLink.of(link.child(), link.parent(), link.weight() + 1), CLOCK).value();
        }
        default -> {
          return replaced(graph, some, r);
        }
      }
    } catch (PillarsException refused) {
      return graph; // a duplicate link or a cycle
    }
  }

  /** The graph with one goal replaced by one of the same id with another status or measure, its links kept. */
  private static AlignmentGraph replaced(AlignmentGraph graph, GoalId id, Random r) {
    Goal old = graph.goal(id).orElseThrow();
    Goal other = goal(Integer.parseInt(id.value().substring(1)), r);
    AlignmentGraph.Builder builder = AlignmentGraph.builder();
    for (Goal goal : graph.goals()) {
      builder.addGoal(goal.equals(old) ? other : goal);
    }
    graph.links().forEach(builder::addLink);
    return builder.build();
  }

  /** The values a roll-up over {@code cascade} takes from {@code model}: those of goals that still take one. */
  private static Map<GoalId, Double> carried(Cascade cascade, Map<GoalId, Double> model) {
    Map<GoalId, Double> kept = new LinkedHashMap<>();
    model.forEach((goal, value) -> {
      if (cascade.graph().goal(goal).isPresent() && valued(cascade, goal)) {
        kept.put(goal, value);
      }
    });
    return kept;
  }

  private static boolean valued(Cascade cascade, GoalId goal) {
    try {
      cascade.leafValues().get(goal);
      return true;
    } catch (InvalidInputException scoredFromChildren) {
      return false;
    }
  }

  private static CascadeResult rollUp(Cascade cascade, Map<GoalId, Double> values) {
    LeafValues leafValues = cascade.leafValues();
    values.forEach(leafValues::set);
    return cascade.rollUp(leafValues);
  }

  private static void assertSame(CascadeResult carried, CascadeResult full) {
    assertThat(carried.scores()).isEqualTo(full.scores());
    LinkedScores.assertAgree(carried);
    // the same arrays: too few goals here for an update's working arrays to grow
    assertThat(carried.footprintBytes()).isEqualTo(full.footprintBytes());
    for (Goal goal : full.cascade().graph().goals()) {
      GoalId id = goal.id();
      assertThat(carried.receipt(id)).as("receipt of %s", id).isEqualTo(full.receipt(id));
      assertThat(carried.noScoreReason(id)).as("no-score reason of %s", id).isEqualTo(full.noScoreReason(id));
      if (valued(full.cascade(), id)) {
        assertThat(carried.hasLeafValue(id)).as("value of %s", id).isEqualTo(full.hasLeafValue(id));
      }
    }
  }

  @Test
  void carriedScoresReceiptsAndGapsAreThoseOfAFullRollUpAfterAnyChange() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      AlignmentGraph graph = graph(r);
      Cascade cascade = cascade(graph, r);
      Map<GoalId, Double> model = new LinkedHashMap<>();
      for (Goal goal : graph.goals()) {
        if (valued(cascade, goal.id()) && r.nextInt(4) > 0) {
          model.put(goal.id(), r.nextInt(5) == 0 ? 0.0 : r.nextDouble());
        }
      }
      CascadeResult result = rollUp(cascade, model);
      for (int step = 0; step < 3; step++) {
        AlignmentGraph changed = change(graph, r);
        Cascade next = cascade.withGraph(changed);
        model = carried(next, model);
        CascadeResult full = rollUp(next, model);
        CascadeResult before = result.copy();
        CascadeResult carried = result.withGraph(changed);
        assertSame(carried, full);
        assertThat(result.scores()).as("the result carried from").isEqualTo(before.scores());
        // the carried result goes on as the full one: a new value for some goal that takes one
        List<GoalId> valued = new ArrayList<>();
        changed.goals().forEach(g -> {
          if (valued(next, g.id())) {
            valued.add(g.id());
          }
        });
        if (!valued.isEmpty()) {
          GoalId goal = valued.get(r.nextInt(valued.size()));
          double value = r.nextDouble();
          carried.update(goal, value);
          full.update(goal, value);
          model.put(goal, value);
          assertSame(carried, full);
        }
        graph = changed;
        cascade = next;
        result = carried;
      }
    });
  }

  @Test
  void aChangeTheCarriedValuesCannotBearIsRejected() {
    AlignmentGraph graph = AlignmentGraph.builder()
        .addGoal(goal(0, GoalMeasure.manual(0.5), GoalStatus.ACTIVE))
        .addGoal(goal(1, GoalMeasure.derived(), GoalStatus.ACTIVE))
        .addLink(GoalId.of("g0"), GoalId.of("g1"), 1)
        .build();
    Cascade cascade = Cascade.builder(graph).missingScores(MissingScorePolicy.REJECT).build();
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(GoalId.of("g0"), 0.5));
    AlignmentGraph added = graph.withGoal(goal(2, GoalMeasure.manual(0.5), GoalStatus.ACTIVE), CLOCK).value();
    assertThatThrownBy(() -> result.withGraph(added)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("g2");
    assertThat(result.score(GoalId.of("g1"))).hasValue(0.5);
  }
}
