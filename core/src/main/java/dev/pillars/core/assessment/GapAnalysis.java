package dev.pillars.core.assessment;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes every person's gap in every competency of a model revision from their assessments.
 *
 * <p>What is read: for each person, competency and {@link AssessorRole}, the latest rating (the
 * latest assessment day, ties broken by the greatest {@link AssessmentId}), from assessments of
 * the analysed model in any of its revisions, on or before the analysis day. The {@link
 * DisagreementRule} turns the roles' latest ratings into one assessed level. A rating of a
 * competency the analysed revision does not have is ignored; a level above the competency's
 * highest in this revision is read as its highest. Assessments of people not analysed, or of other
 * models, are ignored. The result never depends on the order of the assessments.
 *
 * <p>The analysis runs in time linear in the ratings (plus a sort of each person's few
 * assessments) and keeps two {@code int} per person and competency. Instances are immutable and
 * thread-safe.
 */
public final class GapAnalysis {
  private static final Comparator<Assessment> LATEST_LAST =
      Comparator.comparing(Assessment::assessedOn).thenComparing(Assessment::id);

  private final CompetencyModel model;
  private final DisagreementRule rule;
  private final List<CompetencyId> competencies;
  private final Map<CompetencyId, Integer> index = new HashMap<>();
  private final int[] highest;

  private GapAnalysis(CompetencyModel model, DisagreementRule rule) {
    this.model = model;
    this.rule = rule;
    this.competencies = model.competencies().stream().map(Competency::id).toList();
    this.highest = model.competencies().stream().mapToInt(Competency::highestLevel).toArray();
    for (int i = 0; i < competencies.size(); i++) {
      index.put(competencies.get(i), i);
    }
  }

  /**
   * Returns an analysis against one model revision.
   *
   * @param model the revision whose competencies and requirements apply
   * @param rule how disagreeing ratings become one level
   * @return the analysis
   * @throws NullPointerException if an argument is null
   */
  public static GapAnalysis of(CompetencyModel model, DisagreementRule rule) {
    return new GapAnalysis(Checks.notNull("model", model), Checks.notNull("rule", rule));
  }

  /**
   * Analyses people from all their assessments.
   *
   * @param people the people, ids distinct; their role and grade choose their requirements
   * @param assessments the assessments, in any order
   * @return the report
   * @throws NullPointerException if an argument is null or holds null
   * @throws dev.pillars.core.InvalidInputException if two people share an id
   */
  public GapReport analyse(Collection<Employee> people, Collection<Assessment> assessments) {
    return analyse(people, assessments, LocalDate.MAX);
  }

  /**
   * Analyses people from their assessments made on or before a day, as they stood then.
   *
   * @param people the people, ids distinct
   * @param assessments the assessments, in any order; later ones are ignored
   * @param asOf the last day whose assessments count
   * @return the report
   * @throws NullPointerException if an argument is null or holds null
   * @throws dev.pillars.core.InvalidInputException if two people share an id
   */
  public GapReport analyse(Collection<Employee> people, Collection<Assessment> assessments, LocalDate asOf) {
    Checks.notNull("people", people);
    Checks.notNull("assessments", assessments);
    Checks.notNull("asOf", asOf);
    int k = competencies.size();
    int n = people.size();
    EmployeeId[] ids = new EmployeeId[n];
    Map<EmployeeId, Integer> slots = new HashMap<>(n * 2);
    int[] required = new int[n * k];
    Map<List<String>, int[]> requiredByJob = new HashMap<>();
    int p = 0;
    for (Employee e : people) {
      Checks.notNull("people", e);
      Checks.require(slots.putIfAbsent(e.id(), p) == null, "people", e.id(), "must not repeat an employee");
      ids[p] = e.id();
      int[] levels = requiredByJob.computeIfAbsent(List.of(e.role(), e.grade()), job -> model.requiredLevels(job.get(0), job.get(1)));
      System.arraycopy(levels, 0, required, p * k, k);
      p++;
    }
    int[] start = new int[n + 1];
    Assessment[] byPerson = bucket(assessments, slots, asOf, start);
    int[] assessed = new int[n * k];
    int[] latest = new int[3 * k];
    for (p = 0; p < n; p++) {
      int from = start[p];
      int to = start[p + 1];
      if (from == to) {
        continue;
      }
      Arrays.fill(latest, 0);
      if (to - from > 1) {
        Arrays.sort(byPerson, from, to, LATEST_LAST);
      }
      for (int j = from; j < to; j++) {
        Assessment a = byPerson[j];
        int offset = a.assessor().role().ordinal() * k;
        List<Rating> ratings = a.ratings();
        for (int i = 0; i < ratings.size(); i++) {
          Rating r = ratings.get(i);
          int c = indexOf(r.competency(), i);
          if (c >= 0) {
            latest[offset + c] = Math.min(r.level(), highest[c]);
          }
        }
      }
      int base = p * k;
      for (int c = 0; c < k; c++) {
        assessed[base + c] = rule.resolve(latest[c], latest[k + c], latest[2 * k + c]);
      }
    }
    return new GapReport(model.id(), rule, competencies, ids, slots, required, assessed);
  }

  /**
   * Returns a competency's index in the model, or -1: first tried at the rating's own position,
   * since assessments usually rate in the model's order, then looked up.
   */
  private int indexOf(CompetencyId competency, int position) {
    if (position < competencies.size() && competencies.get(position).equals(competency)) {
      return position;
    }
    Integer c = index.get(competency);
    return c == null ? -1 : c;
  }

  /**
   * Orders the counted assessments by person (a counting sort); {@code start[p]} becomes where
   * person {@code p}'s start and {@code start[n]} their end.
   */
  private Assessment[] bucket(
      Collection<Assessment> assessments, Map<EmployeeId, Integer> slots, LocalDate asOf, int[] start) {
    int n = start.length - 1;
    Assessment[] all = assessments.toArray(new Assessment[0]);
    int[] owner = new int[all.length];
    int counted = 0;
    for (int j = 0; j < all.length; j++) {
      Assessment a = Checks.notNull("assessments", all[j]);
      Integer slot = slots.get(a.employee());
      owner[j] = slot == null || !a.model().model().equals(model.id().model()) || a.assessedOn().isAfter(asOf) ? -1 : slot;
      if (owner[j] >= 0) {
        start[owner[j] + 1]++;
        counted++;
      }
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    Assessment[] sorted = new Assessment[counted];
    int[] next = Arrays.copyOf(start, n);
    for (int j = 0; j < all.length; j++) {
      if (owner[j] >= 0) {
        sorted[next[owner[j]]++] = all[j];
      }
    }
    return sorted;
  }
}
