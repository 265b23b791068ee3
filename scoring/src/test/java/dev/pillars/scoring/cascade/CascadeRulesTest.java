package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
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
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a roll-up does with a goal's status, with a goal that has both children and a measure of its
 * own, and with a goal that has no score; and how scores follow the graph as it changes.
 *
 * <pre>
 * p   <- c1 (1), c2 (1)        c2 cancelled
 * kpi <- k1 (1), k2 (3)        kpi is measured by a KPI of its own
 * </pre>
 */
class CascadeRulesTest {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
  private static final GoalId P = GoalId.of("p");
  private static final GoalId C1 = GoalId.of("c1");
  private static final GoalId C2 = GoalId.of("c2");
  private static final GoalId KPI = GoalId.of("kpi");
  private static final GoalId K1 = GoalId.of("k1");
  private static final GoalId K2 = GoalId.of("k2");

  private static final AlignmentGraph GRAPH = AlignmentGraph.builder()
      .addGoal(unit(P, GoalMeasure.derived()))
      .addGoal(person(C1, GoalStatus.ACTIVE))
      .addGoal(person(C2, GoalStatus.CANCELLED))
      .addGoal(unit(KPI, GoalMeasure.kpi(KpiId.of("defects"), KpiTarget.of(10, 5))))
      .addGoal(person(K1, GoalStatus.ACTIVE))
      .addGoal(person(K2, GoalStatus.ACTIVE))
      .addLink(C1, P, 1).addLink(C2, P, 1).addLink(K1, KPI, 1).addLink(K2, KPI, 3)
      .build();

  private static Goal unit(GoalId id, GoalMeasure measure) {
    return Goal.builder().id(id).title("Goal " + id).owner(GoalOwner.unit(OrgUnitId.of(id.value())))
        .level(GoalLevel.UNIT).period(YEAR).status(GoalStatus.ACTIVE).measure(measure).build();
  }

  private static Goal person(GoalId id, GoalStatus status) {
    return Goal.builder().id(id).title("Goal " + id).owner(GoalOwner.employee(EmployeeId.of(id.value())))
        .level(GoalLevel.INDIVIDUAL).period(YEAR).status(status).measure(GoalMeasure.manual(0)).build();
  }

  private static LeafValues values(Cascade cascade) {
    return cascade.leafValues().set(C1, 0.5).set(C2, 0.0).set(K1, 0.2).set(K2, 0.6);
  }

  @Test
  void aCancelledChildIsLeftOutByDefaultAndTheReceiptSaysSo() {
    Cascade cascade = Cascade.of(GRAPH);
    CascadeResult result = cascade.rollUp(values(cascade));
    assertThat(result.score(P)).hasValue(0.5); // P{c1 = 50 %, c2 cancelled} = 50 %, not 25 %
    assertThat(result.score(C2)).hasValue(0.0); // the cancelled goal keeps its own score
    Receipt receipt = result.receipt(P).orElseThrow();
    assertThat(receipt.lines()).extracting(ReceiptLine::name).containsExactly("c1");
    assertThat(receipt.notes())
        .containsExactly("c2 is CANCELLED: left out (counted statuses: [ACTIVE, ACHIEVED, PARTIALLY_ACHIEVED, MISSED])");
    assertThat(result.update(C2, 1.0)).isZero(); // it counts for no parent
    assertThat(cascade.countedStatuses()).doesNotContain(GoalStatus.DRAFT, GoalStatus.CANCELLED);
  }

  @Test
  void theCountedStatusesAreConfigurable() {
    Cascade cascade = Cascade.builder(GRAPH).countedStatuses(EnumSet.allOf(GoalStatus.class)).build();
    CascadeResult result = cascade.rollUp(values(cascade));
    assertThat(result.score(P)).hasValue(0.25);
    assertThat(result.receipt(P).orElseThrow().notes()).isEmpty();
  }

  @Test
  void aParentWithNoChildThatCountsHasNoScoreWithItsReasonUnlessItIsConfiguredAsZero() {
    AlignmentGraph graph = GRAPH.withoutLink(C1, P, CLOCK).value();
    Cascade plain = Cascade.of(graph);
    CascadeResult excluded = plain.rollUp(values(plain));
    assertThat(excluded.score(P)).isEmpty();
    assertThat(excluded.noScoreReason(P)).hasValue(NoScoreReason.NO_CHILD_COUNTED);
    assertThat(excluded.receipt(P)).isEmpty();

    Cascade zero = Cascade.builder(graph).missingScores(P, MissingScorePolicy.ZERO).build();
    CascadeResult zeroed = zero.rollUp(values(zero));
    assertThat(zeroed.score(P)).hasValue(0.0);
    assertThat(zeroed.noScoreReason(P)).isEmpty();
    assertThat(zeroed.receipt(P).orElseThrow().notes()).containsExactly(
        "c2 is CANCELLED: left out (counted statuses: [ACTIVE, ACHIEVED, PARTIALLY_ACHIEVED, MISSED])",
        "p has no score (NO_CHILD_COUNTED): counted as 0 (MissingScorePolicy.ZERO)");
    assertThat(zero.missingScores(P)).isEqualTo(MissingScorePolicy.ZERO);
    assertThat(zero.missingScores(C1)).isEqualTo(MissingScorePolicy.EXCLUDE);
  }

