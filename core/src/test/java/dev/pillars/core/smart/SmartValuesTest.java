package dev.pillars.core.smart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The letters, verdicts and findings a SMART assessment is written in. */
class SmartValuesTest {
  @Test
  void eachLetterStandsForItsWord() {
    assertThat(SmartLetter.values()).extracting(SmartLetter::letter).containsExactly('S', 'M', 'A', 'R', 'T');
    assertThat(SmartLetter.values()).extracting(SmartLetter::label)
        .containsExactly("Specific", "Measurable", "Achievable", "Relevant", "Time-bound");
  }

  @Test
  void verdictsOrderFromPassToFail() {
    assertThat(Verdict.FAIL.isWorseThan(Verdict.WARN)).isTrue();
    assertThat(Verdict.WARN.isWorseThan(Verdict.PASS)).isTrue();
    assertThat(Verdict.WARN.isWorseThan(Verdict.WARN)).isFalse();
    assertThat(Verdict.PASS.isWorseThan(Verdict.FAIL)).isFalse();
  }

  @Test
  void aFindingReadsAsOneLine() {
    assertThat(new SmartFinding(SmartLetter.ACHIEVABLE, Verdict.WARN, "needs twice the trend"))
        .hasToString("A WARN: needs twice the trend");
  }
}
