package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.persistence.memory.MemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The privacy chapter of the manufacturing example, run on the in-memory store after every pillar. */
class PrivacyChapterTest {
  private static String chapter() {
    MemoryStore store = MemoryStore.create();
    ByteArrayOutputStream before = new ByteArrayOutputStream();
    ManufacturingExample.run(new PrintStream(before, true, StandardCharsets.UTF_8), store, AcmeFirm.TENANT, "memory");
    String all = before.toString(StandardCharsets.UTF_8);
    return all.substring(all.indexOf("Privacy: "));
  }

  @Test
  void chenGetsEveryPillarsPartOfHisData() {
    String chapter = chapter();
    assertThat(chapter)
        .contains("goals 2, check-ins 2, reviews 4 (with 5 revisions), calibration adjustments 1")
        .contains("assessments 3, development plans 1, coaching sessions 1, succession candidacies 1")
        .contains("recognitions 2, points budgets 1, pay receipts 2, feedback received 1 and given 1, 1:1s 3")
        .contains("pay: 2026 merit round, ")
        .contains("its receipt replays it exactly: yes")
        .contains("the same export asked for by HR leaves out only the anonymous feedback he gave: yes")
        .contains("is refused by the store: period was 2026-01-01..2026-12-31: must not overlap budget chen-2026");
  }
}
