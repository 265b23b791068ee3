package dev.pillars.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Results that differ hash differently, so hashed collections of results keep them apart. */
class AnonymousResultsHashTest {
  @Test
  void resultsThatDifferInAGroupOrInTheTotalHashDifferently() {
    AnonymousResults shown = AnonymousResults.of(1, Map.of("a", List.of(List.of(1.0), List.of(2.0), List.of(3.0))), AnonymityThreshold.DEFAULT);
    AnonymousResults otherMeans = AnonymousResults.of(1, Map.of("a", List.of(List.of(1.0), List.of(2.0), List.of(4.0))), AnonymityThreshold.DEFAULT);
    AnonymousResults later = AnonymousResults.unpublished(List.of("a"), "published on 2026-12-31");
    assertThat(shown.hashCode()).isNotEqualTo(otherMeans.hashCode()).isNotEqualTo(later.hashCode());
    assertThat(later.hashCode()).isNotEqualTo(AnonymousResults.unpublished(List.of("b"), "published on 2026-12-31").hashCode());
  }
}
