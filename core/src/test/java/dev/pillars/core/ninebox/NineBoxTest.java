package dev.pillars.core.ninebox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Box definitions, placement at and between cut points, movement between cycles, bad input. */
class NineBoxTest {
  private static final NineBoxGrid GRID = NineBoxGrid.standard();

  @Test
  void aValueAtACutBelongsToTheBandAbove() {
    assertThat(GRID.box(1, 1)).isEqualTo(new Box(0, 0, "risk"));
    assertThat(GRID.box(2.5, 2.49)).isEqualTo(new Box(1, 0, "effective"));
    assertThat(GRID.box(5, 5)).isEqualTo(new Box(2, 2, "star"));
    assertThat(GRID.box(3.5, 3.0).label()).isEqualTo("high performer");
  }

  @Test
  void boxesAreMonotoneInBothAxes() {
    qt().forAll(doubles().between(0, 6), doubles().between(0, 6), doubles().between(0, 1)).checkAssert((perf, pot, up) -> {
      Box low = GRID.box(perf, pot);
      Box high = GRID.box(perf + up, pot + up);
      assertThat(high.performance()).isGreaterThanOrEqualTo(low.performance());
      assertThat(high.potential()).isGreaterThanOrEqualTo(low.potential());
    });
  }

  @Test
  void aConfiguredGridOfFourBoxes() {
    NineBoxGrid grid = new NineBoxGrid(List.of(50.0), List.of(0.5), List.of("watch", "deliver", "grow", "lead"));
    assertThat(grid.box(80, 0.9)).isEqualTo(new Box(1, 1, "lead"));
    assertThat(grid.box(20, 0.9)).isEqualTo(new Box(0, 1, "grow"));
  }

  @Test
  void movementBetweenTwoCycles() {
    EmployeeId ana = EmployeeId.of("ana");
    EmployeeId bo = EmployeeId.of("bo");
    EmployeeId cy = EmployeeId.of("cy");
    List<NineBoxMove> moves = NineBoxMove.between(
        List.of(GRID.place(ana, 3, 3), GRID.place(bo, 4, 4)),
        List.of(GRID.place(ana, 4, 4), GRID.place(cy, 2, 2), GRID.place(bo, 4, 4)));
    assertThat(moves).extracting(NineBoxMove::employee).containsExactly(ana, bo, cy);
    assertThat(moves.get(0).performanceChange()).isEqualTo(1);
    assertThat(moves.get(0).potentialChange()).isEqualTo(1);
    assertThat(moves.get(0).to().orElseThrow().label()).isEqualTo("star");
    assertThat(moves.get(1).moved()).isFalse();
    assertThat(moves.get(2).from()).isEmpty();
    assertThat(moves.get(2).moved()).isTrue();
  }

  @Test
  void badDefinitionsAndPlacementsAreRejected() {
    assertThatThrownBy(() -> new NineBoxGrid(List.of(3.0, 2.0), List.of(1.0), List.of("a", "b", "c", "d", "e", "f")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("performanceCuts[1]");
    assertThatThrownBy(() -> new NineBoxGrid(List.of(1.0), List.of(1.0), List.of("a", "b", "c")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("one label per box, 4");
    assertThatThrownBy(() -> new NineBoxGrid(List.of(1.0), List.of(1.0), List.of("a", "b", "c", "a")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("unique");
    assertThatThrownBy(() -> GRID.box(Double.NaN, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("performance");
    EmployeeId ana = EmployeeId.of("ana");
    assertThatThrownBy(() -> NineBoxMove.between(List.of(GRID.place(ana, 1, 1), GRID.place(ana, 2, 2)), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most once");
    assertThatThrownBy(() -> GRID.place(null, 1, 1)).isInstanceOf(NullPointerException.class).hasMessage("employee");
  }
}
