package dev.pillars.scoring.allocation;

import dev.pillars.core.reward.RangeOutcome;
import dev.pillars.core.reward.RangeReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangeAllocationProperties {
  @Test
  void partsAddUpToTheBudgetExactlyNobodyIsNegativeAndEveryReceiptReplays() {
    qt().forAll(RangePopulations.all()).checkAssert(p -> {
      RangeAllocation a = RangeAllocation.allocate(p.budget(), p.people());
      assertThat(a.total()).isEqualTo(p.budget());
      assertThat(a.receipts()).allSatisfy(r -> {
        assertThat(r.amount()).isNotNegative();
        assertThat(r.replay()).isEqualTo(r.amount());
      });
      assertThat(a.replay()).isEqualTo(a);
      assertThat(a.inputs()).isEqualTo(p.people());
    });
  }

  @Test
  void everyoneIsInsideTheirRangeUnlessTheBudgetCannotBeMetAndThenItSaysHowFarAndWho() {
    qt().forAll(RangePopulations.all()).checkAssert(p -> {
      RangeAllocation a = RangeAllocation.allocate(p.budget(), p.people());
      long budget = p.budget().minor();
      switch (a.outcome()) {
        case WITHIN_RANGES -> {
          assertThat(budget).isBetween(p.sumLo(), p.sumHi());
          assertThat(a.outside()).isEmpty();
          assertThat(a.distance().minor()).isZero();
        }
        case BELOW_MINIMUMS -> {
          assertThat(budget).isLessThan(p.sumLo());
          assertThat(a.receipts()).allMatch(r -> r.amount() <= r.minAmount());
          assertThat(a.distance().minor()).isEqualTo(p.sumLo() - budget);
          assertThat(a.outside()).allMatch(r -> r.outsideBy() < 0).isNotEmpty();
        }
        case ABOVE_MAXIMUMS -> {
          assertThat(budget).isGreaterThan(p.sumHi());
          assertThat(a.receipts()).allMatch(r -> r.amount() >= r.maxAmount());
          assertThat(a.distance().minor()).isEqualTo(budget - p.sumHi());
          assertThat(a.outside()).allMatch(r -> r.outsideBy() > 0).isNotEmpty();
        }
      }
      assertThat(a.receipts()).filteredOn(r -> r.range().targetBp() == 0 || r.base() == 0).allMatch(r -> r.amount() == 0);
    });
  }

  @Test
  void aHigherRatingNeverGetsASmallerPercentageWithOtherwiseEqualInputs() {
    qt().forAll(RangePopulations.all()).checkAssert(p -> {
      List<RangeReceipt> rs = RangeAllocation.allocate(p.budget(), p.people()).receipts();
      for (int i = 0; i < rs.size(); i++) {
        for (int j = 0; j < rs.size(); j++) {
          RangeReceipt x = rs.get(i);
          RangeReceipt y = rs.get(j);
          if (x.base() == y.base() && p.bands().get(i).equals(p.bands().get(j)) && x.rating().value() > y.rating().value()) {
            assertThat(x.amount()).as("%s vs %s", x, y).isGreaterThanOrEqualTo(y.amount());
            assertThat(x.percentBp()).isGreaterThanOrEqualTo(y.percentBp());
          }
        }
      }
    });
  }

  @Test
  void equalInputsGetAtMostOneUnitApartTheHigherIdNeverAhead() {
    qt().forAll(RangePopulations.all()).checkAssert(p -> {
      List<RangeReceipt> rs = RangeAllocation.allocate(p.budget(), p.people()).receipts();
      for (RangeReceipt x : rs) {
        for (RangeReceipt y : rs) {
          if (x.base() == y.base() && x.range().equals(y.range()) && x.rating().equals(y.rating())) {
            assertThat(Math.abs(x.amount() - y.amount())).as("%s vs %s", x, y).isLessThanOrEqualTo(1);
            assertThat(x.rateNanos()).isEqualTo(y.rateNanos());
            if (x.recipient().compareTo(y.recipient()) < 0) {
              assertThat(x.amount()).isGreaterThanOrEqualTo(y.amount());
            }
          }
        }
      }
    });
  }
}
