package dev.pillars.core.smart;

import static dev.pillars.core.smart.Fixtures.definition;
import static dev.pillars.core.smart.Fixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.KpiId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A context is a value: equal when it supplies the same, whatever the order it was built in. */
class SmartContextProperties {
  private static KpiHistory history(int kpi, int weeks) {
    KpiId id = KpiId.of("kpi-" + kpi);
    return new KpiHistory(definition(id, Direction.values()[kpi % Direction.values().length]), line(id, weeks, kpi, 0.5));
  }

  private static SmartContext build(boolean aligned, List<Integer> kpis, int weeks) {
    SmartContext context = aligned ? SmartContext.of(AlignmentGraph.empty()) : SmartContext.empty();
    for (int kpi : kpis) {
      context = context.withKpi(history(kpi, weeks));
    }
    return context;
  }

  @Test
  void contextsThatSupplyTheSameAreEqualWhateverTheOrder() {
    qt().forAll(booleans().all(), lists().of(integers().between(0, 5)).ofSizeBetween(0, 5), integers().between(1, 8))
        .checkAssert(
            (aligned, picked, weeks) -> {
              List<Integer> kpis = new ArrayList<>(new LinkedHashSet<>(picked));
              List<Integer> reversed = new ArrayList<>(kpis);
              Collections.reverse(reversed);
              SmartContext one = build(aligned, kpis, weeks);
              SmartContext other = build(aligned, reversed, weeks);

              assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
              assertThat(one).isNotEqualTo(build(!aligned, kpis, weeks));
              assertThat(one.withKpi(history(9, weeks))).isNotEqualTo(one);
              if (!kpis.isEmpty()) {
                assertThat(one).isNotEqualTo(build(aligned, kpis, weeks + 1));
                assertThat(one).isNotEqualTo(build(aligned, kpis.subList(1, kpis.size()), weeks));
              }
            });
  }
}
