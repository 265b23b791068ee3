package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CustomStoreExampleTest {
  @Test
  void auditsCommittedWritesOnlyAndNoPersonalData() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CustomStoreExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains("audit trail of 3 committed writes:")
        .contains("acme: GoalRepository.insert(Goal line-3-scrap)")
        .contains("acme: CheckInLog.append(CheckIn)")
        .contains("acme: PersonalDataRepository.erase(pseudonym erased-5e1f)")
        .contains("erasure redacted 1 comment(s)")
        .doesNotContain("abandoned")
        .doesNotContain("new die arrived")
        .doesNotContain("dana");
  }
}
