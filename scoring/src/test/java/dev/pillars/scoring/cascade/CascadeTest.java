package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Rounding;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A small cascade worked by hand:
 *
 * <pre>
 * company <- sales (2), ops (1)
 * sales   <- ana (1), ben (3), cai (1)
 * ops     <- cai (2), dee (2)          cai contributes to both
 * </pre>
 */
class CascadeTest {
  private static final Offset<Double> EPS = Offset.offset(1e-12);
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final KpiId DEFECTS = KpiId.of("defects");

  private static final GoalId COMPANY = GoalId.of("company");
  private static final GoalId SALES = GoalId.of("sales");
  private static final GoalId OPS = GoalId.of("ops");
  private static final GoalId ANA = GoalId.of("ana");
  private static final GoalId BEN = GoalId.of("ben");
  private static final GoalId CAI = GoalId.of("cai");
  private static final GoalId DEE = GoalId.of("dee");

  private static final AlignmentGraph GRAPH =
      AlignmentGraph.builder()
          .addGoal(goal(COMPANY, GoalLevel.ORGANISATION, GoalMeasure.derived()))
          .addGoal(goal(SALES, GoalLevel.UNIT, GoalMeasure.derived()))
          .addGoal(goal(OPS, GoalLevel.UNIT, GoalMeasure.derived()))
          .addGoal(goal(ANA, GoalLevel.INDIVIDUAL, GoalMeasure.manual(0.4)))
          .addGoal(goal(BEN, GoalLevel.INDIVIDUAL, GoalMeasure.milestones(List.of(
              Milestone.open("plan").complete(), Milestone.open("pilot").complete(),
              Milestone.open("roll-out").complete(), Milestone.open("review").complete(),
              Milestone.open("handover")))))
          .addGoal(goal(CAI, GoalLevel.INDIVIDUAL, GoalMeasure.manual(0.5)))
          .addGoal(goal(DEE, GoalLevel.INDIVIDUAL, GoalMeasure.kpi(DEFECTS, KpiTarget.of(10, 5))))
          .addLink(SALES, COMPANY, 2)
          .addLink(OPS, COMPANY, 1)
          .addLink(ANA, SALES, 1)
          .addLink(BEN, SALES, 3)
          .addLink(CAI, SALES, 1)
          .addLink(CAI, OPS, 2)
          .addLink(DEE, OPS, 2)
          .build();

  private static Goal goal(GoalId id, GoalLevel level, GoalMeasure measure) {
    return Goal.builder()
        .id(id)
        .title("Goal " + id)
        .owner(level == GoalLevel.INDIVIDUAL ? GoalOwner.employee(EmployeeId.of(id.value())) : GoalOwner.unit(OrgUnitId.of(id.value())))
        .level(level)
        .period(YEAR)
        .measure(measure)
        .build();
  }

  private static LeafValues leaves(Cascade cascade) {
    return cascade.leafValues().set(ANA, 0.4).set(BEN, 0.8).set(CAI, 0.5).set(DEE, 1.0);
  }

  private static double score(CascadeResult result, GoalId goal) {
    return result.score(goal).orElseThrow();
  }

  @Test
  void weightedMeanRollsUpFromTheLeavesWithEachLinksWeight() {
    Cascade cascade = Cascade.of(GRAPH);
    CascadeResult result = cascade.rollUp(leaves(cascade));
    assertThat(score(result, SALES)).isCloseTo((0.4 + 3 * 0.8 + 0.5) / 5, EPS);
    assertThat(score(result, OPS)).isCloseTo((2 * 0.5 + 2 * 1.0) / 4, EPS);
    assertThat(score(result, COMPANY)).isCloseTo((2 * 0.66 + 0.75) / 3, EPS);
    assertThat(score(result, BEN)).isEqualTo(0.8);
    // exactly what the strategy computes from the children
    double expected = AggregationStrategy.weightedMean()
        .aggregate(List.of(WeightedScore.of("sales", score(result, SALES), 2), WeightedScore.of("ops", score(result, OPS), 1)))
        .receipt().unroundedValue();
    assertThat(score(result, COMPANY)).isEqualTo(expected);
    assertThat(result.scores()).containsOnlyKeys(COMPANY, SALES, OPS, ANA, BEN, CAI, DEE);
  }

