package dev.pillars.scoring.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.InvalidParameterException;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forced distribution value by value: which band each rank lands in, the order of ties, the receipt
 * (line, context, note) and its replay, and each rule of the configuration with its message.
 */
class ForcedDistributionMutationTest {
  private static final EmployeeId RATER = EmployeeId.of("r");
  private static final NormalisationStrategy THREE_BANDS =
      NormalisationStrategy.forcedDistribution(List.of(1.0, 2.0, 3.0), List.of(0.2, 0.6, 0.2));

  private static RaterRating r(String rater, String subject, double value) {
    return RaterRating.of(EmployeeId.of(rater), EmployeeId.of(subject), value);
  }

  private static List<Double> values(List<NormalisedRating> out) {
    return out.stream().map(NormalisedRating::value).toList();
  }

  @Test
  void theLowestRanksFillTheLowestBandInInputOrderOut() {
    List<RaterRating> ratings = List.of(r("r", "c", 3), r("r", "a", 1), r("r", "e", 5), r("r", "b", 2), r("r", "d", 4));
    List<NormalisedRating> out = THREE_BANDS.normalise(ratings);
    assertThat(values(out)).containsExactly(2.0, 1.0, 3.0, 2.0, 2.0);
    assertThat(out).extracting(n -> n.subject().value()).containsExactly("c", "a", "e", "b", "d");
    assertThat(out).extracting(n -> n.rater()).containsOnly(RATER);
  }

  @Test
  void eachReceiptHoldsTheRatingItsRankBandAndANote() {
    List<NormalisedRating> out = THREE_BANDS.normalise(
        List.of(r("r", "c", 3), r("r", "a", 1), r("r", "e", 5), r("r", "b", 2), r("r", "d", 4)));
    Receipt first = out.get(0).score().receipt();
    assertThat(first.lines()).containsExactly(ReceiptLine.of("rating", 3, 0, 0));
    assertThat(first.intercept()).isEqualTo(2.0);
    assertThat(first.unroundedValue()).isEqualTo(2.0);
    assertThat(first.context()).containsEntry("rank", 2.0).containsEntry("population.size", 5.0).containsEntry("band", 1.0);
    assertThat(first.notes()).containsExactly("ranked 3 of 5 from the lowest: band 1");
    assertThat(out.get(1).score().receipt().notes()).containsExactly("ranked 1 of 5 from the lowest: band 0");
    assertThat(out.get(2).score().receipt().notes()).containsExactly("ranked 5 of 5 from the lowest: band 2");
    assertThat(out.get(2).score().receipt().context()).containsEntry("rank", 4.0).containsEntry("band", 2.0);
  }

  @Test
  void equalRatingsAreRankedBySubjectThenByRater() {
    NormalisationStrategy halves = NormalisationStrategy.forcedDistribution(List.of(0.0, 10.0), List.of(0.5, 0.5));
    assertThat(values(halves.normalise(List.of(r("r", "b", 3), r("r", "a", 3))))).containsExactly(10.0, 0.0);
    assertThat(values(halves.normalise(List.of(r("r2", "a", 3), r("r1", "a", 3))))).containsExactly(10.0, 0.0);
    assertThat(values(halves.normalise(List.of(r("r1", "b", 3), r("r2", "a", 3))))).containsExactly(10.0, 0.0);
    assertThat(values(halves.normalise(List.of(r("r", "a", 4), r("r", "b", 3))))).containsExactly(10.0, 0.0);
  }

  @Test
  void bandsTakeTheirLargestRemainderCounts() {
    // 7 people at 1/3 each: quotas of 2.33 give 2, 2, 2 and the one left over to the lowest band
    NormalisationStrategy thirds =
        NormalisationStrategy.forcedDistribution(List.of(1.0, 2.0, 3.0), List.of(1 / 3.0, 1 / 3.0, 1 / 3.0));
    List<RaterRating> ratings = List.of(
        r("r", "a", 1), r("r", "b", 2), r("r", "c", 3), r("r", "d", 4), r("r", "e", 5), r("r", "f", 6), r("r", "g", 7));
    assertThat(values(thirds.normalise(ratings))).containsExactly(1.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0);
    assertThat(thirds.normalise(List.of())).isEmpty();
  }

  @Test
  void aReceiptReplaysToTheSameScore() {
    List<NormalisedRating> out = THREE_BANDS.normalise(
        List.of(r("r", "c", 3), r("r", "a", 1), r("r", "e", 5), r("r", "b", 2), r("r", "d", 4)));
    for (NormalisedRating n : out) {
      Score replayed = THREE_BANDS.replay(n.score().receipt());
      assertThat(replayed).isEqualTo(n.score());
      assertThat(replayed.receipt().notes()).isEqualTo(n.score().receipt().notes());
      assertThat(StrategyRegistry.builtIns().replay(n.score().receipt())).isEqualTo(n.score());
    }
    assertThat(THREE_BANDS.range()).contains(Scale.of(1, 3));
  }

