package dev.pillars.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnonymousResultsTest {
  private static List<List<Double>> answers(double... values) {
    return java.util.Arrays.stream(values).mapToObj(v -> List.of(v)).toList();
  }

  @Test
  void aGroupBelowKIsSuppressedWithoutItsCount() {
    Map<String, List<List<Double>>> groups = new LinkedHashMap<>();
    groups.put("PEERS", answers(4, 5, 3, 4));
    groups.put("REPORTS", answers(2, 2, 2));
    AnonymousResults results = AnonymousResults.of(1, groups, AnonymityThreshold.DEFAULT);

    assertThat(results.group("PEERS").orElseThrow().summary().orElseThrow()).isEqualTo(new GroupSummary(4, List.of(4.0)));
    assertThat(results.group("REPORTS").orElseThrow().isShown()).isTrue();
    assertThat(results.total().summary().orElseThrow().responses()).isEqualTo(7);
  }

  @Test
  void aSecondGroupIsSuppressedSoThatTheTotalDoesNotRevealASmallOne() {
    Map<String, List<List<Double>>> groups = new LinkedHashMap<>();
    groups.put("MANAGER", answers(1));
    groups.put("PEERS", answers(4, 5, 3, 4));
    groups.put("REPORTS", answers(2, 2, 2));
    AnonymousResults results = AnonymousResults.of(1, groups, AnonymityThreshold.DEFAULT);

    assertThat(results.group("MANAGER").orElseThrow().suppressedBecause()).contains("fewer than 3 responses");
    assertThat(results.group("REPORTS").orElseThrow().suppressedBecause())
        .contains("suppressed so that a smaller group cannot be derived from the total");
    assertThat(results.group("PEERS").orElseThrow().isShown()).isTrue();
    assertThat(results.total().summary().orElseThrow()).isEqualTo(new GroupSummary(8, List.of(23.0 / 8)));
  }

  @Test
  void theTotalBelowKIsSuppressedToo() {
    AnonymousResults results = AnonymousResults.of(1, Map.of("PEERS", answers(1, 2)), AnonymityThreshold.DEFAULT);

    assertThat(results.total().suppressedBecause()).contains("fewer than 3 responses");
    assertThat(results.toString()).doesNotContain("1.0").doesNotContain("2.0");
  }

  @Test
  void unpublishedResultsSayWhy() {
    AnonymousResults results = AnonymousResults.unpublished(List.of("PEERS"), "published after 2026-03-31");

    assertThat(results.groups()).containsExactly(GroupResult.suppressed("PEERS", "published after 2026-03-31"));
    assertThat(results.total().isShown()).isFalse();
  }

  @Test
  void badInputIsRefusedWithItsFieldAndRule() {
    assertThatThrownBy(() -> AnonymityThreshold.of(1)).isInstanceOf(InvalidInputException.class).hasMessage("k was 1: must be between 2 and 1000");
    assertThatThrownBy(() -> AnonymousResults.of(2, Map.of("PEERS", answers(1)), AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("response was '1 answers': must answer each of the 2 questions");
    assertThatThrownBy(() -> AnonymousResults.of(1, Map.of("PEERS", answers(Double.NaN)), AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("answer was NaN");
    assertThatThrownBy(() -> new GroupResult("PEERS", java.util.Optional.empty(), java.util.Optional.empty()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AnonymousResults.of(1, null, AnonymityThreshold.DEFAULT)).isInstanceOf(NullPointerException.class).hasMessage("answers");
  }
}
