package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The feedback chapter of the manufacturing example, on the firm written to a fresh store. */
class FeedbackChapterTest {
  private static String chapter() {
    PillarsStore store = MemoryStore.create();
    AcmeEngine.enter(store, AcmeFirm.TENANT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FeedbackChapter.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), store, AcmeFirm.TENANT);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void praiseIsReadAsItsVisibilityAllowsAndAnAnonymousNoteHidesItsGiver() {
    assertThat(chapter())
        .contains("nina reads of gus's feedback: 0 entries; of dana's: 1\n")
        .contains("chen reads an upward note: \"Stand-ups run long; the second half rarely concerns us\", from (anonymous)\n");
  }

  @Test
  void theRoundShowsOnlyGroupsOfAtLeastKAndTheSurveyFeedsTheEngagementKpi() {
    assertThat(chapter())
        .contains("  MANAGER  suppressed: fewer than 3 responses\n  PEERS    4 answers, means [4.00, 4.00]\n"
            + "  REPORTS  suppressed: fewer than 3 responses\n  OTHERS   suppressed: fewer than 3 responses\n"
            + "  TOTAL    7 answers, means [3.86, 3.86]\n")
        .contains("  north-assembly    3 responses  engagement 75.0  eNPS +0\n"
            + "  TOTAL            10 responses  engagement 72.5  eNPS +20\n")
        .contains("recorded as KPI engagement-index: 72.5 on 2026-06-14\n");
  }

  @Test
  void oneOnOnesCarryOpenActionsAndKeepPrivateNotesAndEachManagerHasACadence() {
    assertThat(chapter())
        .contains("June 1st held with 1 open action carried over: [Train the night shift on the fixtures]\n")
        .contains("notes chen reads of May 4th: 1 (ana's private note is hers alone); ana reads: 2\n")
        .contains("  Ana Silva      2 reports   50 %   50 %\n")
        .contains("  Chen Wei       2 reports   50 %   50 %\n");
  }
}