  @Test
  void noScoreIsDistinctFromZeroAndNamesItsReason() {
    Cascade cascade = Cascade.of(GRAPH);
    CascadeResult result = cascade.rollUp(values(cascade).clear(C1).clear(K1).clear(K2));
    assertThat(result.noScoreReason(C1)).hasValue(NoScoreReason.NO_VALUE);
    assertThat(result.noScoreReason(P)).hasValue(NoScoreReason.NO_CHILD_SCORED);
    assertThat(result.noScoreReason(C2)).isEmpty();
    result.update(C1, 0.0);
    assertThat(result.score(P)).hasValue(0.0);
    assertThat(result.noScoreReason(P)).isEmpty();

    Cascade oneZero = Cascade.builder(GRAPH).missingScores(K1, MissingScorePolicy.ZERO).build();
    CascadeResult partly = oneZero.rollUp(values(oneZero).clear(K1).clear(K2));
    assertThat(partly.score(K1)).hasValue(0.0);
    assertThat(partly.score(K2)).isEmpty();
    assertThat(partly.score(KPI)).hasValue(0.0);
    assertThat(partly.receipt(KPI).orElseThrow().notes()).contains(
        "k1 has no leaf value: counted as 0 (MissingScorePolicy.ZERO)",
        "k2 has no score (NO_VALUE): left out (MissingScorePolicy.EXCLUDE)");
  }

