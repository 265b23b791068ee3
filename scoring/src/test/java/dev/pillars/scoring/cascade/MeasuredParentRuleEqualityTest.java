package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules are equal by kind and share; unequal rules differ, and their hash codes spread. */
class MeasuredParentRuleEqualityTest {
  @Test
  void rulesAreEqualByKindAndShare() {
    assertThat(MeasuredParentRule.blend(0.25)).isEqualTo(MeasuredParentRule.blend(0.25))
        .hasSameHashCodeAs(MeasuredParentRule.blend(0.25))
        .isNotEqualTo(MeasuredParentRule.blend(0.5))
        .isNotEqualTo(MeasuredParentRule.children())
        .isNotEqualTo("blend(ownShare=0.25)");
    assertThat(MeasuredParentRule.children()).isNotEqualTo(MeasuredParentRule.ownMeasure());
    assertThat(Set.of(MeasuredParentRule.blend(0.25).hashCode(), MeasuredParentRule.blend(0.5).hashCode(),
        MeasuredParentRule.children().hashCode(), MeasuredParentRule.ownMeasure().hashCode())).hasSize(4);
  }
}
