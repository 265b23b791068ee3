package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The review chapter of the manufacturing example, on the firm written to a fresh store. */
class ReviewChapterTest {
  private static String chapter() {
    PillarsStore store = MemoryStore.create();
    AcmeEngine.enter(store, AcmeFirm.TENANT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReviewChapter.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), store, AcmeFirm.TENANT);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theChapterRunsTheCycleAndScoresEveryManagerReview() {
    assertThat(chapter())
        .contains("Half-year review of the North plant\n-----------------------------------\n")
        .contains("10 reviews assigned")
        .contains("Goal setting: without goals [eli]\n  closed by HR: Eli joined the line in May")
        .contains("Self review phase cannot close yet: cannot be reached while SELF_REVIEW has open work "
            + "[1 SELF reviews unsubmitted: [2026-h1:self:eli]]")
        .contains("her manager chen reads it: yes; eli reads it: no (no rule allows it")
        .contains("pending {MANAGER=[2026-h1:manager:farah]}; without feedback [eli, farah, gus]; "
            + "overdue per manager {ana=[2026-h1:manager:farah]}")
        .contains("  dana   by chen   5 outstanding\n")
        .contains("  dana   4.80 -> outstanding\n"
            + "           competencies  4.50 x 30 %  adds 1.35\n"
            + "           feedback      4.50 x 10 %  adds 0.45\n"
            + "           goals         5.00 x 60 %  adds 3.00\n")
        .contains("  farah  4.83 -> outstanding\n           competencies  4.50 x 33 %  adds 1.50\n")
        .contains("  revision 1 by chen: proposed 3 solid\n"
            + "  revision 2 by chen (The fixture fix credited to the night shift was Eli's): proposed 4 strong\n");
  }
}