  @Test
  void linkWeightsWhoseTotalOverflowsStillGiveTheWeightedMeanOfTheStrategy() {
    // two links of 1e308 (each positive and finite) add up beyond a double
    AlignmentGraph huge =
        AlignmentGraph.builder()
            .addGoal(goal(SALES, GoalLevel.UNIT, GoalMeasure.derived()))
            .addGoal(goal(ANA, GoalLevel.INDIVIDUAL, GoalMeasure.manual(0.4)))
            .addGoal(goal(BEN, GoalLevel.INDIVIDUAL, GoalMeasure.manual(0.8)))
            .addGoal(goal(CAI, GoalLevel.INDIVIDUAL, GoalMeasure.manual(0.5)))
            .addLink(ANA, SALES, 1e308)
            .addLink(BEN, SALES, 1e308)
            .addLink(CAI, SALES, 1)
            .build();
    for (AggregationStrategy strategy : List.of(AggregationStrategy.weightedMean(), AggregationStrategy.proportionalToTarget())) {
      Cascade cascade = Cascade.builder(huge).defaultStrategy(strategy).build();
      CascadeResult result = cascade.rollUp(cascade.leafValues().set(ANA, 0.4).set(BEN, 0.8).set(CAI, 0.5));
      assertThat(score(result, SALES)).isCloseTo(0.6, EPS);
      Receipt receipt = strategy.aggregate(List.of(
              WeightedScore.of("ana", 0.4, 1e308), WeightedScore.of("ben", 0.8, 1e308), WeightedScore.of("cai", 0.5, 1)))
          .receipt();
      assertThat(score(result, SALES)).isEqualTo(receipt.unroundedValue());
      assertThat(receipt.lines()).extracting(ReceiptLine::weight).containsExactly(1e308, 1e308, 1.0);
    }
  }

  @Test
  void theCompactFormNumbersLeavesFirstAndChildrenBeforeParents() {
    Cascade cascade = Cascade.of(GRAPH);
    assertThat(cascade.size()).isEqualTo(7);
    assertThat(cascade.leafCount()).isEqualTo(4);
    for (GoalId leaf : List.of(ANA, BEN, CAI, DEE)) {
      assertThat(cascade.indexOf(leaf)).isLessThan(4);
      assertThat(cascade.isLeaf(leaf)).isTrue();
      assertThat(cascade.strategy(leaf)).isEmpty();
    }
    assertThat(cascade.indexOf(SALES)).isLessThan(cascade.indexOf(COMPANY));
    assertThat(cascade.indexOf(OPS)).isLessThan(cascade.indexOf(COMPANY));
    assertThat(cascade.goalAt(cascade.indexOf(OPS))).isEqualTo(OPS);
    assertThat(cascade.indexOf(GoalId.of("nobody"))).isEqualTo(-1);
    assertThat(cascade.strategy(COMPANY).orElseThrow().config()).isEqualTo(StrategyConfig.of(AggregationStrategy.WEIGHTED_MEAN));
    assertThat(cascade.footprintBytes()).isPositive();
    assertThat(cascade.toString()).contains("goals=7", "leaves=4", "weighted-mean", "EXCLUDE");
  }

