package dev.pillars.core.assessment;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.org.EmployeeId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a {@link GapAnalysis}: every analysed person's required and assessed level of every
 * competency of the model revision, and the views over them: one person's gaps, a group's largest
 * gaps with how many share them, and the trend between two reports.
 *
 * <p>A competency a person was never assessed in has no gap (it is unknown, not zero). Reports are
 * immutable and thread-safe; two reports are equal when they analyse the same revision with the
 * same rule and hold the same levels for the same people, whatever the order of the people.
 */
public final class GapReport {
  private static final Comparator<SharedGap> LARGEST_FIRST =
      Comparator.comparingLong(SharedGap::totalShortfall).reversed().thenComparing(Comparator.comparingInt(SharedGap::people).reversed());

  private final ModelRevision model;
  private final DisagreementRule rule;
  private final List<CompetencyId> competencies;
  private final EmployeeId[] people;
  private final Map<EmployeeId, Integer> slots;
  private final int[] required;
  private final int[] assessed;

  GapReport(
      ModelRevision model,
      DisagreementRule rule,
      List<CompetencyId> competencies,
      EmployeeId[] people,
      Map<EmployeeId, Integer> slots,
      int[] required,
      int[] assessed) {
    this.model = model;
    this.rule = rule;
    this.competencies = competencies;
    this.people = people;
    this.slots = slots;
    this.required = required;
    this.assessed = assessed;
  }

  /**
   * Returns the model revision analysed.
   *
   * @return the revision
   */
  public ModelRevision model() {
    return model;
  }

  /**
   * Returns the rule that resolved disagreeing ratings.
   *
   * @return the rule
   */
  public DisagreementRule rule() {
    return rule;
  }

  /**
   * Returns the people analysed, in the order given to the analysis.
   *
   * @return the people
   */
  public List<EmployeeId> people() {
    return List.of(people);
  }

  /**
   * Returns one person's gap in one competency.
   *
   * @param employee the person
   * @param competency the competency
   * @return the gap, or empty if the person was not analysed, the competency is not in the model,
   *     or the person was not assessed in it
   * @throws NullPointerException if an argument is null
   */
  public Optional<CompetencyGap> gap(EmployeeId employee, CompetencyId competency) {
    Checks.notNull("employee", employee);
    int c = competencies.indexOf(Checks.notNull("competency", competency));
    Integer p = slots.get(employee);
    return p == null || c < 0 ? Optional.empty() : gapAt(p, c);
  }

  /**
   * Returns one person's gaps in every competency they were assessed in, in the model's order.
   *
   * @param employee the person
   * @return the gaps; empty if the person was not analysed or never assessed
   * @throws NullPointerException if {@code employee} is null
   */
  public List<CompetencyGap> gaps(EmployeeId employee) {
    Integer p = slots.get(Checks.notNull("employee", employee));
    List<CompetencyGap> gaps = new ArrayList<>();
    if (p != null) {
      for (int c = 0; c < competencies.size(); c++) {
        gapAt(p, c).ifPresent(gaps::add);
      }
    }
    return List.copyOf(gaps);
  }

  /**
   * Returns the competencies in which a group falls short, largest first: by summed shortfall, then
   * by how many share it, then in the model's order.
   *
   * @param group the people of a team or unit; people not analysed are ignored, repeats count once
   * @return the shared gaps, only competencies where someone falls short
   * @throws NullPointerException if {@code group} is or holds null
   */
  public List<SharedGap> largestGaps(Collection<EmployeeId> group) {
    int k = competencies.size();
    int[] count = new int[k];
    long[] total = new long[k];
    int[] largest = new int[k];
    for (int p : members(group)) {
      for (int c = 0; c < k; c++) {
        int i = p * k + c;
        int shortfall = assessed[i] == 0 ? 0 : required[i] - assessed[i];
        if (shortfall > 0) {
          count[c]++;
          total[c] += shortfall;
          largest[c] = Math.max(largest[c], shortfall);
        }
      }
    }
    List<SharedGap> gaps = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      if (count[c] > 0) {
        gaps.add(new SharedGap(competencies.get(c), count[c], total[c], largest[c]));
      }
    }
    gaps.sort(LARGEST_FIRST);
    return List.copyOf(gaps);
  }

  /**
   * Returns the competencies in which anyone analysed falls short, largest first.
   *
   * @return the shared gaps of everyone in the report
   */
  public List<SharedGap> largestGaps() {
    return largestGaps(List.of(people));
  }

  /**
   * Returns how a group's gaps moved from this report to a later one of the same model, per
   * competency both revisions have, in this report's order, over the people assessed in the
   * competency in both.
   *
   * @param later the later report
   * @param group the people of the team or unit; repeats count once
   * @return one trend per competency of both revisions
   * @throws NullPointerException if an argument is or holds null
   * @throws InvalidInputException if {@code later} analyses another model
   */
  public List<CompetencyTrend> trend(GapReport later, Collection<EmployeeId> group) {
    Checks.notNull("later", later);
    Checks.require(
        later.model.model().equals(model.model()), "later", later.model, "must analyse the same model as " + model);
    List<CompetencyTrend> trends = new ArrayList<>();
    List<Integer> members = members(group);
    for (CompetencyId competency : competencies) {
      if (!later.competencies.contains(competency)) {
        continue;
      }
      int people = 0;
      long before = 0;
      long after = 0;
      for (int p : members) {
        Optional<CompetencyGap> then = gap(this.people[p], competency);
        Optional<CompetencyGap> now = later.gap(this.people[p], competency);
        if (then.isPresent() && now.isPresent()) {
          people++;
          before += then.get().shortfall();
          after += now.get().shortfall();
        }
      }
      trends.add(new CompetencyTrend(competency, people, before, after));
    }
    return List.copyOf(trends);
  }

  private List<Integer> members(Collection<EmployeeId> group) {
    Checks.notNull("group", group);
    List<Integer> members = new ArrayList<>();
    boolean[] seen = new boolean[people.length];
    for (EmployeeId id : group) {
      Integer p = slots.get(Checks.notNull("group", id));
      if (p != null && !seen[p]) {
        seen[p] = true;
        members.add(p);
      }
    }
    return members;
  }

  private Optional<CompetencyGap> gapAt(int p, int c) {
    int i = p * competencies.size() + c;
    return assessed[i] == 0
        ? Optional.empty()
        : Optional.of(new CompetencyGap(people[p], competencies.get(c), required[i], assessed[i]));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GapReport other)
        || !model.equals(other.model)
        || rule != other.rule
        || !competencies.equals(other.competencies)
        || !slots.keySet().equals(other.slots.keySet())) {
      return false;
    }
    int k = competencies.size();
    for (int p = 0; p < people.length; p++) {
      int q = other.slots.get(people[p]);
      if (!Arrays.equals(required, p * k, p * k + k, other.required, q * k, q * k + k)
          || !Arrays.equals(assessed, p * k, p * k + k, other.assessed, q * k, q * k + k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int k = competencies.size();
    int people = 0;
    for (int p = 0; p < this.people.length; p++) {
      people += Objects.hash(this.people[p], Arrays.hashCode(Arrays.copyOfRange(assessed, p * k, p * k + k)));
    }
    return Objects.hash(model, rule, competencies, people);
  }

  @Override
  public String toString() {
    return "GapReport[model=" + model + ", rule=" + rule + ", people=" + people.length + ", largestGaps=" + largestGaps() + "]";
  }
}
