package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The calibration chapter of the manufacturing example, on a store holding the firm. */
class CalibrationChapterTest {
  private static String report() {
    PillarsStore store = MemoryStore.create();
    AcmeEngine.enter(store, AcmeFirm.TENANT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CalibrationChapter.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), store, AcmeFirm.TENANT);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theProposedRatingsMissTheGuidelineAndNoSmallGroupIsFlagged() {
    assertThat(report())
        .contains("Proposed: the whole cycle: 0 (0 % vs 10 %) / 1 (8 % vs 20 %) / 5 (38 % vs 40 %) / 6 (46 % vs 20 %)"
            + " / 1 (8 % vs 10 %), outside tolerance")
        .contains("  maria  +0.13 [-1.72, +1.98] over 3  no effect beyond noise")
        .contains("  hana   -1.54 [-5.54, +2.46] over 1  no effect beyond noise")
        .doesNotContain("LENIENCY").doesNotContain("SEVERITY");
  }

  @Test
  void theFewestMovesAreAppliedWithTheirReasonsAndMeetTheGuideline() {
    assertThat(report())
        .contains("Suggested moves, fewest that meet the guideline: 3\n"
            + "  farah  exceeds -> developing: level 'exceeds' holds 46.2 % against 20.0 % ± 10.0 %, level 'developing'"
            + " 7.7 % against 20.0 %\n")
        .contains("Final: the whole cycle: 0 (0 % vs 10 %) / 2 (15 % vs 20 %) / 6 (46 % vs 40 %) / 3 (23 % vs 20 %)"
            + " / 2 (15 % vs 10 %), within tolerance")
        .contains("Session 2026-h1-all closed by tom with 3 adjustments and 1 note (visible to its 2 calibrators only)");
  }

  @Test
  void theNineBoxShowsEachPersonAndTheirMovement() {
    assertThat(report())
        .contains("  dana   core player            from effective\n")
        .contains("  farah  rough diamond          from future star\n")
        .contains("  tom    high performer         stayed\n");
  }
}
