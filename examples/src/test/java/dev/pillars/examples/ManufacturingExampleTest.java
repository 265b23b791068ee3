package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
  void theReportIntroducesTheFirm() {
    assertThat(report())
        .startsWith("Acme Precision Parts, performance report on 2026-07-06")
        .contains("7 units, 15 employees; management roots: Maria Keller (Chief executive), Nina Berg (Contract safety officer)")
        .contains("Ana Silva leads 5 people in North plant");
  }

  @Test
  void theCascadeIsAnIndentedTreeWithProgress() {
    assertThat(report())
        .contains("Goal cascade (15 goals, 13 links), progress as of 2026-07-06")
        .containsPattern("\n  \\d+% +Improve production quality  \\[Acme Precision Parts, weighted mean of aligned goals\\]\n")
        .containsPattern("\n    \\d+% +Cut the North plant's defect rate by 30 %.*\\[North plant, KPI defect-rate attainment, weight 2\\]\n")
        .containsPattern("\n      50% +Fit error-proofing fixtures at all 4 assembly stations  \\[North assembly, 2 of 4 milestones\\]\n")
        .containsPattern("\n        75% +Train 12 assemblers on the new fixtures by June  \\[Chen Wei, self-reported\\]\n");
  }

  @Test
  void aGoalWithTwoParentsAppearsUnderBoth() {
    String report = report();
    String marco = "50%  Run 6 kaizen workshops, 3 in each plant  [Marco Rossi, 3 of 6 milestones, 2 parents]";
    assertThat(report.split(java.util.regex.Pattern.quote(marco), -1)).hasSize(3);
  }

  @Test
  void everyGoalGetsItsSmartFindings() {
    assertThat(report())
        .contains("SMART findings (Specific, Measurable, Achievable, Relevant, Time-bound)")
        .contains("WARN [S:WARN M:PASS A:PASS R:PASS T:PASS]  Improve production quality")
        .contains("S WARN: says \"improve\" but names no number and no KPI measures it")
        .containsPattern("A (PASS|WARN|FAIL): .*needs -0\\.\\d+ % per week to reach 3\\.5 % by 2026-12-31, history gives -0\\.\\d+ % per week \\(R\\^2 0\\.\\d\\d, 26 points\\)")
        .contains("M FAIL: derived from the goals aligned under it, but none is")
        .contains("T FAIL: due on 2026-06-30, 6 days ago, and still ACTIVE")
        .contains("R FAIL: aligned to nothing")
        .contains("T WARN: due on 2028-06-30, 23 months away: beyond the 18-month horizon")
        .containsPattern("\\d+ of 15 goals pass every letter, \\d+ warn, \\d+ fail");
  }

  @Test
  void eachKpiReportsAttainmentPayoutTrendProjectionAndImprovement() {
    assertThat(report())
        .contains("Defect rate (%, LOWER_IS_BETTER): 5.0 -> 3.5 by 2026-12-31, threshold 4.5, stretch 3.0")
        .contains("26 weeks measured, 27 records")
        .containsPattern("correction: 2026-03-09 read \\d\\.\\d\\d, corrected to \\d\\.\\d\\d on 2026-07-02T10:00:00Z")
        .contains("Units per labour hour (units/h, HIGHER_IS_BETTER): 40.0 -> 48.0 by 2026-12-31, threshold 44.0, stretch 50.0")
        .containsPattern("now \\(mean of the last 4 weeks\\): \\d+\\.\\d\\d %; attainment \\d\\.\\d\\d; payout \\d\\.\\d\\d")
        .containsPattern("trend: [+-]\\d\\.\\d{4} % per week, R\\^2 \\d\\.\\d\\d")
        .containsPattern("projection for 2026-12-31: \\d+\\.\\d\\d units/h, attainment \\d\\.\\d\\d -> (ON_TRACK|AT_RISK|OFF_TRACK)")
        .containsPattern("improvement, first 4 weeks vs last 4: \\d\\.\\d\\d -> \\d\\.\\d\\d %, [+-]\\d+\\.\\d % \\((better|not better)\\)");
  }

  @Test
  void theReportEndsWithAlignmentCoverageAndOrphans() {
    assertThat(report())
        .contains("Alignment coverage: 86% of individual goals reach the objective (6 of 7)")
        .endsWith("Orphans: lena-quality (Help with quality), south-iso (Certify the South plant to ISO 9001 by mid-2028)"
            + System.lineSeparator());
  }

  @Test
  void theReportIsTheSameOnEveryRun() {
    assertThat(report()).isEqualTo(report());
  }
}
