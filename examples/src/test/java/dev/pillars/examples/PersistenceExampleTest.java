package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersistenceExampleTest {
  @Test
  void showsVersionsRollbackIsolationAndErasure() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PersistenceExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains("stored 3 goals for tenant acme")
        .contains("read line-3-scrap at version 1")
        .contains("rejected: Goal 'line-3-scrap' of tenant 'acme' is at version 2, not the expected version 1")
        .contains("line-3-scrap is ACTIVE")
        .contains("inside the unit of work: 3 goals")
        .contains("after rolling back: 3 goals, quality still there: true")
        .contains("tenant globex has 0 goals")
        .contains("dana owns dana-training")
        .contains("aligned 2 links; graph version 1")
        .contains("refused: parent was dana-training: linking quality -> dana-training would close the cycle"
            + " dana-training -> line-3-scrap -> quality -> dana-training")
        .contains("scrap-rate on 2026-03-02: 3.9 (known that evening: 4.1; 2 recordings kept)")
        .contains("erased dana: 1 goal(s) now owned by erased-5e1f; export of dana is empty: true")
        .contains("refused a goal for dana after her erasure");
  }
}
