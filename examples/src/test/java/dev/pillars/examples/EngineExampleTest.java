package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.persistence.memory.MemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EngineExampleTest {
  private static String report() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EngineExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), MemoryStore.create(), AcmeFirm.TENANT);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theHalfYearRunsThroughTheEngineAndEveryStepIsReported() {
    assertThat(report())
        .contains("Organisation synchronised from the HR system: 15 people joined, 7 units")
        .contains("Goals agreed: 17 created and activated, 15 alignment links")
        .contains("Measurements from the plant systems: 52 recorded, 1 corrected")
        .contains("Check-ins by the goals' owners, each acting as themself: 7")
        .contains("\"Improve production quality\" scores 39 %, kept current by the engine:")
        .contains("person:lena may not CHECK_IN goal dana-stops: no rule allows it")
        .contains("Ana, Dana's manager two levels up, may see it: \"Log every line stop longer than 5 minutes\"")
        .contains("  \"Improve production quality\": 39 % -> 41 %")
        .contains("given to 3 people at once: 3 goals and 3 links, checked in full first, written in 1 unit of work")
        .contains("Lena leaves: her open goal \"Help with quality\" passes to Kofi Mensah")
        .contains("every score unchanged: yes")
        .contains("Events delivered after their commits, each with its tenant, actor and id: 142")
        .doesNotContain("weighted-mean", "{}", "MissingScorePolicy");
  }
}