  private static Receipt withBand(double band) {
    Receipt receipt = THREE_BANDS.normalise(List.of(r("r", "a", 1))).get(0).score().receipt();
    java.util.Map<String, Double> context = new java.util.HashMap<>(receipt.context());
    context.put("band", band);
    return Receipt.builder().kind(receipt.kind()).config(receipt.config()).addAllLines(receipt.lines())
        .intercept(receipt.intercept()).unroundedValue(receipt.unroundedValue()).putAllContext(context).build();
  }

  @Test
  void aReplayAcceptsEveryBandIndexAndRefusesAnyOther() {
    assertThat(THREE_BANDS.replay(withBand(0)).value()).isEqualTo(1.0);
    assertThat(THREE_BANDS.replay(withBand(2)).value()).isEqualTo(3.0);
    String rule = ": must be a band index of " + THREE_BANDS.config();
    assertThatThrownBy(() -> THREE_BANDS.replay(withBand(3)))
        .isInstanceOf(InvalidInputException.class).hasMessage("receipt.context.band was 3.0" + rule);
    assertThatThrownBy(() -> THREE_BANDS.replay(withBand(-1)))
        .isInstanceOf(InvalidInputException.class).hasMessage("receipt.context.band was -1.0" + rule);
    assertThatThrownBy(() -> THREE_BANDS.replay(withBand(0.5)))
        .isInstanceOf(InvalidInputException.class).hasMessage("receipt.context.band was 0.5" + rule);
    Receipt other = NormalisationStrategy.forcedDistribution(List.of(1.0, 2.0), List.of(0.5, 0.5))
        .normalise(List.of(r("r", "a", 1))).get(0).score().receipt();
    assertThatThrownBy(() -> THREE_BANDS.replay(other)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("receipt.config was ");
  }

  private static void refused(List<Double> levels, List<Double> shares, String message) {
    assertThatThrownBy(() -> NormalisationStrategy.forcedDistribution(levels, shares))
        .isInstanceOf(InvalidParameterException.class).hasMessage(message);
  }

  @Test
  void theConfigurationsRulesAreEachEnforcedWithTheirMessage() {
    refused(List.of(1.0), List.of(1.0), "forced-distribution.levels was [1.0]: must hold at least two level values");
    refused(List.of(1.0, 1.0), List.of(0.5, 0.5), "forced-distribution.levels was [1.0, 1.0]: must increase strictly");
    refused(List.of(1.0, 3.0, 2.0), List.of(0.2, 0.6, 0.2),
        "forced-distribution.levels was [1.0, 3.0, 2.0]: must increase strictly");
    refused(List.of(1.0, 2.0, 3.0), List.of(0.5, 0.5),
        "forced-distribution.shares was [0.5, 0.5]: must hold one share per level, 3");
    refused(List.of(1.0, 2.0), List.of(-0.5, 1.5), "forced-distribution.shares was [-0.5, 1.5]: must each lie between 0 and 1");
    refused(List.of(1.0, 2.0), List.of(0.5, 1.5), "forced-distribution.shares was [0.5, 1.5]: must each lie between 0 and 1");
    refused(List.of(1.0, 2.0), List.of(0.5, 0.4), "forced-distribution.shares was [0.5, 0.4]: must add up to 1, not 0.9");
    refused(List.of(1.0, 2.0), List.of(0.5, 0.6), "forced-distribution.shares was [0.5, 0.6]: must add up to 1, not 1.1");
    assertThatThrownBy(() -> StrategyRegistry.builtIns().normalisation(
            StrategyConfig.of("forced-distribution").withNumbers("levels", List.of(1.0, 2.0))
                .withNumbers("shares", List.of(0.5, 0.5)).with("scale", 1)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("scale");
  }

  @Test
  void sharesOfZeroAndOneAndSumsWithinABillionthAreAccepted() {
    NormalisationStrategy allTop = NormalisationStrategy.forcedDistribution(List.of(1.0, 2.0), List.of(0.0, 1.0));
    assertThat(values(allTop.normalise(List.of(r("r", "a", 1), r("r", "b", 2))))).containsExactly(2.0, 2.0);
    NormalisationStrategy allBottom = NormalisationStrategy.forcedDistribution(List.of(1.0, 2.0), List.of(1.0, 0.0));
    assertThat(values(allBottom.normalise(List.of(r("r", "a", 1), r("r", "b", 2))))).containsExactly(1.0, 1.0);
    NormalisationStrategy tenths =
        NormalisationStrategy.forcedDistribution(List.of(1.0, 2.0, 3.0), List.of(0.1, 0.2, 0.7 + 5e-10));
    assertThat(tenths.range()).contains(Scale.of(1, 3));
  }

  @Test
  void aSubjectRatedTwiceByOneRaterIsRefused() {
    assertThatThrownBy(() -> THREE_BANDS.normalise(List.of(r("r", "a", 1), r("r", "a", 2))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratings was 'r -> a': must rate each subject at most once per rater");
  }
}
