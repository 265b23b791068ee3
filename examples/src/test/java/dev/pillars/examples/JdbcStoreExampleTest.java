package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JdbcStoreExampleTest {
  @Test
  void theSameCodeGivesTheSameResultsOnTheMemoryStoreAndOnH2() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JdbcStoreExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), JdbcStoreExample.H2, "sa", "");
    String output = bytes.toString(StandardCharsets.UTF_8);

    String[] runs = output.split("\n\n");
    assertThat(runs).hasSize(2);
    assertThat(runs[0]).startsWith("== the in-memory store ==");
    assertThat(runs[1])
        .startsWith("== the JDBC store on embedded H2 (PostgreSQL mode) ==")
        .contains("migrations applied: 11 (tables pillars_*)");
    String memory = runs[0].substring(runs[0].indexOf('\n') + 1);
    String jdbc = runs[1].substring(runs[1].indexOf("stored"));
    assertThat(jdbc.strip()).isEqualTo(memory.strip());
    assertThat(memory)
        .contains("stored 3 goals for tenant acme")
        .contains("bulk-loaded 10000 goals; streamed them back, total weight 25003.0")
        .contains("stale write rejected: expected version 1, stored 2")
        .contains("rolled back: 10003 goals, quality still there: true")
        .contains("erased dana: 1 goal(s) now owned by erased-5e1f; export of dana is empty: true");
  }
}
