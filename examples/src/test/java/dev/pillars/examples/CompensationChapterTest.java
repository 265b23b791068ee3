package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.persistence.memory.MemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompensationChapterTest {
  private static String chapter() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MemoryStore store = MemoryStore.create();
    AcmeEngine.enter(store, AcmeFirm.TENANT);
    CompensationChapter.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), store, AcmeFirm.TENANT);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theMeritRoundAndTheBonusPoolMeetTheirBudgetsToTheCent() {
    String text = chapter();
    assertThat(text).contains("Merit round on matrix merit-2026")
        .contains("Bonus pool under plan bonus-2026: EUR 120000.00")
        .doesNotContain("NOT exact");
    assertThat(text.split("exact to the cent", -1)).hasSize(3);
  }
}
