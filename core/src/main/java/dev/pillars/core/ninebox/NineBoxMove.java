package dev.pillars.core.ninebox;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How one person moved on the grid between two cycles.
 *
 * @param employee the person
 * @param from the box in the earlier cycle; empty if they were not placed then
 * @param to the box in the later cycle; empty if they are not placed now
 */
public record NineBoxMove(EmployeeId employee, Optional<Box> from, Optional<Box> to) {
  /**
   * Creates a move.
   *
   * @param employee the person
   * @param from the earlier box, if any
   * @param to the later box, if any
   * @throws dev.pillars.core.InvalidInputException if both boxes are empty
   */
  public NineBoxMove {
    Checks.notNull("employee", employee);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    Checks.require(from.isPresent() || to.isPresent(), "to", to, "must be present when from is empty");
  }

  /**
   * Returns the movement of every person placed in either cycle, by employee id.
   *
   * @param earlier the earlier cycle's placements, each person at most once
   * @param later the later cycle's placements, each person at most once
   * @return one move per person, including those who stayed in their box
   * @throws dev.pillars.core.InvalidInputException if a person is placed twice in one cycle
   */
  public static List<NineBoxMove> between(List<Placement> earlier, List<Placement> later) {
    Map<EmployeeId, Box> before = byEmployee("earlier", earlier);
    Map<EmployeeId, Box> after = byEmployee("later", later);
    TreeMap<String, EmployeeId> everyone = new TreeMap<>();
    before.keySet().forEach(e -> everyone.put(e.value(), e));
    after.keySet().forEach(e -> everyone.put(e.value(), e));
    List<NineBoxMove> out = new ArrayList<>(everyone.size());
    for (EmployeeId e : everyone.values()) {
      out.add(new NineBoxMove(e, Optional.ofNullable(before.get(e)), Optional.ofNullable(after.get(e))));
    }
    return List.copyOf(out);
  }

  private static Map<EmployeeId, Box> byEmployee(String field, List<Placement> placements) {
    Checks.notNull(field, placements);
    Map<EmployeeId, Box> out = new java.util.HashMap<>();
    for (Placement p : placements) {
      Checks.notNull(field + "[]", p);
      Checks.require(out.put(p.employee(), p.box()) == null, field, p.employee(), "must place each person at most once");
    }
    return out;
  }

  /**
   * Returns the change of performance band, positive when up; 0 unless placed in both cycles.
   *
   * @return the band change
   */
  public int performanceChange() {
    return from.isPresent() && to.isPresent() ? to.get().performance() - from.get().performance() : 0;
  }

  /**
   * Returns the change of potential band, positive when up; 0 unless placed in both cycles.
   *
   * @return the band change
   */
  public int potentialChange() {
    return from.isPresent() && to.isPresent() ? to.get().potential() - from.get().potential() : 0;
  }

  /**
   * Tells whether the person changed box (or entered or left the grid).
   *
   * @return whether the boxes differ
   */
  public boolean moved() {
    return !from.equals(to);
  }
}