  @Test
  void theBuiltInsRunOnTheFastPathAndOtherStrategiesOnTheGeneralPath() {
    Map<AggregationStrategy, Byte> expected = Map.of(
        AggregationStrategy.weightedMean(), Cascade.WEIGHTED,
        AggregationStrategy.mean(), Cascade.EQUAL,
        AggregationStrategy.proportionalToTarget(), Cascade.TARGET_SIZE,
        AggregationStrategy.minimum(), Cascade.MINIMUM,
        AggregationStrategy.okr(), Cascade.OKR,
        StrategyRegistry.builtIns().aggregation(StrategyConfig.of("mean").withRounding(Rounding.halfUp(2))), Cascade.EQUAL,
        new Maximum(), Cascade.CUSTOM);
    expected.forEach((strategy, kind) -> {
      Cascade cascade = Cascade.builder(GRAPH).defaultStrategy(strategy).build();
      for (int q = 0; q < cascade.size() - cascade.leafCount(); q++) {
        assertThat(cascade.kindAt(q)).as(strategy.toString()).isEqualTo(kind);
      }
    });
  }

  @Test
  void zerosOfEitherSignAndEqualChildrenGiveTheStrategysBitsExactly() {
    double[][] cases = {{-0.0, 0.0, -0.0}, {0.0, -0.0, 0.0}, {-0.0, -0.0, -0.0}, {0.1, 0.1, 0.1}, {0.7, 0.7, 0.7}, {1e-300, 0.0, -0.0}};
    for (AggregationStrategy strategy : List.of(AggregationStrategy.weightedMean(), AggregationStrategy.mean(),
        AggregationStrategy.proportionalToTarget(), AggregationStrategy.minimum(), AggregationStrategy.okr())) {
      Cascade cascade = Cascade.builder(GRAPH).defaultStrategy(strategy).build();
      for (double[] c : cases) {
        CascadeResult result = cascade.rollUp(cascade.leafValues().set(ANA, c[0]).set(BEN, c[1]).set(CAI, c[2]).set(DEE, 0.5));
        double expected = strategy.aggregate(List.of(WeightedScore.of("ana", c[0], 1), WeightedScore.of("ben", c[1], 3),
            WeightedScore.of("cai", c[2], 1))).receipt().unroundedValue();
        assertThat(Double.doubleToRawLongBits(score(result, SALES)))
            .as("%s of %s", strategy, java.util.Arrays.toString(c))
            .isEqualTo(Double.doubleToRawLongBits(expected));
      }
    }
  }

  @Test
  void perGoalStrategiesOverrideTheDefault() {
    Cascade cascade = Cascade.builder(GRAPH)
        .defaultStrategy(AggregationStrategy.mean())
        .strategy(OPS, AggregationStrategy.minimum())
        .build();
    CascadeResult result = cascade.rollUp(leaves(cascade));
    assertThat(score(result, OPS)).isEqualTo(0.5);
    assertThat(score(result, SALES)).isCloseTo((0.4 + 0.8 + 0.5) / 3, EPS);
    assertThat(score(result, COMPANY)).isCloseTo((score(result, SALES) + 0.5) / 2, EPS);
    assertThat(cascade.strategy(OPS)).hasValueSatisfying(s -> assertThat(s.config().name()).isEqualTo("minimum"));
  }

  @Test
  void proportionalToTargetWeighsChildrenByTheirTargetSizes() {
    Cascade cascade = Cascade.builder(GRAPH)
        .defaultStrategy(AggregationStrategy.proportionalToTarget())
        .targetSize(CAI, 100_000)
        .targetSize(DEE, 1_000)
        .build();
    CascadeResult result = cascade.rollUp(leaves(cascade));
    assertThat(score(result, OPS)).isCloseTo((2 * 100_000 * 0.5 + 2 * 1_000 * 1.0) / 202_000, EPS);
    assertThat(cascade.targetSize(CAI)).isEqualTo(100_000);
    assertThat(cascade.targetSize(ANA)).isEqualTo(1);
    Receipt receipt = result.receipt(OPS).orElseThrow();
    assertThat(receipt.line("cai").map(ReceiptLine::weight)).contains(200_000.0);
  }

