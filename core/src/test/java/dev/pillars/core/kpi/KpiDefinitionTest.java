package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.MissingAttributeException;
import org.junit.jupiter.api.Test;

class KpiDefinitionTest {

  static KpiDefinition definition(Direction direction) {
    return KpiDefinition.builder()
        .id(KpiId.of("kpi-" + direction.name().toLowerCase(java.util.Locale.ROOT)))
        .name("A KPI")
        .unit("units/h")
        .direction(direction)
        .aggregation(Aggregation.MEAN)
        .frequency(Frequency.WEEKLY)
        .build();
  }

  @Test
  void aDefinitionKeepsItsParts() {
    KpiDefinition d = definition(Direction.HIGHER_IS_BETTER);
    assertThat(d.unit()).isEqualTo("units/h");
    assertThat(d.aggregation()).isEqualTo(Aggregation.MEAN);
    assertThat(d.frequency()).isEqualTo(Frequency.WEEKLY);
    assertThat(d.description()).isEmpty();
  }

  @Test
  void blankTextAndMissingPartsAreRejected() {
    assertThatThrownBy(() -> KpiDefinition.builder()
            .id(KpiId.of("x")).name(" ").unit("%").direction(Direction.HIGHER_IS_BETTER)
            .aggregation(Aggregation.SUM).frequency(Frequency.DAILY).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("name was ' ': must not be blank");
    assertThatThrownBy(() -> KpiDefinition.builder()
            .id(KpiId.of("x")).name("X").unit("").direction(Direction.HIGHER_IS_BETTER)
            .aggregation(Aggregation.SUM).frequency(Frequency.DAILY).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("unit was '': must not be blank");
    assertThatThrownBy(() -> KpiDefinition.builder().id(KpiId.of("x")).name("X").unit("%").build())
        .isInstanceOf(MissingAttributeException.class)
        .hasMessageContaining("direction");
  }

  @Test
  void aDefinitionAcceptsExactlyTheTargetsOfItsDirection() {
    qt().forAll(LocalGens.directions(), LocalGens.anyTarget())
        .checkAssert((direction, target) -> {
          KpiDefinition d = definition(direction);
          assertThat(d.accepts(target)).isEqualTo(target.direction() == direction);
          if (d.accepts(target)) {
            assertThat(d.requireCompatible(target)).isSameAs(target);
          } else {
            assertThatThrownBy(() -> d.requireCompatible(target))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be " + direction + " like KPI " + d.id())
                .hasMessageContaining("its numbers make it " + target.direction());
          }
        });
  }
}
