package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KpiExampleTest {

  @Test
  void theExampleReportsEveryReading() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    KpiExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(report)
        .contains("Defect rate (%, LOWER_IS_BETTER)")
        .contains("26 weeks measured, 27 records")
        .contains("attainment:")
        .contains("payout (0.5 / 1.0 / 1.5):")
        .contains("per week, R^2")
        .contains("projection for 2026-12-28:")
        .containsPattern("-> (ON_TRACK|AT_RISK|OFF_TRACK)")
        .contains("improvement, first 4 weeks vs last 4:");
  }
}