  @Test
  void okrGradingAveragesKeyResultGrades() {
    Cascade cascade = Cascade.builder(GRAPH).defaultStrategy(AggregationStrategy.okr()).build();
    CascadeResult result = cascade.rollUp(leaves(cascade));
    assertThat(score(result, OPS)).isCloseTo(0.75, EPS);
    assertThat(score(result, SALES)).isCloseTo(1.7 / 3, EPS);
  }

  @Test
  void aCustomStrategyRunsThroughItsInterface() {
    Cascade cascade = Cascade.builder(GRAPH).strategy(SALES, new Maximum()).build();
    CascadeResult result = cascade.rollUp(leaves(cascade));
    assertThat(score(result, SALES)).isEqualTo(0.8);
    assertThat(result.receipt(SALES).orElseThrow().notes()).containsExactly("best: ben");
    result.update(ANA, 0.9);
    assertThat(score(result, SALES)).isEqualTo(0.9);
    assertThat(score(result, COMPANY)).isCloseTo((2 * 0.9 + 0.75) / 3, EPS);
  }

  @Test
  void anUpdateRecomputesOnlyTheLeafsAncestors() {
    Cascade cascade = Cascade.of(GRAPH);
    CascadeResult result = cascade.rollUp(leaves(cascade));
    assertThat(result.update(BEN, 0.3)).isEqualTo(2); // sales, company
    assertThat(score(result, SALES)).isCloseTo((0.4 + 0.9 + 0.5) / 5, EPS);
    assertThat(score(result, OPS)).isCloseTo(0.75, EPS);
    assertThat(result.update(CAI, 0.7)).isEqualTo(3); // sales, ops, company
    assertThat(result.update(CAI, 0.7)).isZero(); // nothing changed
    assertThat(result.updateAt(cascade.indexOf(DEE), 0.2)).isEqualTo(2);
    CascadeResult full = cascade.rollUp(cascade.leafValues().set(ANA, 0.4).set(BEN, 0.3).set(CAI, 0.7).set(DEE, 0.2));
    assertThat(result.scores()).isEqualTo(full.scores());
  }

  @Test
  void anUpdateStopsWhereScoresStopChanging() {
    Cascade cascade = Cascade.builder(GRAPH).strategy(OPS, AggregationStrategy.minimum()).build();
    CascadeResult result = cascade.rollUp(leaves(cascade));
    assertThat(result.update(DEE, 0.9)).isEqualTo(1); // ops stays min(0.5, 0.9) = 0.5: company is not recomputed
    assertThat(score(result, OPS)).isEqualTo(0.5);
  }

  @Test
  void copiesAreIndependent() {
    Cascade cascade = Cascade.of(GRAPH);
    CascadeResult result = cascade.rollUp(leaves(cascade));
    CascadeResult copy = result.copy();
    result.update(ANA, 0.0);
    assertThat(score(copy, ANA)).isEqualTo(0.4);
    assertThat(score(result, ANA)).isEqualTo(0.0);
    assertThat(copy.scores()).isNotEqualTo(result.scores());
  }

  @Test
  void theReceiptOfTheTopGoalExplainsItsScoreExactly() {
    Cascade cascade = Cascade.of(GRAPH);
    CascadeResult result = cascade.rollUp(leaves(cascade));
    Receipt receipt = result.receipt(COMPANY).orElseThrow();
    assertThat(receipt.config()).isEqualTo(StrategyConfig.of(AggregationStrategy.WEIGHTED_MEAN));
    assertThat(receipt.lines()).extracting(ReceiptLine::name).containsExactly("ops", "sales");
    assertThat(receipt.line("sales").orElseThrow().weight()).isEqualTo(2.0);
    assertThat(receipt.line("sales").orElseThrow().value()).isEqualTo(score(result, SALES));
    assertThat(receipt.unroundedValue()).isEqualTo(score(result, COMPANY));
    assertThat(receipt.contributionSum()).isCloseTo(score(result, COMPANY), EPS);
    assertThat(StrategyRegistry.builtIns().replay(receipt).receipt().unroundedValue()).isEqualTo(score(result, COMPANY));
    assertThat(result.receipt(ANA)).isEmpty();
    assertThat(receipt.explain()).contains("sales", "ops");
  }

