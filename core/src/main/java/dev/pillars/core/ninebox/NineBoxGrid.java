package dev.pillars.core.ninebox;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.util.List;

/**
 * The box definitions of a performance × potential grid: cut points that split each axis into
 * bands (two cuts make the classic three bands), and a label per box. A value at a cut point
 * belongs to the band above it.
 *
 * @param performanceCuts the cut points of the performance axis, strictly increasing, at least one
 * @param potentialCuts the cut points of the potential axis, strictly increasing, at least one
 * @param labels one label per box, not blank and unique, lowest potential first and within it
 *     lowest performance first
 */
public record NineBoxGrid(List<Double> performanceCuts, List<Double> potentialCuts, List<String> labels) {
  /**
   * Creates a grid.
   *
   * @param performanceCuts the performance cut points, strictly increasing, at least one
   * @param potentialCuts the potential cut points, strictly increasing, at least one
   * @param labels one label per box, lowest potential first, within it lowest performance first
   * @throws dev.pillars.core.InvalidInputException if cut points are missing, not finite or not
   *     increasing, or the labels are not one unique, non-blank label per box
   */
  public NineBoxGrid {
    Checks.notNull("performanceCuts", performanceCuts);
    Checks.notNull("potentialCuts", potentialCuts);
    Checks.notNull("labels", labels);
    performanceCuts = cuts("performanceCuts", performanceCuts);
    potentialCuts = cuts("potentialCuts", potentialCuts);
    Checks.notNull("labels", labels);
    int boxes = (performanceCuts.size() + 1) * (potentialCuts.size() + 1);
    Checks.require(labels.size() == boxes, "labels", labels, "must hold one label per box, " + boxes);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < labels.size(); i++) {
      Checks.require(seen.add(Checks.notBlank("labels[" + i + "]", labels.get(i))), "labels[" + i + "]", labels.get(i),
          "must be unique");
    }
    labels = List.copyOf(labels);
  }

  private static List<Double> cuts(String field, List<Double> cuts) {
    Checks.notNull(field, cuts);
    Checks.require(!cuts.isEmpty(), field, cuts, "must hold at least one cut point");
    for (int i = 0; i < cuts.size(); i++) {
      Checks.finite(field + "[" + i + "]", Checks.notNull(field + "[" + i + "]", cuts.get(i)));
      if (i > 0) {
        Checks.require(cuts.get(i) > cuts.get(i - 1), field + "[" + i + "]", cuts.get(i),
            "must be above the previous cut point " + cuts.get(i - 1));
      }
    }
    return List.copyOf(cuts);
  }

  /**
   * Returns the classic 9-box on a 1 to 5 scale for both axes, cut at 2.5 and 3.5: from "risk" (low,
   * low) to "star" (high, high).
   *
   * @return the grid
   */
  public static NineBoxGrid standard() {
    return new NineBoxGrid(List.of(2.5, 3.5), List.of(2.5, 3.5), List.of(
        "risk", "effective", "trusted professional",
        "inconsistent player", "core player", "high performer",
        "rough diamond", "future star", "star"));
  }

  /**
   * Returns the box of a performance and potential.
   *
   * @param performance the performance value, finite
   * @param potential the potential value, finite
   * @return the box
   * @throws dev.pillars.core.InvalidInputException if a value is not finite
   */
  public Box box(double performance, double potential) {
    int q = band(performanceCuts, Checks.finite("performance", performance));
    int p = band(potentialCuts, Checks.finite("potential", potential));
    return new Box(q, p, labels.get(p * (performanceCuts.size() + 1) + q));
  }

  /**
   * Places a person.
   *
   * @param employee the person
   * @param performance the performance value, finite
   * @param potential the potential value, finite
   * @return the placement
   */
  public Placement place(EmployeeId employee, double performance, double potential) {
    return new Placement(Checks.notNull("employee", employee), performance, potential, box(performance, potential));
  }

  private static int band(List<Double> cuts, double value) {
    int band = 0;
    while (band < cuts.size() && value >= cuts.get(band)) {
      band++;
    }
    return band;
  }
}
