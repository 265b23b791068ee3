package dev.pillars.core.ninebox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Grids that are not square, moves out of the grid, and each rule's message. */
class NineBoxMutationTest {
  /** Three performance bands by two potential bands, labelled row by row from low potential. */
  static final NineBoxGrid WIDE = new NineBoxGrid(List.of(2.0, 4.0), List.of(0.5), List.of("a0", "a1", "a2", "b0", "b1", "b2"));

  @Test
  void labelsAreReadRowByRowFromLowPotential() {
    assertThat(WIDE.box(1.99, 0.49)).isEqualTo(new Box(0, 0, "a0"));
    assertThat(WIDE.box(2.0, 0.0)).isEqualTo(new Box(1, 0, "a1"));
    assertThat(WIDE.box(4.0, 0.49)).isEqualTo(new Box(2, 0, "a2"));
    assertThat(WIDE.box(0.0, 0.5)).isEqualTo(new Box(0, 1, "b0"));
    assertThat(WIDE.box(3.9, 0.5)).isEqualTo(new Box(1, 1, "b1"));
    assertThat(WIDE.box(9.0, 9.0)).isEqualTo(new Box(2, 1, "b2"));
    NineBoxGrid tall = new NineBoxGrid(List.of(0.5), List.of(2.0, 4.0), List.of("a0", "a1", "b0", "b1", "c0", "c1"));
    assertThat(tall.box(0.6, 2.0)).isEqualTo(new Box(1, 1, "b1"));
    assertThat(tall.box(0.4, 4.0)).isEqualTo(new Box(0, 2, "c0"));
    assertThat(WIDE.place(EmployeeId.of("ana"), 3.0, 0.7)).isEqualTo(new Placement(EmployeeId.of("ana"), 3.0, 0.7, new Box(1, 1, "b1")));
  }

  @Test
  void aPersonWhoLeavesTheGridHasNoChange() {
    EmployeeId ana = EmployeeId.of("ana");
    EmployeeId bo = EmployeeId.of("bo");
    List<NineBoxMove> moves = NineBoxMove.between(List.of(WIDE.place(bo, 5, 0), WIDE.place(ana, 5, 1)), List.of(WIDE.place(bo, 1, 1)));
    assertThat(moves).containsExactly(
        new NineBoxMove(ana, Optional.of(new Box(2, 1, "b2")), Optional.empty()),
        new NineBoxMove(bo, Optional.of(new Box(2, 0, "a2")), Optional.of(new Box(0, 1, "b0"))));
    assertThat(moves.get(0).moved()).isTrue();
    assertThat(moves.get(0).performanceChange()).isZero();
    assertThat(moves.get(0).potentialChange()).isZero();
    assertThat(moves.get(1).performanceChange()).isEqualTo(-2);
    assertThat(moves.get(1).potentialChange()).isEqualTo(1);
    NineBoxMove arrived = new NineBoxMove(ana, Optional.empty(), Optional.of(new Box(1, 1, "x")));
    assertThat(arrived.performanceChange()).isZero();
    assertThat(arrived.potentialChange()).isZero();
    assertThat(NineBoxMove.between(List.of(), List.of())).isEmpty();
    assertThatThrownBy(() -> NineBoxMove.between(List.of(), List.of(WIDE.place(ana, 1, 1), WIDE.place(ana, 2, 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("later was ana: must place each person at most once");
  }

  @Test
  void rejectsBadGridsBoxesAndMoves() {
    assertThatThrownBy(() -> new NineBoxGrid(List.of(), List.of(1.0), List.of("a", "b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("performanceCuts was []: must hold at least one cut point");
    assertThatThrownBy(() -> new NineBoxGrid(List.of(1.0), List.of(2.0, 2.0), List.of("a", "b", "c", "d", "e", "f")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("potentialCuts[1] was 2.0: must be above the previous cut point 2.0");
    assertThatThrownBy(() -> new NineBoxGrid(List.of(Double.POSITIVE_INFINITY), List.of(1.0), List.of("a", "b", "c", "d")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("performanceCuts[0] was Infinity: must be a finite number");
    assertThatThrownBy(() -> new NineBoxGrid(List.of(1.0), List.of(1.0), List.of("a", "b", "c", "d", "e")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("labels was [a, b, c, d, e]: must hold one label per box, 4");
    assertThatThrownBy(() -> new NineBoxGrid(List.of(1.0), List.of(1.0), List.of("a", "b", "c", "b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("labels[3] was 'b': must be unique");
    assertThatThrownBy(() -> new NineBoxGrid(List.of(1.0), List.of(1.0), List.of("a", " ", "c", "d")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("labels[1] was ' ': must not be blank");
    assertThatThrownBy(() -> WIDE.box(1, Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("potential was NaN: must be a finite number");
    assertThatThrownBy(() -> new Box(-1, 0, "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("performance was -1: must be a band index, 0 or more");
    assertThatThrownBy(() -> new Box(0, -1, "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("potential was -1: must be a band index, 0 or more");
    assertThat(new Box(0, 0, "x").label()).isEqualTo("x");
    assertThatThrownBy(() -> new NineBoxMove(EmployeeId.of("a"), Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("to was Optional.empty: must be present when from is empty");
    assertThatThrownBy(() -> new Placement(EmployeeId.of("a"), 1, Double.NaN, new Box(0, 0, "x")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("potential was NaN: must be a finite number");
  }
}