  @Test
  void roundingShowsInTheReceiptWhileScoresTravelUnrounded() {
    AggregationStrategy rounded = StrategyRegistry.builtIns()
        .aggregation(StrategyConfig.of(AggregationStrategy.WEIGHTED_MEAN).withRounding(Rounding.halfUp(1)));
    Cascade cascade = Cascade.builder(GRAPH).defaultStrategy(rounded).build();
    CascadeResult result = cascade.rollUp(leaves(cascade));
    assertThat(score(result, COMPANY)).isCloseTo(0.69, EPS);
    Receipt receipt = result.receipt(COMPANY).orElseThrow();
    assertThat(receipt.value()).isEqualTo(0.7);
    assertThat(receipt.unroundedValue()).isEqualTo(score(result, COMPANY));
  }

  @Test
  void missingLeavesAreLeftOutByDefault() {
    Cascade cascade = Cascade.of(GRAPH);
    CascadeResult result = cascade.rollUp(leaves(cascade).clear(DEE));
    assertThat(result.score(DEE)).isEmpty();
    assertThat(result.hasLeafValue(DEE)).isFalse();
    assertThat(score(result, OPS)).isEqualTo(0.5);
    assertThat(result.receipt(OPS).orElseThrow().notes())
        .containsExactly("dee has no score: left out (MissingScorePolicy.EXCLUDE)");
    assertThat(result.receipt(OPS).orElseThrow().unroundedValue()).isEqualTo(0.5);
    result.clear(CAI);
    assertThat(result.score(OPS)).isEmpty();
    assertThat(result.receipt(OPS)).isEmpty();
    assertThat(score(result, COMPANY)).isEqualTo(score(result, SALES));
    result.update(DEE, 1.0);
    assertThat(score(result, OPS)).isEqualTo(1.0);
  }

  @Test
  void missingLeavesCanCountAsZero() {
    Cascade cascade = Cascade.builder(GRAPH).missingScores(MissingScorePolicy.ZERO).build();
    CascadeResult result = cascade.rollUp(leaves(cascade).clear(DEE));
    assertThat(score(result, DEE)).isEqualTo(0.0);
    assertThat(score(result, OPS)).isEqualTo(0.25);
    assertThat(result.receipt(OPS).orElseThrow().notes())
        .containsExactly("dee has no leaf value: counted as 0 (MissingScorePolicy.ZERO)");
    result.update(DEE, 1.0);
    assertThat(result.receipt(OPS).orElseThrow().notes()).isEmpty();
    result.clear(DEE);
    assertThat(score(result, OPS)).isEqualTo(0.25);
    assertThat(cascade.missingScores()).isEqualTo(MissingScorePolicy.ZERO);
  }

