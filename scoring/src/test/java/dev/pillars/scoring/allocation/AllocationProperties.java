package dev.pillars.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.org.EmployeeId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AllocationProperties {
  private static final Gen<Long> BUDGETS =
      Generate.oneOf(longs().between(0, 100), longs().between(0, 1_000_000_000_000L), Generate.constant(Long.MAX_VALUE / 3));

  private static final Gen<List<AllocationInput>> PEOPLE =
      integers().between(1, 15).flatMap(n -> lists()
          .of(Generate.pick(List.of(0.0, 1.0, 2.0, 3.0, 3.0, 4.0, 5.0))
              .zip(Generate.pick(List.of(0L, 1_000L, 1_000L, 7_919L, 250_000L)), (r, b) -> new Object[] {r, b}))
          .ofSize(n)
          .map(rows -> {
            List<AllocationInput> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
              double rating = i == 0 ? 3.0 : (Double) rows.get(i)[0];
              long base = i == 0 ? 1_000L : (Long) rows.get(i)[1];
              out.add(AllocationInput.of(EmployeeId.of("p" + i), rating, base));
            }
            return out;
          }));

  private static final Gen<AllocationStrategy> STRATEGIES =
      doubles().between(0, 3).map(AllocationStrategy::ratingProportional);

  @Test
  void partsAddUpToTheBudgetExactlyAndNobodyIsNegative() {
    qt().forAll(STRATEGIES, BUDGETS, PEOPLE).checkAssert((s, budget, people) -> {
      Allocation a = s.allocate(budget, people);
      assertThat(a.lines().stream().mapToLong(AllocationLine::amount).sum()).isEqualTo(budget);
      assertThat(a.lines()).allMatch(l -> l.amount() >= 0);
      assertThat(a.lines()).filteredOn(l -> l.points() == 0).allMatch(l -> l.amount() == 0);
    });
  }

  @Test
  void aHigherRatingNeverGetsLessWithEqualBase() {
    qt().forAll(STRATEGIES, BUDGETS, PEOPLE).checkAssert((s, budget, people) -> {
      Allocation a = s.allocate(budget, people);
      for (AllocationLine x : a.lines()) {
        for (AllocationLine y : a.lines()) {
          if (x.base() == y.base() && x.rating() > y.rating()) {
            assertThat(x.amount()).as("%s vs %s", x, y).isGreaterThanOrEqualTo(y.amount());
          }
        }
      }
    });
  }

  @Test
  void equalInputsGetAtMostOneUnitApartAndTheExtraGoesToTheFirstId() {
    qt().forAll(STRATEGIES, BUDGETS, PEOPLE).checkAssert((s, budget, people) -> {
      Allocation a = s.allocate(budget, people);
      for (AllocationLine x : a.lines()) {
        for (AllocationLine y : a.lines()) {
          if (x.base() == y.base() && x.rating() == y.rating()) {
            assertThat(Math.abs(x.amount() - y.amount())).isLessThanOrEqualTo(1);
            if (x.recipient().value().compareTo(y.recipient().value()) < 0) {
              assertThat(x.amount()).isGreaterThanOrEqualTo(y.amount());
            }
          }
        }
      }
    });
  }

  @Test
  void eachShareIsTheExactShareRoundedDownOrUp() {
    qt().forAll(STRATEGIES, BUDGETS, PEOPLE).checkAssert((s, budget, people) -> {
      for (AllocationLine l : s.allocate(budget, people).lines()) {
        java.math.BigDecimal exact = l.exactShare();
        java.math.BigDecimal amount = java.math.BigDecimal.valueOf(l.amount());
        assertThat(amount.subtract(exact).abs()).isLessThan(java.math.BigDecimal.ONE);
      }
    });
  }
}
