package dev.pillars.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Anonymous results: exact means, which group the second rule hides, the threshold's edges, and each rule's message. */
class AnonymityMutationTest {
  static List<List<Double>> responses(double... firstAnswers) {
    return java.util.Arrays.stream(firstAnswers).mapToObj(a -> List.of(a, 2 * a)).toList();
  }

  @Test
  void theThresholdAllowsKResponsesAndMore() {
    AnonymityThreshold three = AnonymityThreshold.of(3);
    assertThat(three.allows(2)).isFalse();
    assertThat(three.allows(3)).isTrue();
    assertThat(AnonymityThreshold.of(2).k()).isEqualTo(2);
    assertThat(AnonymityThreshold.of(1000).allows(1000)).isTrue();
    assertThatThrownBy(() -> AnonymityThreshold.of(1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("k was 1: must be between 2 and 1000");
    assertThatThrownBy(() -> AnonymityThreshold.of(1001))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("k was 1001: must be between 2 and 1000");
    assertThat(AnonymityThreshold.DEFAULT.k()).isEqualTo(3);
  }

  @Test
  void shownGroupsAndTheTotalCarryExactMeans() {
    Map<String, List<List<Double>>> answers = new LinkedHashMap<>();
    answers.put("a", responses(1, 2, 3));
    answers.put("b", responses(4, 4, 4, 5));
    AnonymousResults results = AnonymousResults.of(2, answers, AnonymityThreshold.DEFAULT);
    assertThat(results.groups()).containsExactly(
        GroupResult.shown("a", new GroupSummary(3, List.of(2.0, 4.0))),
        GroupResult.shown("b", new GroupSummary(4, List.of(17.0 / 4, 34.0 / 4))));
    assertThat(results.total()).isEqualTo(GroupResult.shown(AnonymousResults.TOTAL, new GroupSummary(7, List.of(23.0 / 7, 46.0 / 7))));
    assertThat(results.group("b")).contains(results.groups().get(1));
    assertThat(results.group("c")).isEmpty();
    assertThat(results).isEqualTo(AnonymousResults.of(2, answers, AnonymityThreshold.DEFAULT))
        .hasSameHashCodeAs(AnonymousResults.of(2, answers, AnonymityThreshold.DEFAULT));
    assertThat(results).isNotEqualTo(AnonymousResults.of(2, Map.of("a", responses(1, 2, 3)), AnonymityThreshold.DEFAULT));
    assertThat(results).isNotEqualTo(AnonymousResults.unpublished(List.of("a", "b"), "later"));
    assertThat(results).isNotEqualTo("a");
    assertThat(AnonymousResults.unpublished(List.of("a"), "later"))
        .hasToString("AnonymousResults[" + GroupResult.suppressed("a", "later") + "] total " + GroupResult.suppressed("TOTAL", "later"));
  }

  @Test
  void theSmallestShownGroupsAreHiddenUntilTheRemainderReachesK() {
    Map<String, List<List<Double>>> answers = new LinkedHashMap<>();
    answers.put("tiny", responses(1));
    answers.put("big", responses(1, 2, 3, 4, 5));
    answers.put("small-b", responses(1, 2, 3));
    answers.put("small-a", responses(1, 2, 3));
    AnonymousResults results = AnonymousResults.of(2, answers, AnonymityThreshold.DEFAULT);
    assertThat(results.group("tiny").orElseThrow().suppressedBecause()).contains("fewer than 3 responses");
    assertThat(results.group("small-a").orElseThrow().suppressedBecause())
        .contains("suppressed so that a smaller group cannot be derived from the total");
    assertThat(results.group("small-b").orElseThrow().isShown()).isTrue();
    assertThat(results.group("big").orElseThrow().isShown()).isTrue();
    assertThat(results.total().summary().orElseThrow().responses()).isEqualTo(12);

    Map<String, List<List<Double>>> enough = new LinkedHashMap<>();
    enough.put("x", responses(1));
    enough.put("y", responses(1, 1));
    enough.put("z", responses(1, 2, 3));
    AnonymousResults remainderAtK = AnonymousResults.of(2, enough, AnonymityThreshold.DEFAULT);
    assertThat(remainderAtK.group("z").orElseThrow().isShown()).isTrue();
    assertThat(remainderAtK.group("x").orElseThrow().isShown()).isFalse();
    assertThat(remainderAtK.group("y").orElseThrow().isShown()).isFalse();

    AnonymousResults none = AnonymousResults.of(2, Map.of("x", responses(1, 2)), AnonymityThreshold.DEFAULT);
    assertThat(none.total()).isEqualTo(GroupResult.suppressed("TOTAL", "fewer than 3 responses"));
  }

  @Test
  void rejectsBadAnswersAndResults() {
    assertThatThrownBy(() -> AnonymousResults.of(0, Map.of(), AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("questions was 0: must be between 1 and 1000");
    assertThatThrownBy(() -> AnonymousResults.of(2, Map.of("x", List.of(List.of(1.0))), AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("response was '1 answers': must answer each of the 2 questions");
    assertThatThrownBy(() -> AnonymousResults.of(1, Map.of("x", List.of(List.of(Double.NaN))), AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("answer was NaN: must be a finite number");
    assertThatThrownBy(() -> AnonymousResults.of(1, Map.of(" ", List.of()), AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("group was ' ': must not be blank");
    assertThatThrownBy(() -> new GroupResult("g", Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("suppressedBecause was null: must be present exactly when there is no summary");
    assertThatThrownBy(() -> GroupResult.suppressed("g", " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("suppressedBecause was ' ': must not be blank");
    assertThatThrownBy(() -> new GroupSummary(0, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("responses was 0: must be between 1 and 2147483647");
    assertThatThrownBy(() -> new GroupSummary(1, List.of(1.0, Double.NaN)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("means[1] was NaN: must be a finite number");
    assertThatThrownBy(() -> AnonymousResults.unpublished(List.of("a"), " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reason was ' ': must not be blank");
  }
}
