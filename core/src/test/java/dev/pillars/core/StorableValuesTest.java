package dev.pillars.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.Band;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The two rules that keep every value storable exactly on every store: text is well-formed UTF-16,
 * and numbers have one zero.
 */
class StorableValuesTest {
  private static final String LONE_HIGH = "Q3 \uD800 plan";
  private static final String LONE_LOW = "\uDC00 first";
  private static final String EMOJI = "ship it \uD83D\uDE80";

  @Test
  void aLoneHighSurrogateIsRefusedNamingFieldValueAndRule() {
    assertThatThrownBy(() -> Checks.notBlank("title", LONE_HIGH))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("title");
              assertThat(e.value()).isEqualTo("'Q3 \\uD800 plan'");
              assertThat(e.rule())
                  .isEqualTo(
                      "must be well-formed UTF-16 text without unpaired surrogates (U+D800 stands alone at index 3)");
            });
  }

  @Test
  void aLoneLowSurrogateAndAReversedPairAreRefused() {
    assertThatThrownBy(() -> Checks.wellFormed("comment", LONE_LOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("U+DC00 stands alone at index 0");
    assertThatThrownBy(() -> Checks.wellFormed("comment", "x\uDE80\uD83D"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("U+DE80 stands alone at index 1");
    assertThatThrownBy(() -> Checks.wellFormed("comment", "ends high \uD83D"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("U+D83D stands alone at index 10");
  }

  @Test
  void surrogatePairsAreAcceptedAsTheyAre() {
    assertThat(Checks.notBlank("title", EMOJI)).isSameAs(EMOJI);
    assertThat(Checks.wellFormed("title", "")).isEmpty();
  }

  @Test
  void aLongRejectedTextIsShownShortened() {
    String long_ = "a".repeat(10_000) + "\uD800";
    assertThatThrownBy(() -> Checks.wellFormed("description", long_))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.value()).isEqualTo("'" + "a".repeat(64) + "... (10001 chars)'"));
  }

  @Test
  void nullArgumentsOfWellFormedFailNamingTheParameter() {
    assertThatThrownBy(() -> Checks.wellFormed("title", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> Checks.wellFormed(null, "text"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("field");
  }

  @Test
  void textFieldsOfTheDomainRefuseLoneSurrogates() {
    assertThatThrownBy(() -> OrgUnit.root(OrgUnitId.of("u"), LONE_HIGH))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(
            () -> new CheckIn(GoalId.of("g"), Instant.EPOCH, 0.5, 0.5, Optional.of(LONE_LOW)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("comment"));
  }

  @Test
  void negativeZeroBecomesPositiveZeroInEveryStoredNumber() {
    CheckIn checkIn = new CheckIn(GoalId.of("g"), Instant.EPOCH, -0.0, -0.0, Optional.empty());
    assertThat(checkIn).isEqualTo(new CheckIn(GoalId.of("g"), Instant.EPOCH, 0.0, 0.0, Optional.empty()));
    assertThat(Double.doubleToRawLongBits(checkIn.progress())).isZero();

    Measurement measurement = Measurement.of(KpiId.of("k"), LocalDate.EPOCH, Instant.EPOCH, -0.0);
    assertThat(Double.doubleToRawLongBits(measurement.value())).isZero();

    Band band = Band.of(-0.0, 1);
    assertThat(band).isEqualTo(Band.of(0.0, 1));

    KpiTarget target = KpiTarget.builder().baseline(-0.0).target(10).threshold(5).build();
    assertThat(target).isEqualTo(KpiTarget.builder().baseline(0.0).target(10).threshold(5).build());
    KpiTarget down = KpiTarget.builder().baseline(10).target(-0.0).build();
    assertThat(Double.doubleToRawLongBits(down.target())).isZero();
    KpiTarget stretched = KpiTarget.builder().baseline(-2).target(-1).stretch(-0.0).build();
    assertThat(Double.doubleToRawLongBits(stretched.stretch().getAsDouble())).isZero();
    KpiTarget thresholdZero = KpiTarget.builder().baseline(-2).target(1).threshold(-0.0).build();
    assertThat(Double.doubleToRawLongBits(thresholdZero.threshold().getAsDouble())).isZero();
  }

  @Test
  void positiveZeroChangesOnlyNegativeZero() {
    assertThat(Double.doubleToRawLongBits(Checks.positiveZero(-0.0))).isZero();
    assertThat(Checks.positiveZero(-1e-300)).isEqualTo(-1e-300);
    assertThat(Checks.positiveZero(Double.NaN)).isNaN();
    assertThat(Double.doubleToRawLongBits(Checks.finite("x", -0.0))).isZero();
    assertThat(Double.doubleToRawLongBits(Checks.inRange("x", -0.0, 0, 1))).isZero();
    assertThat(Double.doubleToRawLongBits(Checks.nonNegative("x", -0.0))).isZero();
  }
}
