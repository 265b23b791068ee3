package dev.pillars.scoring.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.scoring.internal.IntSort;
import dev.pillars.scoring.internal.Interner;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The proposed ratings of a cycle in the compact form calibration computes over: ratings sorted by
 * employee id, each rater numbered in id order, and each rater's people listed together.
 *
 * <p>Built from {@link ProposedRating} values with {@link #of}, or column by column with a {@link
 * #builder} that a host fills straight from its rows, with no object per rating. Immutable and
 * thread-safe. Building it is linear when the ratings come sorted by employee id (otherwise it
 * sorts them once); every computation of a {@link Calibrator} then runs over primitive arrays.
 */
public final class CalibrationInput {
  private final RatingScale scale;
  private final EmployeeId[] employees;
  private final int[] levels;
  private final OrgUnitId[] units;
  private final String[] grades;
  private final int[] raterOf;
  private final EmployeeId[] raters;
  private final int[] raterStart;
  private final int[] raterMembers;
  private final List<ProposedRating> ratings = new RatingList();

  /** Takes the builder's columns in the given order ({@code null}: as they are). */
  private CalibrationInput(Builder b, int @Nullable [] order) {
    this.scale = b.scale;
    int n = b.size;
    employees = permuted(b.employees, n, order);
    units = permuted(b.units, n, order);
    grades = permuted(b.grades, n, order);
    EmployeeId[] raterColumn = permuted(b.raters, n, order);
    levels = new int[n];
    for (int i = 0; i < n; i++) {
      levels[i] = b.levels[order == null ? i : order[i]];
    }
    raterOf = new int[n];
    Interner<EmployeeId> raterNumbers = new Interner<>(Math.min(n, 1 << 16));
    int[] firstSeen = new int[n];
    EmployeeId last = null;
    int lastNumber = -1;
    for (int i = 0; i < n; i++) {
      EmployeeId rater = raterColumn[i];
      if (rater != last) {
        last = rater;
        lastNumber = raterNumbers.numberOf(rater);
      }
      firstSeen[i] = lastNumber;
    }
    EmployeeId[] seen = raterNumbers.values().toArray(new EmployeeId[0]);
    int[] byId = sortedOrder(seen, seen.length);
    if (byId == null) {
      byId = new int[seen.length];
      for (int k = 0; k < byId.length; k++) {
        byId[k] = k;
      }
    }
    raters = new EmployeeId[seen.length];
    int[] renumber = new int[seen.length];
    for (int k = 0; k < byId.length; k++) {
      raters[k] = seen[byId[k]];
      renumber[byId[k]] = k;
    }
    raterStart = new int[raters.length + 1];
    for (int i = 0; i < n; i++) {
      raterOf[i] = renumber[firstSeen[i]];
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

  private static <T> T[] permuted(T[] column, int n, int @Nullable [] order) {
    T[] out = Arrays.copyOf(column, n);
    if (order != null) {
      for (int i = 0; i < n; i++) {
        out[i] = column[order[i]];
      }
    }
    return out;
  }

  /** The indices of {@code ids[0..n)} in id order, or {@code null} when they already are. */
  private static int @Nullable [] sortedOrder(EmployeeId[] ids, int n) {
    int i = 1;
    while (i < n && ids[i - 1].compareTo(ids[i]) < 0) {
      i++;
    }
    if (i >= n) {
      return null;
    }
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    IntSort.sort(order, n, (a, c) -> ids[a].compareTo(ids[c]));
    return order;
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
    Builder b = builder(scale, ratings.size());
    int top = scale.levels().size() - 1;
    for (int i = 0; i < ratings.size(); i++) {
      ProposedRating r = ratings.get(i);
      if (r == null || r.level() > top) {
        Checks.notNull("ratings[" + i + "]", r);
        Checks.require(false, "ratings[" + i + "].level", r.level(), "must be a level of the scale, 0 to " + top);
      }
      b.add(r.employee(), r.rater(), r.level(), r.unit(), r.grade());
    }
    return b.build();
  }

  /**
   * Returns an empty builder, for a host that fills the ratings in from its own rows.
   *
   * @param scale the cycle's rating scale
   * @param expected about how many ratings will be added (the builder grows past it)
   * @return the builder
   * @throws dev.pillars.core.InvalidInputException if {@code expected} is negative
   */
  public static Builder builder(RatingScale scale, int expected) {
    Checks.notNull("scale", scale);
    Checks.require(expected >= 0, "expected", expected, "must be zero or more");
    return new Builder(scale, expected);
  }

  /**
   * Collects proposed ratings column by column. Each {@link #add} checks its rating and keeps
   * nothing when it refuses it; {@link #build} checks that nobody is rated twice. Not thread-safe.
   */
  public static final class Builder {
    private final RatingScale scale;
    private final int top;
    private EmployeeId[] employees;
    private EmployeeId[] raters;
    private int[] levels;
    private OrgUnitId[] units;
    private String[] grades;
    private int size;
    private @Nullable String lastGrade;

    private Builder(RatingScale scale, int expected) {
      this.scale = scale;
      this.top = scale.levels().size() - 1;
      int capacity = Math.max(expected, 8);
      employees = new EmployeeId[capacity];
      raters = new EmployeeId[capacity];
      levels = new int[capacity];
      units = new OrgUnitId[capacity];
      grades = new String[capacity];
    }

    /**
     * Adds one proposed rating, the same fields as a {@link ProposedRating}.
     *
     * @param employee who is rated
     * @param rater who proposed it (their manager)
     * @param level the proposed level's index on the scale
     * @param unit the employee's unit
     * @param grade the employee's grade, not blank
     * @return this builder
     * @throws dev.pillars.core.InvalidInputException if the level is not on the scale or the grade
     *     is blank
     */
    public Builder add(EmployeeId employee, EmployeeId rater, int level, OrgUnitId unit, String grade) {
      Checks.notNull("employee", employee);
      Checks.notNull("rater", rater);
      Checks.notNull("unit", unit);
      Checks.notNull("grade", grade);
      if (grade != lastGrade) { // the same instance as the last one added is already checked
        Checks.notBlank("grade", grade);
        lastGrade = grade;
      }
      if (level < 0 || level > top) {
        Checks.require(false, "level", level, "must be a level of the scale, 0 to " + top);
      }
      if (size == employees.length) {
        int capacity = size * 2;
        employees = Arrays.copyOf(employees, capacity);
        raters = Arrays.copyOf(raters, capacity);
        levels = Arrays.copyOf(levels, capacity);
        units = Arrays.copyOf(units, capacity);
        grades = Arrays.copyOf(grades, capacity);
      }
      employees[size] = employee;
      raters[size] = rater;
      levels[size] = level;
      units[size] = unit;
      grades[size] = grade;
      size++;
      return this;
    }

    /**
     * Returns the input of the ratings added so far; the builder can go on.
     *
     * @return the input
     * @throws dev.pillars.core.InvalidInputException if an employee was added twice
     */
    public CalibrationInput build() {
      int[] order = sortedOrder(employees, size);
      if (order != null) {
        for (int i = 1; i < size; i++) {
          if (employees[order[i]].equals(employees[order[i - 1]])) {
            Checks.require(false, "ratings", employees[order[i]], "must rate each employee at most once");
          }
        }
      }
      return new CalibrationInput(this, order);
    }

    @Override
    public String toString() {
      return "CalibrationInput.Builder[" + size + " ratings on " + scale.labels() + "]";
    }
  }

  /** The ratings, each made from the columns when it is read. */
  private final class RatingList extends AbstractList<ProposedRating> implements RandomAccess {
    @Override
    public ProposedRating get(int i) {
      return new ProposedRating(employees[i], raters[raterOf[i]], levels[i], units[i], grades[i]);
    }

    @Override
    public int size() {
      return levels.length;
    }
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
