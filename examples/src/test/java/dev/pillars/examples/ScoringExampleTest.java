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
        .contains("sales objective: 0.500 as the old system computed it, 0.893 with targets")
        .contains("ana: 4.15 stars (83 %)")
        .contains("ben: 3.33 stars, feedback missing: its weight is spread over the two components present")
        .contains("note: component feedback absent: its weight 10 spread over the 2 present components, which weigh 90 of 100")
        .contains("ben: 3.00 stars where missing feedback counts as 0, as the old system did")
        .containsPattern("goals +3 +60 +2 +66\\.7 %\\n")
        .contains("eve: 3.75 stars")
        .contains("= 3.74995, rounded to 3 places HALF_EVEN: 3.75")
        .contains("a region whose last team left: no score by mean: no inputs")
        .contains("the same, configured to show 0: 0.0")
        .contains("bit for bit the same: true")
        .contains("cho: 0.800   dev: 1.000")
        .contains("line 1, column 9: undeclared reference to 'bonus'")
        .contains("ana: 4.15 -> exceeds expectations")
        .contains("ben: 3.33 -> meets expectations")
        .containsPattern("ana +4.0 +300000 +1200000.0 +263736.5275 +263737  \\(\\+1 left-over unit\\)")
        .containsPattern("cho +4.0 +300000 +1200000.0 +263736.5275 +263736\\n")
        .contains("paid out: $10000.01 of $10000.01");
  }
}
