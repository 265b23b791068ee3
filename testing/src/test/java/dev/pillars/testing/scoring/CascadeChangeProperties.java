package dev.pillars.testing.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.scoring.cascade.LeafValues;
import dev.pillars.scoring.cascade.MeasuredParentRule;
import dev.pillars.scoring.cascade.MissingScorePolicy;
import dev.pillars.testing.GoalGraphGens;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the cascade's rules for statuses, goals with children and a measure of their own,
 * and of scores carried over a changing graph: every result equals a full roll-up bit for bit.
 *
 * <p>Each case is one generated graph and one seed: the seed gives some goals another status and
 * some goals with children a measure of their own, picks the cascade's rules, the leaf values, and
 * the sequence of changes to the graph.
 */
class CascadeChangeProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
  private static final GoalStatus[] STATUSES = GoalStatus.values();
  private static final MeasuredParentRule[] RULES = {
    MeasuredParentRule.children(), MeasuredParentRule.ownMeasure(), MeasuredParentRule.blend(0.3)
  };

  /** A cascade with its supplied values, as a model: goal id to value. */
  record Case(CascadeResult result, Map<GoalId, Double> model, SplittableRandom random) {}

  private static Case generate(AlignmentGraph generated, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    AlignmentGraph.Builder varied = AlignmentGraph.builder();
    for (Goal goal : generated.goals()) {
      Goal.Builder b = Goal.builder().from(goal);
      if (random.nextInt(4) == 0) {
        b.status(STATUSES[random.nextInt(STATUSES.length)]);
      }
      if (random.nextInt(3) == 0 && goal.measure() instanceof GoalMeasure.Derived) {
        b.measure(GoalMeasure.manual(0.5));
      }
      varied.addGoal(b.build());
    }
    generated.links().forEach(varied::addLink);
    AlignmentGraph graph = varied.build();
    List<AggregationStrategy> strategies = CascadeGens.builtIns();
    Cascade.Builder builder = Cascade.builder(graph)
        .defaultStrategy(strategies.get(random.nextInt(strategies.size())))
        .missingScores(random.nextBoolean() ? MissingScorePolicy.EXCLUDE : MissingScorePolicy.ZERO)
        .measuredParents(RULES[random.nextInt(RULES.length)]);
    for (Goal goal : graph.goals()) {
      if (random.nextInt(8) == 0) {
        builder.missingScores(goal.id(), random.nextBoolean() ? MissingScorePolicy.ZERO : MissingScorePolicy.EXCLUDE);
      }
      boolean measuredParent = !graph.children(goal.id()).isEmpty() && !(goal.measure() instanceof GoalMeasure.Derived);
      if (measuredParent && random.nextInt(3) == 0) {
        builder.measuredParent(goal.id(), RULES[random.nextInt(RULES.length)]);
      }
    }
    Cascade cascade = builder.build();
    Map<GoalId, Double> model = new LinkedHashMap<>();
    for (Goal goal : graph.goals()) {
      if (takesValue(cascade, goal.id()) && random.nextInt(8) != 0) {
        model.put(goal.id(), random.nextInt(5) == 0 ? 0.0 : random.nextInt(101) / 100.0);
      }
    }
    return new Case(cascade.rollUp(values(cascade, model)), model, random);
  }

  private static boolean takesValue(Cascade cascade, GoalId goal) {
    return cascade.isLeaf(goal) || cascade.measuredParentRule(goal).kind() == MeasuredParentRule.Kind.BLEND;
  }

  private static boolean blends(Cascade cascade, GoalId goal) {
    return !cascade.isLeaf(goal) && cascade.measuredParentRule(goal).kind() == MeasuredParentRule.Kind.BLEND;
  }

  private static LeafValues values(Cascade cascade, Map<GoalId, Double> model) {
    LeafValues values = cascade.leafValues();
    model.forEach((goal, value) -> {
      if (cascade.graph().goal(goal).isPresent() && takesValue(cascade, goal)) {
        values.set(goal, value);
      }
    });
    return values;
  }

  @Test
  void afterAnySequenceOfStructuralChangesTheCarriedScoresEqualAFullRollUpBitForBit() {
    qt().forAll(GoalGraphGens.alignmentGraphs(1, 30), longs().all()).checkAssert((generated, seed) -> {
      Case c = generate(generated, seed);
      CascadeResult result = c.result();
      SplittableRandom random = c.random();
      for (int step = 0; step < 8; step++) {
        AlignmentGraph graph = result.cascade().graph();
        AlignmentGraph changed = change(graph, random, step);
        c.model().keySet().removeIf(id -> changed.goal(id).isEmpty());
        CascadeResult carried = result.withGraph(changed);
        Cascade cascade = carried.cascade();
        // what the cascade now takes a value for: the values carried, and nothing for the others
        Map<GoalId, Double> expectedModel = new HashMap<>();
        c.model().forEach((id, v) -> {
          if (takesValue(cascade, id)) {
            expectedModel.put(id, v);
          }
        });
        CascadeResult full = cascade.rollUp(values(cascade, expectedModel));
        assertThat(CascadeProperties.bits(carried)).as("after change %s", step).isEqualTo(CascadeProperties.bits(full));
        GoalId some = cascade.goalAt(random.nextInt(cascade.size()));
        if (takesValue(cascade, some)) {
          double v = random.nextInt(101) / 100.0;
          carried.update(some, v);
          expectedModel.put(some, v);
          assertThat(CascadeProperties.bits(carried)).isEqualTo(CascadeProperties.bits(cascade.rollUp(values(cascade, expectedModel))));
        }
        c.model().clear();
        c.model().putAll(expectedModel);
        result = carried;
      }
    });
  }

  @Test
  void aGoalWhoseStatusIsNotCountedChangesNoOtherGoalsScore() {
    qt().forAll(GoalGraphGens.alignmentGraphs(1, 30), longs().all()).checkAssert((generated, seed) -> {
      Case c = generate(generated, seed);
      Cascade cascade = c.result().cascade();
      for (Goal goal : cascade.graph().goals()) {
        if (cascade.countedStatuses().contains(goal.status()) || !cascade.isLeaf(goal.id())) {
          continue;
        }
        CascadeResult changed = c.result().copy();
        assertThat(changed.update(goal.id(), 0.123)).isZero();
        for (Goal other : cascade.graph().goals()) {
          if (!other.equals(goal)) {
            assertThat(changed.score(other.id())).isEqualTo(c.result().score(other.id()));
          }
        }
      }
    });
  }

  @Test
  void aBlendIsItsShareOfTheOwnValuePlusTheRestOfTheChildrensScoreExactly() {
    qt().forAll(GoalGraphGens.alignmentGraphs(1, 30), longs().all()).checkAssert((generated, seed) -> {
      Case c = generate(generated, seed);
      Cascade blended = c.result().cascade();
      Cascade.Builder childrenOnly = Cascade.builder(blended.graph()).missingScores(blended.missingScores());
      for (Goal goal : blended.graph().goals()) {
        if (!blended.missingScores(goal.id()).equals(blended.missingScores())) {
          childrenOnly.missingScores(goal.id(), blended.missingScores(goal.id()));
        }
        blended.strategy(goal.id()).ifPresent(s -> childrenOnly.strategy(goal.id(), s));
        if (blended.measuredParentRule(goal.id()).kind() == MeasuredParentRule.Kind.OWN_MEASURE
            && !blended.graph().children(goal.id()).isEmpty()) {
          childrenOnly.measuredParent(goal.id(), MeasuredParentRule.ownMeasure());
        }
      }
      Cascade plain = childrenOnly.build();
      Map<GoalId, Double> leavesOnly = new HashMap<>(c.model());
      leavesOnly.keySet().removeIf(id -> !plain.isLeaf(id));
      CascadeResult children = plain.rollUp(values(plain, leavesOnly));
      for (Goal goal : blended.graph().goals()) {
        MeasuredParentRule rule = blended.measuredParentRule(goal.id());
        if (rule.kind() != MeasuredParentRule.Kind.BLEND || blended.isLeaf(goal.id())
            || blended.graph().descendants(goal.id()).stream().anyMatch(d -> blends(blended, d))) {
          continue; // a blend below would give the children other scores in the cascade without blends
        }
        double own = c.model().getOrDefault(goal.id(), blended.missingScores(goal.id()) == MissingScorePolicy.ZERO ? 0.0 : Double.NaN);
        boolean anyChildScored = blended.graph().children(goal.id()).stream().anyMatch(link ->
            blended.countedStatuses().contains(blended.graph().goal(link.child()).orElseThrow().status())
                && children.score(link.child()).isPresent());
        // with no child scored, the blend is its own value alone (the goal's policy is for the goal, not its children)
        double kids = anyChildScored ? children.score(goal.id()).orElse(Double.NaN) : Double.NaN;
        double expected = Double.isNaN(own) ? kids : Double.isNaN(kids) ? own : rule.ownShare() * own + (1 - rule.ownShare()) * kids;
        assertThat(Double.doubleToLongBits(c.result().score(goal.id()).orElse(Double.NaN))).as("blend of %s", goal.id())
            .isEqualTo(Double.doubleToLongBits(expected));
      }
    });
  }

  /** One random change: remove a goal, remove or add a link, move a goal under another parent, add a goal. */
  private static AlignmentGraph change(AlignmentGraph graph, SplittableRandom random, int step) {
    List<Goal> goals = graph.goals();
    List<AlignmentLink> links = graph.links();
    Goal any = goals.get(random.nextInt(goals.size()));
    try {
      switch (random.nextInt(5)) {
        case 0:
          return goals.size() > 1 ? graph.withoutGoal(any.id(), CLOCK).value() : graph;
        case 1:
          if (!links.isEmpty()) {
            AlignmentLink link = links.get(random.nextInt(links.size()));
            return graph.withoutLink(link.child(), link.parent(), CLOCK).value();
          }
          return graph;
        case 2: {
          Goal parent = goals.get(random.nextInt(goals.size()));
          return graph.withLink(AlignmentLink.of(any.id(), parent.id(), 1 + random.nextInt(3)), CLOCK).value();
        }
        case 3: {
          if (graph.parents(any.id()).isEmpty()) {
            return graph;
          }
          AlignmentLink old = graph.parents(any.id()).get(0);
          AlignmentGraph without = graph.withoutLink(old.child(), old.parent(), CLOCK).value();
          Goal parent = goals.get(random.nextInt(goals.size()));
          return without.withLink(AlignmentLink.of(any.id(), parent.id(), old.weight()), CLOCK).value();
        }
        default: {
          Goal added = Goal.builder().from(any).id(GoalId.of("new" + step)).measure(GoalMeasure.manual(0.5)).build();
          AlignmentGraph more = graph.withGoal(added, CLOCK).value();
          return more.withLink(AlignmentLink.of(added.id(), any.id(), 2), CLOCK).value();
        }
      }
    } catch (InvalidInputException rejected) {
      return graph; // a cycle, a link already there, a period that does not fit
    }
  }
}
