package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.persistence.memory.MemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The development chapter of the manufacturing example, run on the in-memory store. */
class DevelopmentChapterTest {
  private static String chapter() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MemoryStore store = MemoryStore.create();
    AcmeEngine.enter(store, AcmeFirm.TENANT);
    DevelopmentChapter.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), store, AcmeFirm.TENANT);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theChapterShowsGapsAPlanWithCoachingAndTheSuccessionPipeline() {
    String chapter = chapter();
    assertThat(chapter)
        .contains("Development: Acme manufacturing competencies (7 competencies, 4 of them leadership)")
        .contains("largest gaps in plant-north: ")
        .contains("plan \"From assembly lead to coach\" for Chen: 3 actions")
        .contains("largest gaps in plant-south: coaching-others (3 people, 4 levels short)")
        .contains("coaching others: level 1 before the plan, 2 after, target 3")
        .contains("unit bench strength 0 %; no emergency cover")
        .contains("Farah, HR business partner and candidate, asks for the North slate: a candidate never sees the slate")
        .contains("leadership gaps of chen: communication -1, coaching-others -1; addressed by [chen-2026], not yet: [communication]");
    assertThat(chapter.indexOf("Plant manager, South")).isLessThan(chapter.indexOf("Plant manager, North"));
  }
}
