package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a result's copies of its children's scores at the links against the scores themselves. */
final class LinkedScores {
  private LinkedScores() {}

  /** Asserts that every link's copy is its child's score, bit for bit. */
  static void assertAgree(CascadeResult result) {
    int[] child = result.cascade().layout.child;
    for (int k = 0; k < child.length; k++) {
      assertThat(Double.doubleToRawLongBits(result.linkedAt(k)))
          .as("link %s to %s", k, result.cascade().goalAt(child[k]))
          .isEqualTo(Double.doubleToRawLongBits(result.scoreAt(child[k])));
    }
  }
}