  @Test
  void missingLeavesCanBeRejected() {
    Cascade cascade = Cascade.builder(GRAPH).missingScores(MissingScorePolicy.REJECT).build();
    assertThatThrownBy(() -> cascade.rollUp(leaves(cascade).clear(DEE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("leafValues.dee")
        .hasMessageContaining("MissingScorePolicy.REJECT");
    CascadeResult result = cascade.rollUp(leaves(cascade));
    assertThatThrownBy(() -> result.clear(DEE)).isInstanceOf(InvalidInputException.class);
    assertThat(score(result, DEE)).isEqualTo(1.0);
  }

  @Test
  void leafValuesComeFromGoalProgressAndKpiAttainment() {
    Cascade cascade = Cascade.of(GRAPH);
    LeafValues values = cascade.leafValues().putGoalProgress();
    assertThat(values.get(ANA)).hasValue(0.4);
    assertThat(values.get(BEN)).hasValue(0.8);
    assertThat(values.get(DEE)).isEmpty();
    MeasurementSeries series = MeasurementSeries.of(DEFECTS, List.of(
        Measurement.of(DEFECTS, LocalDate.of(2026, 3, 1), Instant.parse("2026-03-02T00:00:00Z"), 9),
        Measurement.of(DEFECTS, LocalDate.of(2026, 6, 1), Instant.parse("2026-06-02T00:00:00Z"), 7)));
    Optional<Score> attainment = values.putAttainment(DEE, series, Aggregation.LAST, AttainmentStrategy.linear(1.0));
    assertThat(attainment).hasValueSatisfying(s -> assertThat(s.value()).isCloseTo(0.6, EPS));
    assertThat(values.get(DEE).getAsDouble()).isCloseTo(0.6, EPS);
    assertThat(values.count()).isEqualTo(4);
    assertThat(values.putAttainment(DEE, MeasurementSeries.empty(DEFECTS), Aggregation.LAST, AttainmentStrategy.linear()))
        .isEmpty();
    assertThatThrownBy(() -> values.putAttainment(ANA, series, Aggregation.LAST, AttainmentStrategy.linear()))
        .hasMessageContaining("must be measured by a KPI");
    assertThatThrownBy(() -> values.putAttainment(DEE, MeasurementSeries.empty(KpiId.of("scrap")), Aggregation.LAST,
        AttainmentStrategy.linear())).hasMessageContaining("must be the goal's KPI defects");
    CascadeResult result = cascade.rollUp(values);
    assertThat(score(result, OPS)).isCloseTo((2 * 0.5 + 2 * 0.6) / 4, EPS);
  }

  @Test
  void badInputIsRejectedAndChangesNothing() {
    Cascade cascade = Cascade.builder(GRAPH).leafRange(Scale.FRACTION).build();
    LeafValues values = leaves(cascade);
    GoalId nobody = GoalId.of("nobody");
    assertThatThrownBy(() -> values.set(nobody, 0.5)).isInstanceOf(UnknownReferenceException.class)
        .hasMessage("goal was nobody: must name a goal of the cascade's alignment graph");
    assertThatThrownBy(() -> values.set(ANA, Double.NaN)).isInstanceOf(InvalidInputException.class)
        .hasMessage("leafValues.ana was NaN: must be a finite number");
    assertThatThrownBy(() -> values.set(ANA, 1.5))
        .hasMessage("leafValues.ana was 1.5: must lie in the cascade's leaf range [0.0, 1.0]");
    assertThatThrownBy(() -> values.set(SALES, 0.5))
        .hasMessage("goal was sales: must be a goal without children to take a leaf value; its score is rolled up from its 3 children");
    assertThatThrownBy(() -> values.setAt(-1, 0.5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> values.setAt(cascade.size(), 0.5)).isInstanceOf(InvalidInputException.class);
    assertThat(values.get(ANA)).hasValue(0.4);

    CascadeResult result = cascade.rollUp(values);
    CascadeResult before = result.copy();
    assertThatThrownBy(() -> result.update(nobody, 0.5)).isInstanceOf(UnknownReferenceException.class);
    assertThatThrownBy(() -> result.update(ANA, Double.POSITIVE_INFINITY)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> result.update(ANA, -0.1)).hasMessageContaining("leaf range");
    assertThatThrownBy(() -> result.update(COMPANY, 0.5)).hasMessageContaining("must be a goal without children");
    assertThatThrownBy(() -> result.updateAt(cascade.indexOf(COMPANY), 0.5)).hasMessageContaining("must be a goal without children");
    assertThatThrownBy(() -> result.scoreAt(7)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> result.score(nobody)).isInstanceOf(UnknownReferenceException.class);
    assertThatThrownBy(() -> result.receipt(nobody)).isInstanceOf(UnknownReferenceException.class);
    assertThat(result.scores()).isEqualTo(before.scores());

    Cascade other = Cascade.of(GRAPH);
    assertThatThrownBy(() -> other.rollUp(values)).hasMessageContaining("must come from this cascade's leafValues()");
  }

  @Test
  void badConfigurationIsRejected() {
    Cascade.Builder builder = Cascade.builder(GRAPH);
    assertThatThrownBy(() -> builder.strategy(GoalId.of("nobody"), AggregationStrategy.mean()))
        .isInstanceOf(UnknownReferenceException.class);
    assertThatThrownBy(() -> builder.strategy(ANA, AggregationStrategy.mean()))
        .hasMessageContaining("must have children to take a roll-up strategy");
    builder.strategy(OPS, AggregationStrategy.mean());
    assertThatThrownBy(() -> builder.strategy(OPS, AggregationStrategy.minimum()))
        .hasMessageContaining("must have its strategy set once");
    assertThatThrownBy(() -> builder.targetSize(ANA, -1)).hasMessage("targetSize.ana was -1.0: must be zero or positive and finite");
    assertThatThrownBy(() -> builder.targetSize(ANA, Double.NaN)).isInstanceOf(InvalidInputException.class);
    builder.defaultStrategy(AggregationStrategy.minimum());
    assertThatThrownBy(() -> builder.defaultStrategy(AggregationStrategy.mean())).hasMessageContaining("must be set once");
    assertThat(builder.build().strategy(OPS).orElseThrow().config().name()).isEqualTo("mean");

    Cascade.Builder zeroSizes = Cascade.builder(GRAPH)
        .defaultStrategy(AggregationStrategy.proportionalToTarget())
        .targetSize(CAI, 0)
        .targetSize(DEE, 0);
    assertThatThrownBy(zeroSizes::build).hasMessageContaining("of the children of ops").hasMessageContaining("must be positive");
    assertThatThrownBy(() -> Cascade.builder(GRAPH).defaultStrategy(AggregationStrategy.proportionalToTarget())
        .targetSize(CAI, Double.MAX_VALUE).build()).hasMessageContaining("must be finite");
  }

  @Test
  void aRejectedUpdateLeavesEveryScoreAsItWas() {
    Cascade cascade = Cascade.builder(GRAPH).strategy(SALES, AggregationStrategy.okr()).build();
    CascadeResult result = cascade.rollUp(leaves(cascade));
    CascadeResult before = result.copy();
    assertThatThrownBy(() -> result.update(BEN, 1.2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ben.value was 1.2");
    assertThat(result.scores()).isEqualTo(before.scores());
    assertThat(result.update(BEN, 1.0)).isEqualTo(2);
    assertThatThrownBy(() -> cascade.rollUp(leaves(cascade).set(ANA, -0.5))).hasMessageContaining("ana.value was -0.5");
  }

  @Test
  void anEmptyGraphHasAnEmptyCascade() {
    Cascade cascade = Cascade.of(AlignmentGraph.empty());
    CascadeResult result = cascade.rollUp(cascade.leafValues());
    assertThat(result.scores()).isEmpty();
    result.recompute();
    assertThat(cascade.size()).isZero();
  }

  /** A custom strategy: the best child, for the general path. */
  private static final class Maximum implements AggregationStrategy {
    @Override
    public StrategyConfig config() {
      return StrategyConfig.of("maximum");
    }

    @Override
    public Score aggregate(List<WeightedScore> inputs) {
      WeightedScore best = inputs.stream().max(Comparator.comparingDouble(WeightedScore::value)).orElseThrow();
      Receipt.Builder receipt = Receipt.builder().kind(kind()).config(config());
      inputs.stream().sorted(Comparator.comparing(WeightedScore::name)).forEach(in ->
          receipt.addLines(ReceiptLine.of(in.name(), in.value(), in.weight(), in == best ? in.value() : 0.0)));
      return Score.of(receipt.addNotes("best: " + best.name()).unroundedValue(best.value()).build());
    }
  }
}
