package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutboxExampleTest {
  @Test
  void showsTheOutboxTheRelayAndTheCommitCounter() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutboxExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains("commit number 1 wrote the goal and its event")
        .contains("pending after a rollback: 1")
        .contains("cache is stale: true")
        .contains("published GoalCreated 00000000-0000-0001-0000-000000000001")
        .contains("marked 1; pending now 0");
  }
}
