package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.goal.CheckInRecorded;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.TrackStatus;
import dev.pillars.core.org.Employee;
import dev.pillars.core.smart.SmartAssessment;
import dev.pillars.core.smart.SmartLetter;
import dev.pillars.core.smart.Verdict;
import dev.pillars.examples.readme.AlignmentSnippet;
import dev.pillars.examples.readme.CascadeSnippet;
import dev.pillars.examples.readme.GoalSnippet;
import dev.pillars.examples.readme.KpiSnippet;
import dev.pillars.examples.readme.OrganisationSnippet;
import dev.pillars.examples.readme.SmartSnippet;
import dev.pillars.examples.readme.StorageSnippet;
import dev.pillars.scoring.cascade.CascadeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs each of README's snippets (the regions in {@code dev.pillars.examples.readme}) and checks what it says it does. */
class ReadmeSnippetRunTest {
  private static final Firm FIRM = AcmeFirm.firm();

  @Test
  void theEngineSnippetChecksInRecordsAMeasurementAndReadsAScoreKeptCurrent() {
    var store = dev.pillars.persistence.memory.MemoryStore.create();
    var clock = AcmeFirm.CLOCK;
    var hr = dev.pillars.engine.Pillars.builder().store(store).clock(clock).build()
        .tenant(dev.pillars.core.TenantId.of("acme"))
        .as(dev.pillars.engine.access.Actor.system("hr", java.util.EnumSet.allOf(dev.pillars.engine.access.Action.class)));
    var root = dev.pillars.core.org.OrgUnit.root(dev.pillars.core.org.OrgUnitId.of("acme"), "Acme");
    var ana = dev.pillars.core.org.Employee.builder().id(dev.pillars.core.org.EmployeeId.of("ana")).displayName("Ana Silva")
        .unit(root.id()).role("Plant manager").grade("G9").hireDate(java.time.LocalDate.of(2019, 3, 1)).build();
    hr.organisation().synchronise(dev.pillars.core.org.Organisation.of(dev.pillars.core.TenantId.of("acme"),
        List.of(root), List.of(ana)), dev.pillars.engine.org.LeaverRule.KEEP);
    hr.kpis().define(FIRM.kpis().get(0));
    hr.goals().create(dev.pillars.core.goal.Goal.builder().id(dev.pillars.core.goal.GoalId.of("ana-inspection"))
        .title("Roll out the new inspection checklist on line 3")
        .owner(dev.pillars.core.goal.GoalOwner.employee(dev.pillars.core.org.EmployeeId.of("ana")))
        .level(dev.pillars.core.goal.GoalLevel.INDIVIDUAL)
        .period(dev.pillars.core.Period.of(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 6, 30)))
        .measure(dev.pillars.core.goal.GoalMeasure.manual(0)).build());
    hr.goals().activate(dev.pillars.core.goal.GoalId.of("ana-inspection"));
    List<dev.pillars.engine.event.PublishedEvent> published = new ArrayList<>();
    var score = dev.pillars.examples.readme.EngineSnippet.engine(store, clock, published);
    assertThat(score.orElseThrow().value()).isEqualTo(0.5);
    assertThat(published).extracting(e -> e.event().getClass().getSimpleName())
        .containsExactly("CheckInRecorded", "MeasurementRecorded");
  }

  @Test
  void theOrganisationSnippetFindsAnasTeam() {
    assertThat(OrganisationSnippet.team()).extracting(Employee::displayName).containsExactly("Chen Wei");
  }

  @Test
  void theGoalSnippetPublishesTheCheckInAndEndsOnAnIllegalTransition() {
    List<DomainEvent> published = new ArrayList<>();
    assertThatThrownBy(() -> GoalSnippet.lifecycle(AcmeFirm.CLOCK, published::add))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(published).singleElement().isInstanceOf(CheckInRecorded.class);
  }

  @Test
  void theAlignmentSnippetAnswersItsQueries() {
    AlignmentGraph graph = AlignmentSnippet.graph(FIRM.goal(AcmeFirm.OBJECTIVE), FIRM.goal(AcmeFirm.id("north-plant")),
        FIRM.goal(AcmeFirm.id("chen-training")), AcmeFirm.CLOCK);
    assertThat(graph.pathToObjective(AcmeFirm.id("chen-training")))
        .contains(List.of(AcmeFirm.id("chen-training"), AcmeFirm.id("north-plant"), AcmeFirm.OBJECTIVE));
    assertThat(graph.descendants(AcmeFirm.OBJECTIVE)).hasSize(2);
    assertThat(graph.orphans()).isEmpty();
    assertThat(graph.alignmentCoverage()).hasValue(1.0);
  }

  @Test
  void theKpiSnippetHasEnoughWeeksForATrendAndAnImprovement() {
    KpiSnippet.Readings kpi = KpiSnippet.readings(AcmeFirm.CLOCK);
    assertThat(kpi.series().dates()).isEqualTo(8);
    assertThat(kpi.series().history()).hasSize(9);                 // the correction is kept beside the original
    assertThat(kpi.attainment()).isCloseTo(0.8 / 1.5, within(1e-9)); // 5.0 -> 4.2 of 5.0 -> 3.5
    assertThat(kpi.payout()).isCloseTo(0.65, within(1e-9));          // between threshold (0.5) and target (1.0)
    assertThat(kpi.trend().slope()).isNegative();
    assertThat(kpi.status()).isIn((Object[]) TrackStatus.values());
    assertThat(kpi.improvement().relativeImprovement().orElseThrow()).isCloseTo(0.066, within(0.001));
  }

  @Test
  void theSmartSnippetFindsTheDefectGoalNeedsMoreThanItsTrend() {
    Firm.Kpi defects = FIRM.kpiReadings().get(AcmeFirm.DEFECT_RATE);
    SmartAssessment assessment =
        SmartSnippet.assess(defects.goal(), FIRM.graph(), defects.definition(), defects.series(), AcmeFirm.CLOCK);
    assertThat(assessment.finding(SmartLetter.ACHIEVABLE).verdict()).isEqualTo(Verdict.WARN);
    assertThat(assessment.finding(SmartLetter.ACHIEVABLE).reason())
        .startsWith("needs 1.4 times the historical rate: needs -0.0325 % per week to reach 3.5 % by 2026-12-31, "
            + "history gives -0.0232 % per week (");
  }

  @Test
  void theCascadeSnippetScoresTheMainExamplesGraphAndRecomputesTwoAncestors() {
    Firm firm = FIRM.withCheckInsRecorded();
    CascadeSnippet.Scored scored =
        CascadeSnippet.score(firm.graph(), firm.kpiReadings().get(AcmeFirm.DEFECT_RATE).target());
    assertThat(scored.why()).contains("north-plant", "south-plant", "inspection-returns");
    assertThat(scored.recomputed()).isEqualTo(2);
    // after the update the objective is again the weighted mean (2 : 1) of the two plants; returns has no score
    CascadeResult result = scored.result();
    assertThat(result.score(AcmeFirm.id("north-defects"))).hasValue(0.614);
    assertThat(result.score(AcmeFirm.OBJECTIVE).getAsDouble()).isCloseTo(
        (2 * result.score(AcmeFirm.id("north-plant")).getAsDouble() + result.score(AcmeFirm.id("south-plant")).getAsDouble()) / 3,
        within(1e-9));
  }

  @Test
  void theStorageSnippetReadsBackWhatItWroteWithTheCheckIn() {
    Firm.Kpi defects = FIRM.kpiReadings().get(AcmeFirm.DEFECT_RATE);
    StorageSnippet.ReadBack read = StorageSnippet.writeAndRead(FIRM.organisation(), defects.definition(),
        defects.series(), FIRM.goals(), FIRM.links(), AcmeFirm.CLOCK);
    assertThat(read.snapshot()).isEqualTo(FIRM.organisation());
    assertThat(read.series()).isEqualTo(defects.series());
    assertThat(read.graph().size()).isEqualTo(FIRM.goals().size());
    assertThat(read.graph().goal(AcmeFirm.id("chen-training")).map(g -> g.measure()))
        .isEqualTo(Optional.of(GoalMeasure.manual(0.75)));
    try (Stream<?> checkIns = read.store().checkIns().streamByGoal(AcmeFirm.id("chen-training"))) {
      assertThat(checkIns.collect(Collectors.toList())).hasSize(1);
    }
  }
}
