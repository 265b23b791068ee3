package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CascadeExampleTest {

  @Test
  void theCascadeIsScoredExplainedAndUpdatedIncrementally() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CascadeExample.run(
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        Clock.fixed(Instant.parse("2026-06-30T17:00:00Z"), ZoneOffset.UTC));
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(report)
        // the custom strategy was found through ServiceLoader and is used by name
        .contains("Roll-up strategies: [mean, minimum, okr, proportional-to-target, weakest-mean, weighted-mean]")
        .containsPattern("north +0\\.400 +\\(weight 2\\.000, weakest-mean\\)")
        .containsPattern("lab +0\\.300 +\\(weight 1\\.000, okr\\)")
        .containsPattern("south +0\\.450 +\\(weight 1\\.000, weighted-mean\\)")
        // the top goal's receipt: its children's scores, link weights and contributions
        .contains("Why acme-2026 scores 0.417:")
        .containsPattern("north +0\\.4 +2 +0\\.266667 +66\\.7 %\\n")
        .containsPattern("south +0\\.45 +1 +0\\.15 +33\\.3 %\\n")
        .contains("note: mean of the 2 weakest of 3 children; link weights do not apply")
        // each new measurement recomputes only the goals above it
        .contains("June defect rate 2.9 %: ana -> 0.917, recomputed 2 goals, acme-2026 -> 0.483")
        .contains("Root cause in 40 h: kr-root-cause -> 1.000, recomputed 4 goals")
        .contains("Why acme-2026 now scores 0.692:")
        .containsPattern("north +0\\.75 +2 +0\\.5 +66\\.7 %\\n")
        // a cancelled goal no longer counts; the scores move to the changed graph with their values
        .contains("Ben's goal cancelled: north -> 0.858, acme-2026 -> 0.764")
        .contains("note: ben is CANCELLED: left out (counted statuses: [ACTIVE, ACHIEVED, PARTIALLY_ACHIEVED, MISSED])");
  }
}
