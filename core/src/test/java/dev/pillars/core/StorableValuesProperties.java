package dev.pillars.core;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of the text and number rules that keep values storable exactly. */
class StorableValuesProperties {
  /** Chars that stress the rule: surrogates of both kinds, ASCII, and a BMP letter. */
  private static final List<Character> CHARS = List.of('a', ' ', 'é', '\uD83D', '\uDE80', '\uD800', '\uDFFF', '\u0000');

  private static String text(List<Integer> picks) {
    StringBuilder text = new StringBuilder();
    picks.forEach(pick -> text.append(CHARS.get(pick)));
    return text.toString();
  }

  /** The reference: text is well-formed exactly when encoding it to UTF-8 and back keeps it. */
  private static boolean roundTripsThroughUtf8(String text) {
    return new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8)
        .equals(text);
  }

  @Test
  void textIsAcceptedExactlyWhenUtf8KeepsIt() {
    qt().forAll(lists().of(integers().between(0, CHARS.size() - 1)).ofSizeBetween(0, 12))
        .check(
            picks -> {
              String text = text(picks);
              boolean accepted;
              try {
                accepted = Checks.wellFormed("text", text) == text;
              } catch (InvalidInputException e) {
                accepted = false;
              }
              return accepted == roundTripsThroughUtf8(text);
            });
  }

  @Test
  void positiveZeroKeepsEveryNumberEqualAndOnlyZeroChangesBits() {
    qt().forAll(doubles().any())
        .check(
            x -> {
              double normal = Checks.positiveZero(x);
              boolean sameNumber = Double.isNaN(x) ? Double.isNaN(normal) : normal == x;
              boolean bitsKept = Double.doubleToRawLongBits(normal) == Double.doubleToRawLongBits(x);
              return sameNumber && (bitsKept || x == 0) && Double.doubleToRawLongBits(normal) != Double.doubleToRawLongBits(-0.0);
            });
  }
}
