package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScoringExampleTest {

  @Test
  void theExampleShowsPresetsAReceiptAFormulaAndAnExactAllocation() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScoringExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(report)
        .startsWith(System.lineSeparator() + "Scoring a review cycle: presets, receipts, a formula, ratings and a bonus pool"
            + System.lineSeparator() + "=".repeat(78) + System.lineSeparator())
        .contains("sales objective: 50 % as the old system computed it, 89 % with targets")
        .contains("  region    value   counts     adds\n"
            + "  east       10 %      1 %      0 %\n"
            + "  north     100 %     83 %     83 %\n"
            + "  south      40 %     16 %      6 %\n"
            + "  result                       89 %\n")
        .contains("ana: 4.15 stars (83 %)")
        .contains("ben: 3.00 stars, feedback missing")
        .contains("  goals            3.00     60 %     1.80\n")
        .contains("component feedback absent: counted as 0")
        .contains("bit for bit the same: yes")
        .contains("cho: 80 %   dev: 100 %")
        .contains("cho's score term by term: goals 80 % adds 48 %, self 90 % adds 18 %, feedback 70 % adds 14 %")
        .contains("line 1, column 9: undeclared reference to 'bonus'")
        .contains("ana: 4.15 -> exceeds expectations")
        .contains("ben: 3.00 -> meets expectations")
        .contains("  ana            4     $3,000.00           26 %   $2,637.37  (+1 cent left over)\n")
        .contains("  cho            4     $3,000.00           26 %   $2,637.36\n")
        .contains("paid out: $10,000.01 of $10,000.01")
        .doesNotContain("minor units", "{", "COUNT_AS_ZERO", "0.893");
  }
}
