package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.TenantStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ManufacturingExampleTest {

  private static String report() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ManufacturingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theFirmReadBackFromTheStoreIsTheFirmWrittenWithItsCheckInsRecorded() {
    Firm written = AcmeFirm.firm();
    TenantStore tenant = MemoryStore.create().forTenant(AcmeFirm.TENANT);

    int unitsOfWork = FirmStore.write(tenant, written);
    Firm read = FirmStore.read(tenant);

    assertThat(unitsOfWork).isEqualTo(3 + written.checkIns().size());
    assertThat(read).isEqualTo(written.withCheckInsRecorded());
    assertThat(read.organisation()).isEqualTo(written.organisation());
    assertThat(read.graph()).isEqualTo(written.withCheckInsRecorded().graph());
    assertThat(read.measurements()).isEqualTo(written.measurements());
    assertThat(read.checkIns()).isEqualTo(written.checkIns());
    // the check-ins moved the self-reported goals, each to its latest check-in
    assertThat(written.goal(AcmeFirm.id("chen-training")).measure()).isEqualTo(GoalMeasure.manual(0));
    assertThat(read.goal(AcmeFirm.id("chen-training")).measure()).isEqualTo(GoalMeasure.manual(0.75));
    assertThat(tenant.goals().find(AcmeFirm.id("chen-training")).orElseThrow().version())
        .isGreaterThan(tenant.goals().find(AcmeFirm.id("farah-playbook")).orElseThrow().version());
  }

  @Test
  void theReportIntroducesTheFirmAndTheStoreItWasReadFrom() {
    assertThat(report())
        .startsWith("Acme Precision Parts, performance report on 2026-07-06\n"
            + "======================================================\n")
        .contains("7 units, 15 employees; management roots: Maria Keller (Chief executive), Nina Berg (Contract safety officer)")
        .contains("Ana Silva leads 5 people in North plant")
        .contains("stored in the in-memory store (tenant acme-precision) in 10 units of work and read back: 17 goals, 15 links, "
            + "2 KPIs with 53 measurements, 7 check-ins");
  }

  @Test
  void theCascadeIsAnIndentedTreeScoredByTheRollUp() {
    assertThat(report())
        .contains("Goal cascade (17 goals, 15 links), scores as of 2026-07-06")
        .contains("\n  51 %  Improve production quality  [Acme Precision Parts, weighted mean of 3 aligned goals]\n"
            + "    50 %  Make the North plant right first time  [North plant, weighted mean of 3 aligned goals, counts 67 %]\n"
            + "      41 %  Cut the North plant's defect rate by 30 %, from 5.0 % to 3.5 %  [North plant, attainment of KPI \"Defect rate\", counts 50 %]\n"
            + "      68 %  Fit error-proofing fixtures at all 4 assembly stations  [North assembly, weighted mean of 2 aligned goals, counts 25 %]\n"
            + "        75 %  Train 12 assemblers on the new fixtures by June  [Chen Wei, self-reported, counts 50 %]\n")
        .contains("53 %  Find the root cause of every defect within 48 hours  [North quality lab, mean of the 2 weakest of 3 aligned goals, counts 25 %]")
        .contains("-     Halve customer returns from the South plant by December  [South inspection, derived, but nothing is aligned under it: no score, left out]");
  }

  @Test
  void theObjectiveAndTheCustomStrategyExplainTheirScores() {
    assertThat(report())
        .contains("Why \"Improve production quality\" scores 51 %: the weighted mean of its aligned goals\n"
            + "  aligned goal                                          value   counts     adds\n"
            + "  Make the North plant right first time                  50 %     67 %     34 %\n"
            + "  Make the South plant faster without losing quality     51 %     33 %     17 %\n"
            + "  Halve customer returns from the South plant by December: no score yet, left out\n"
            + "  result                                                                   51 %\n")
        .contains("Why \"Find the root cause of every defect within 48 hours\" scores 53 %: the mean of the 2 weakest of its"
            + " aligned goals\n"
            + "  aligned goal                                    value   counts     adds\n"
            + "  Publish a root-cause playbook for the lab        67 %      0 %      0 %\n"
            + "  Close 90 % of defect reports within 48 hours     55 %     50 %     28 %\n"
            + "  Run 6 kaizen workshops, 3 in each plant          50 %     50 %     25 %\n"
            + "  result                                                             53 %\n");
  }

  @Test
  void theTreeAndTheReceiptsGiveEachGoalTheSameShareOfItsParent() {
    String report = report();
    // the playbook's link weight is 2, but the weakest-mean leaves out the strongest goal: it counts 0 % in both
    assertThat(report)
        .contains("Publish a root-cause playbook for the lab  [Farah Khan, 2 of 3 milestones, counts 0 %]")
        .containsPattern("\n  Publish a root-cause playbook for the lab +67 % +0 % +0 %\n")
        .contains("Make the North plant right first time  [North plant, weighted mean of 3 aligned goals, counts 67 %]")
        .containsPattern("\n  Make the North plant right first time +50 % +67 % +34 %\n")
        .contains("Make the South plant faster without losing quality  [South plant, weighted mean of 2 aligned goals, counts 33 %]")
        .containsPattern("\n  Make the South plant faster without losing quality +51 % +33 % +17 %\n");
  }

  @Test
  void theReportWritesNoStrategyConfigurationEnumConstantOrBareRatioForAReader() {
    String report = report();
    assertThat(report)
        .doesNotContain("weighted-mean", "weakest-mean", "{}", "MissingScorePolicy", "R^2", "minor units",
            "LOWER_IS_BETTER", "HIGHER_IS_BETTER", "ON_TRACK", "AT_RISK", "OFF_TRACK")
        // every share, score, attainment and payout is a whole percentage, never a ratio such as 0.505
        .doesNotContainPattern("(attainment|payout|scores|confidence|coverage:?) [01]\\.\\d")
        .doesNotContainPattern("\\d%");
  }

  @Test
  void aNewMeasurementRecomputesOnlyItsAncestors() {
    assertThat(report())
        .contains("New measurement: defect rate 3.20 % in the week of 2026-07-06; mean of the last 4 weeks 4.08 %")
        .contains("\"Cut the North plant's defect rate by 30 %, from 5.0 % to 3.5 %\": attainment 41 % -> 61 %; recomputed 2 goals,"
            + " the ones above it: \"Improve production quality\", \"Make the North plant right first time\"")
        .contains("\"Improve production quality\": 51 % -> 57 %" + System.lineSeparator());
  }

  @Test
  void aGoalWithTwoParentsAppearsUnderBoth() {
    String report = report();
    String marco = "50 %  Run 6 kaizen workshops, 3 in each plant  [Marco Rossi, 3 of 6 milestones, counts 50 %, 2 parents]";
    assertThat(report.split(java.util.regex.Pattern.quote(marco), -1)).hasSize(3);
  }

  @Test
  void theLatestCheckInOfEachSelfReportedGoalIsShown() {
    assertThat(report())
        .contains("Check-ins (7 recorded), the latest of each self-reported goal")
        .contains("75 %  Chen Wei     on 2026-06-26, confidence 60 %, 2 check-ins: \"9 of 12 trained; 3 are on leave until July\"")
        .contains("20 %  Lena Fischer on 2026-06-12, confidence 30 %, 1 check-in\n");
  }

  @Test
  void everyGoalGetsItsSmartFindings() {
    assertThat(report())
        .contains("SMART findings (Specific, Measurable, Achievable, Relevant, Time-bound)")
        .contains("WARN [S:WARN M:PASS A:PASS R:PASS T:PASS]  Improve production quality")
        .contains("S WARN: says \"improve\" but names no number and no KPI measures it")
        .containsPattern("A (PASS|WARN|FAIL): .*needs -0\\.\\d+ % per week to reach 3\\.5 % by 2026-12-31, history gives -0\\.\\d+ % per week \\(the trend line explains \\d+ % of the variation in 26 points\\)")
        .contains("M FAIL: derived from the goals aligned under it, but none is")
        .contains("T FAIL: due on 2026-06-30, 6 days ago, and still ACTIVE")
        .contains("M WARN: manual progress (now 75 %) is only self-reported")
        .contains("R FAIL: aligned to nothing")
        .contains("T WARN: due on 2028-06-30, 23 months away: beyond the 18-month horizon")
        .containsPattern("\\d+ of 17 goals pass every letter, \\d+ warn, \\d+ fail");
  }

  @Test
  void eachKpiReportsAttainmentPayoutTrendProjectionAndImprovement() {
    assertThat(report())
        .contains("Defect rate (%, lower is better): 5.0 -> 3.5 by 2026-12-31, threshold 4.5, stretch 3.0")
        .contains("26 weeks measured, 27 records")
        .containsPattern("correction: 2026-03-09 read \\d\\.\\d\\d, corrected to \\d\\.\\d\\d on 2026-07-02\\n")
        .contains("Units per labour hour (units/h, higher is better): 40.0 -> 48.0 by 2026-12-31, threshold 44.0, stretch 50.0")
        .contains("now (mean of the last 4 weeks): 4.39 %; attainment 41 %; payout 55 % of target"
            + " (50 % at threshold, 100 % at target, 150 % at stretch)")
        .containsPattern("trend: [+-]\\d\\.\\d{4} % per week; the straight line explains \\d+ % of the weekly ups and downs")
        .containsPattern("projection for 2026-12-31: \\d+\\.\\d\\d units/h, attainment \\d+ %: (on track|at risk|off track)")
        .containsPattern("improvement, first 4 weeks vs last 4: \\d\\.\\d\\d -> \\d\\.\\d\\d %, [+-]\\d+\\.\\d % \\((better|not better)\\)");
  }

  @Test
  void theReportShowsAlignmentCoverageAndOrphans() {
    assertThat(report())
        .contains("Alignment coverage: 86 % of individual goals reach the objective (6 of 7)")
        .contains("Orphans: \"Certify the South plant to ISO 9001 by mid-2028\", \"Help with quality\""
            + System.lineSeparator());
  }

  @Test
  void theReportIsTheSameOnEveryRun() {
    assertThat(report()).isEqualTo(report());
  }

  @Test
  void theStoreIsTheInMemoryStoreUnlessAPropertySaysOtherwise() {
    try (ExampleStores.OpenStore open = ExampleStores.open(null, null)) {
      assertThat(open.store()).isInstanceOf(MemoryStore.class);
      assertThat(open.description()).isEqualTo("the in-memory store");
    }
    assertThatThrownBy(() -> ExampleStores.open("oracle", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pillars.store")
        .hasMessageContaining("oracle");
  }

  @Test
  void theReportOnEmbeddedH2EqualsTheReportOnTheInMemoryStore() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ExampleStores.OpenStore open = ExampleStores.open("h2", null)) {
      ManufacturingExample.run(
          new PrintStream(bytes, true, StandardCharsets.UTF_8), open.store(), open.tenant(), open.description());
    }
    String onH2 = bytes.toString(StandardCharsets.UTF_8);
    assertThat(onH2).contains("stored in the JDBC store on embedded H2 (PostgreSQL mode)");
    assertThat(onH2.replace("the JDBC store on embedded H2 (PostgreSQL mode)", "the in-memory store"))
        .isEqualTo(report());
  }
}
