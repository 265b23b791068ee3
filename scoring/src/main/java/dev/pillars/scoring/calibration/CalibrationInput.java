package dev.pillars.scoring.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The proposed ratings of a cycle in the compact form calibration computes over: ratings sorted by
 * employee id, each rater numbered in id order, and each rater's people listed together.
 *
 * <p>Immutable and thread-safe. Building it sorts the ratings once (linear when they come sorted
 * by employee id); every computation of a {@link Calibrator} then runs over primitive arrays.
 */
public final class CalibrationInput {
  private final RatingScale scale;
  private final List<ProposedRating> ratings;
  private final EmployeeId[] employees;
  private final int[] levels;
  private final int[] raterOf;
  private final EmployeeId[] raters;
  private final int[] raterStart;
  private final int[] raterMembers;

  private CalibrationInput(RatingScale scale, List<ProposedRating> sorted) {
    this.scale = scale;
    this.ratings = sorted;
    int n = sorted.size();
    employees = new EmployeeId[n];
    levels = new int[n];
    raterOf = new int[n];
    Map<EmployeeId, Integer> raterIndex = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ProposedRating r = sorted.get(i);
      employees[i] = r.employee();
      levels[i] = r.level();
      raterIndex.putIfAbsent(r.rater(), 0);
    }
    raters = raterIndex.keySet().toArray(new EmployeeId[0]);
    Arrays.sort(raters, Comparator.comparing(EmployeeId::value));
    for (int k = 0; k < raters.length; k++) {
      raterIndex.put(raters[k], k);
    }
    raterStart = new int[raters.length + 1];
    for (int i = 0; i < n; i++) {
      raterOf[i] = raterIndex.get(sorted.get(i).rater());
      raterStart[raterOf[i] + 1]++;
    }
    for (int k = 0; k < raters.length; k++) {
      raterStart[k + 1] += raterStart[k];
    }
    raterMembers = new int[n];
    int[] next = Arrays.copyOf(raterStart, raters.length);
    for (int i = 0; i < n; i++) {
      raterMembers[next[raterOf[i]]++] = i;
    }
  }

  /**
   * Returns the input of a cycle's proposed ratings.
   *
   * @param scale the cycle's rating scale
   * @param ratings the proposed ratings, each employee at most once, each level on the scale
   * @return the input
   * @throws dev.pillars.core.InvalidInputException if an employee is rated twice or a level is not
   *     on the scale
   */
  public static CalibrationInput of(RatingScale scale, List<ProposedRating> ratings) {
    Checks.notNull("scale", scale);
    Checks.notNull("ratings", ratings);
    List<ProposedRating> sorted = new ArrayList<>(ratings.size());
    int top = scale.levels().size() - 1;
    for (int i = 0; i < ratings.size(); i++) {
      ProposedRating r = ratings.get(i);
      if (r == null || r.level() > top) {
        Checks.notNull("ratings[" + i + "]", r);
        Checks.require(false, "ratings[" + i + "].level", r.level(), "must be a level of the scale, 0 to " + top);
      }
      sorted.add(r);
    }
    sorted.sort(Comparator.comparing(r -> r.employee().value()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).employee().equals(sorted.get(i - 1).employee())) {
        Checks.require(false, "ratings", sorted.get(i).employee(), "must rate each employee at most once");
      }
    }
    return new CalibrationInput(scale, List.copyOf(sorted));
  }

  /**
   * Returns the rating scale.
   *
   * @return the scale
   */
  public RatingScale scale() {
    return scale;
  }

  /**
   * Returns the ratings, sorted by employee id; an index into this list is a rating's index.
   *
   * @return the ratings
   */
  public List<ProposedRating> ratings() {
    return ratings;
  }

  /**
   * Returns the number of ratings.
   *
   * @return the size
   */
  public int size() {
    return levels.length;
  }

  /**
   * Returns the raters, sorted by id.
   *
   * @return the raters
   */
  public List<EmployeeId> raters() {
    return List.of(raters);
  }

  /**
   * Returns the index of an employee's rating.
   *
   * @param employee the employee
   * @return the index into {@link #ratings()}, or empty if the employee is not rated
   */
  public OptionalInt indexOf(EmployeeId employee) {
    Checks.notNull("employee", employee);
    int found = Arrays.binarySearch(employees, employee, Comparator.comparing(EmployeeId::value));
    return found >= 0 ? OptionalInt.of(found) : OptionalInt.empty();
  }

  /**
   * Returns which ratings belong to a population.
   *
   * @param population the population
   * @return one flag per rating index
   */
  boolean[] members(Population population) {
    boolean[] in = new boolean[levels.length];
    for (int i = 0; i < in.length; i++) {
      in[i] = population.kind() == Population.Kind.CYCLE || population.contains(ratings.get(i));
    }
    return in;
  }

  int level(int i) {
    return levels[i];
  }

  int raterOf(int i) {
    return raterOf[i];
  }

  int raterCount() {
    return raters.length;
  }

  EmployeeId rater(int k) {
    return raters[k];
  }

  int raterStart(int k) {
    return raterStart[k];
  }

  int raterMember(int position) {
    return raterMembers[position];
  }

  @Override
  public String toString() {
    return "CalibrationInput[" + levels.length + " ratings by " + raters.length + " raters on " + scale.labels() + "]";
  }
}
