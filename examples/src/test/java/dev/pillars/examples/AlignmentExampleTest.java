package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AlignmentExampleTest {
  @Test
  void printsTheCascadeTheRejectedCycleCoverageAndOrphans() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AlignmentExample.run(
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(report)
        .contains("Alignment cascade (7 goals, 6 links):")
        .contains("  Improve production quality [ORGANISATION")
        .contains("      Quality lab: root cause in 48 hours [UNIT")
        .contains("Ben's path to the objective: ben -> lab -> north -> quality")
        .contains(
            "rejected: parent was ben: linking quality -> ben would close the cycle"
                + " ben -> lab -> north -> quality -> ben")
        .contains("Alignment coverage: 67 % of individual goals reach the objective")
        .contains("Orphans: [cleo]")
        .contains("Alignment coverage: 100 % of individual goals reach the objective, orphans: []");
  }
}