  @Test
  void aGoalWithAKpiAndChildrenIsScoredFromItsChildrenByDefaultAndTheReceiptSaysItsKpiIsNotUsed() {
    Cascade cascade = Cascade.of(GRAPH);
    CascadeResult result = cascade.rollUp(values(cascade));
    assertThat(result.score(KPI)).hasValue(0.2 * 0.25 + 0.6 * 0.75);
    assertThat(cascade.measuredParentRule(KPI)).isEqualTo(MeasuredParentRule.children());
    assertThat(result.receipt(KPI).orElseThrow().notes()).singleElement().asString()
        .startsWith("kpi has a measure of its own (Kpi[kpi=defects")
        .endsWith("not used: it is scored from its children (MeasuredParentRule children())");
    assertThatThrownBy(() -> cascade.leafValues().set(KPI, 0.9)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aGoalWithAKpiAndChildrenCanBeScoredFromItsOwnMeasure() {
    Cascade cascade = Cascade.builder(GRAPH).measuredParent(KPI, MeasuredParentRule.ownMeasure()).build();
    assertThat(cascade.isLeaf(KPI)).isTrue();
    CascadeResult result = cascade.rollUp(values(cascade).set(KPI, 0.9));
    assertThat(result.score(KPI)).hasValue(0.9);
    assertThat(result.update(K1, 1.0)).isZero();
    Receipt receipt = result.receipt(KPI).orElseThrow();
    assertThat(receipt.config().name()).isEqualTo("own-measure");
    assertThat(receipt.unroundedValue()).isEqualTo(0.9);
    assertThat(receipt.notes()).containsExactly(
        "kpi is scored from its own measure (MeasuredParentRule ownMeasure()); its 2 children do not count for it");
    assertThat(result.update(KPI, 0.7)).isZero();
    assertThat(result.score(KPI)).hasValue(0.7);
  }

  @Test
  void aGoalWithAKpiAndChildrenCanBlendBoth() {
    Cascade cascade = Cascade.builder(GRAPH).measuredParents(MeasuredParentRule.blend(0.3)).build();
    CascadeResult result = cascade.rollUp(values(cascade).set(KPI, 0.9));
    double children = 0.2 * 0.25 + 0.6 * 0.75;
    assertThat(result.score(KPI)).hasValue(0.3 * 0.9 + (1 - 0.3) * children);
    Receipt receipt = result.receipt(KPI).orElseThrow();
    assertThat(receipt.config()).isEqualTo(StrategyConfig.of("blend").with("ownShare", 0.3));
    assertThat(receipt.lines()).extracting(ReceiptLine::name).containsExactly("own measure", "children");
    assertThat(receipt.unroundedValue()).isEqualTo(result.score(KPI).getAsDouble());
    assertThat(result.update(KPI, 0.1)).isEqualTo(1);
    assertThat(result.score(KPI)).hasValue(0.3 * 0.1 + (1 - 0.3) * children);
    result.clear(KPI);
    assertThat(result.score(KPI)).hasValue(children);
    assertThat(result.receipt(KPI).orElseThrow().notes()).contains("kpi has no own value: its children's score only");
    assertThat(result.hasLeafValue(KPI)).isFalse();
    assertThat(cascade.measuredParentRule(P)).isEqualTo(MeasuredParentRule.children()); // derived
  }

  @Test
  void aStrategyThatOnlyTakesABuiltInsNameRunsThroughItsInterface() {
    AggregationStrategy impostor = new AggregationStrategy() {
      @Override
      public StrategyConfig config() {
        return StrategyConfig.of(AggregationStrategy.WEIGHTED_MEAN);
      }

      @Override
      public Score aggregate(List<WeightedScore> inputs) {
        return AggregationStrategy.minimum().aggregate(inputs);
      }
    };
    assertThat(FastPath.of(impostor)).isEqualTo(FastPath.GENERAL);
    assertThat(FastPath.of(AggregationStrategy.weightedMean())).isEqualTo(FastPath.WEIGHTED);
    Cascade cascade = Cascade.builder(GRAPH).defaultStrategy(impostor).build();
    assertThat(cascade.rollUp(values(cascade)).score(KPI)).hasValue(0.2);
  }

  @Test
  void scoresFollowTheGraphAsItChangesEqualToAFullRollUp() {
    Cascade cascade = Cascade.of(GRAPH);
    CascadeResult result = cascade.rollUp(values(cascade));
    AlignmentGraph moved = GRAPH.withoutLink(K2, KPI, CLOCK).value().withLink(AlignmentLink.of(K2, P, 2), CLOCK).value();
    CascadeResult after = result.withGraph(moved);
    assertThat(after.score(P)).hasValue((0.5 * 1 + 0.6 * 2) / 3);
    assertThat(after.score(KPI)).hasValue(0.2);
    assertThat(after.hasLeafValue(K2)).isTrue();
    Cascade rebuilt = cascade.withGraph(moved);
    CascadeResult full = rebuilt.rollUp(rebuilt.leafValues().set(C1, 0.5).set(C2, 0.0).set(K1, 0.2).set(K2, 0.6));
    assertThat(after.scores()).isEqualTo(full.scores());
    assertThat(result.score(P)).hasValue(0.5); // the old result is as it was

    CascadeResult removed = after.withGraph(moved.withoutGoal(K1, CLOCK).value());
    assertThat(removed.score(KPI)).isEmpty();
    assertThat(removed.noScoreReason(KPI)).hasValue(NoScoreReason.NO_VALUE); // now a leaf without a value
    assertThat(removed.score(P)).isEqualTo(after.score(P));
  }

  @Test
  void badConfigurationIsRejectedNamingTheParameter() {
    Cascade.Builder builder = Cascade.builder(GRAPH);
    assertThatThrownBy(() -> builder.countedStatuses(null)).isInstanceOf(NullPointerException.class).hasMessage("statuses");
    assertThatThrownBy(() -> builder.countedStatuses(Set.of()))
        .isInstanceOf(InvalidInputException.class).hasMessage("countedStatuses was []: must hold at least one status");
    assertThatThrownBy(() -> builder.measuredParents(null)).isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> builder.measuredParent(null, MeasuredParentRule.children()))
        .isInstanceOf(NullPointerException.class).hasMessage("goal");
    assertThatThrownBy(() -> builder.measuredParent(P, MeasuredParentRule.ownMeasure()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("measured as derived");
    assertThatThrownBy(() -> builder.measuredParent(K1, MeasuredParentRule.ownMeasure()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must have children");
    assertThatThrownBy(() -> builder.missingScores(null, MissingScorePolicy.ZERO))
        .isInstanceOf(NullPointerException.class).hasMessage("goal");
    assertThatThrownBy(() -> builder.missingScores(P, null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    builder.countedStatuses(Set.of(GoalStatus.ACTIVE)).measuredParent(KPI, MeasuredParentRule.blend(0.5))
        .missingScores(P, MissingScorePolicy.ZERO);
    assertThatThrownBy(() -> builder.countedStatuses(Set.of(GoalStatus.DRAFT))).hasMessageContaining("must be set once");
    assertThatThrownBy(() -> builder.measuredParent(KPI, MeasuredParentRule.children())).hasMessageContaining("set once");
    assertThatThrownBy(() -> builder.missingScores(P, MissingScorePolicy.EXCLUDE)).hasMessageContaining("set once");
    for (double share : new double[] {0.0, 1.0, -0.5, Double.NaN}) {
      assertThatThrownBy(() -> MeasuredParentRule.blend(share)).isInstanceOf(InvalidInputException.class)
          .hasMessage("ownShare was " + share + ": must lie strictly between 0 and 1 (0 is children(), 1 is ownMeasure())");
    }
    Cascade built = builder.build();
    assertThat(built.measuredParentRule(KPI)).isEqualTo(MeasuredParentRule.blend(0.5));
    assertThat(built.countedStatuses()).containsExactly(GoalStatus.ACTIVE);
    assertThatThrownBy(() -> built.withGraph(null)).isInstanceOf(NullPointerException.class).hasMessage("changed");
    CascadeResult result = built.rollUp(built.leafValues());
    assertThatThrownBy(() -> result.withGraph(null)).isInstanceOf(NullPointerException.class).hasMessage("changed");
    assertThatThrownBy(() -> result.noScoreReason(null)).isInstanceOf(NullPointerException.class).hasMessage("goal");
  }
}
