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
    ReviewChapter.run(new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), store, AcmeFirm.TENANT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CalibrationChapter.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), store, AcmeFirm.TENANT);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theReviewCyclesProposedRatingsAreCalibratedEliAsAmendedAndNoSmallGroupIsFlagged() {
    assertThat(report())
        .contains("Read from review cycle 2026-h1: 5 proposed ratings of submitted manager reviews")
        .contains("Proposed: the whole cycle: 0 (0 % vs 10 %) / 0 (0 % vs 20 %) / 1 (20 % vs 40 %) / 2 (40 % vs 20 %)"
            + " / 2 (40 % vs 10 %), outside tolerance")
        .contains("  ana    +0.30 [-6.42, +7.02] over 2  no effect beyond noise")
        .contains("  farah  -1.20 [-5.20, +2.80] over 1  no effect beyond noise")
        .doesNotContain("LENIENCY").doesNotContain("SEVERITY");
  }

  @Test
  void theFewestMovesAreAppliedWithTheirReasonsAndMeetTheGuideline() {
    assertThat(report())
        .contains("Suggested moves, fewest that meet the guideline: 2\n"
            + "  chen   exceeds -> developing: level 'exceeds' holds 40.0 % against 20.0 % ± 10.0 %, level 'developing'"
            + " 0.0 % against 20.0 %\n")
        .contains("Final: the whole cycle: 0 (0 % vs 10 %) / 1 (20 % vs 20 %) / 2 (40 % vs 40 %) / 1 (20 % vs 20 %)"
            + " / 1 (20 % vs 10 %), within tolerance")
        .contains("Session 2026-h1-all closed by tom with 2 adjustments and 1 note (visible to its 2 calibrators only)");
  }

  @Test
  void theNineBoxShowsEachCalibratedPersonAndTheirMovement() {
    assertThat(report())
        .contains("  dana   high performer         from effective\n")
        .contains("  farah  future star            stayed\n")
        .doesNotContain("  tom    ");
  }
}
