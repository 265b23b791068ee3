package dev.pillars.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/**
 * The error rule over {@link Checks}: a null always gives a {@link NullPointerException} whose
 * message is the field, a non-null value that breaks the rule always gives an {@link
 * InvalidInputException} naming the field, the value and the rule, and a good value comes back as
 * it went in.
 */
class ChecksProperties {
  @Test
  void aNullIsANullPointerExceptionNamingTheField() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 20))
        .checkAssert(field -> {
          assertThatThrownBy(() -> Checks.notNull(field, null)).isInstanceOf(NullPointerException.class).hasMessage(field);
          assertThatThrownBy(() -> Checks.notBlank(field, null)).isInstanceOf(NullPointerException.class).hasMessage(field);
          assertThatThrownBy(() -> Checks.identifier(field, null)).isInstanceOf(NullPointerException.class).hasMessage(field);
        });
  }

  @Test
  void aNumberBreakingTheRuleIsAnInvalidInputExceptionNamingFieldValueAndRule() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 20), doubles().any())
        .checkAssert((field, value) -> {
          if (Double.isFinite(value) && value > 0) {
            assertThat(Checks.positive(field, value)).isEqualTo(value);
          } else {
            assertThatThrownBy(() -> Checks.positive(field, value))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                  assertThat(e.field()).isEqualTo(field);
                  assertThat(e.value()).isEqualTo(String.valueOf(value));
                  assertThat(e.getMessage()).isEqualTo(field + " was " + value + ": " + e.rule());
                });
          }
        });
  }
}
