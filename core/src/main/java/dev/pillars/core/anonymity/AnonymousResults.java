package dev.pillars.core.anonymity;

import dev.pillars.core.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The published results of anonymous answers in groups: one {@link GroupResult} per group and one
 * for the total, computed under the rule of this package (threshold, no differencing between the
 * total and its groups).
 *
 * <p>Immutable and thread-safe.
 */
public final class AnonymousResults {
  /** The name of the total's result. */
  public static final String TOTAL = "TOTAL";

  private final List<GroupResult> groups;
  private final GroupResult total;

  private AnonymousResults(List<GroupResult> groups, GroupResult total) {
    this.groups = List.copyOf(groups);
    this.total = total;
  }

  /**
   * Computes the results of answers in groups.
   *
   * @param questions the number of questions each response answers, at least 1
   * @param answers each group's responses, each response a list of one answer per question; groups
   *     in the order the results list them
   * @param threshold the anonymity threshold
   * @return the results
   * @throws NullPointerException if an argument is or holds null
   * @throws dev.pillars.core.InvalidInputException if a response does not answer every question or
   *     an answer is not finite
   */
  public static AnonymousResults of(
      int questions, Map<String, ? extends List<? extends List<Double>>> answers, AnonymityThreshold threshold) {
    Checks.notNull("answers", answers);
    Checks.notNull("threshold", threshold);
    Checks.inRange("questions", questions, 1, 1000);
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends List<? extends List<Double>>> group : answers.entrySet()) {
      String name = Checks.notBlank("group", group.getKey());
      double[] sum = new double[questions];
      List<? extends List<Double>> responses = Checks.notNull(name, group.getValue());
      for (List<Double> response : responses) {
        Checks.require(
            Checks.notNull("response", response).size() == questions,
            "response",
            response.size() + " answers",
            "must answer each of the " + questions + " questions");
        for (int q = 0; q < questions; q++) {
          sum[q] += Checks.finite("answer", Checks.notNull("answer", response.get(q)));
        }
      }
      sums.put(name, sum);
      counts.put(name, responses.size());
    }
    return compute(questions, sums, counts, threshold);
  }

  /**
   * Returns results that are not published yet: every group and the total suppressed for one
   * reason, such as the date they will be published.
   *
   * @param groups the groups' names
   * @param reason the reason
   * @return the results
   */
  public static AnonymousResults unpublished(List<String> groups, String reason) {
    Checks.notNull("groups", groups);
    Checks.notBlank("reason", reason);
    List<GroupResult> results = new ArrayList<>();
    for (String group : groups) {
      results.add(GroupResult.suppressed(group, reason));
    }
    return new AnonymousResults(results, GroupResult.suppressed(TOTAL, reason));
  }

  private static AnonymousResults compute(
      int questions, Map<String, double[]> sums, Map<String, Integer> counts, AnonymityThreshold threshold) {
    int k = threshold.k();
    Map<String, String> suppressed = new LinkedHashMap<>();
    int remainder = 0;
    int all = 0;
    for (Map.Entry<String, Integer> group : counts.entrySet()) {
      all += group.getValue();
      if (!threshold.allows(group.getValue())) {
        suppressed.put(group.getKey(), "fewer than " + k + " responses");
        remainder += group.getValue();
      }
    }
    boolean totalShown = threshold.allows(all);
    if (totalShown) {
      List<String> shownBySize = new ArrayList<>();
      counts.forEach((name, count) -> {
        if (!suppressed.containsKey(name)) {
          shownBySize.add(name);
        }
      });
      shownBySize.sort(Comparator.comparing((String name) -> counts.get(name)).thenComparing(Comparator.naturalOrder()));
      for (int i = 0; remainder > 0 && remainder < k && i < shownBySize.size(); i++) {
        String name = shownBySize.get(i);
        suppressed.put(name, "suppressed so that a smaller group cannot be derived from the total");
        remainder += counts.get(name);
      }
    }
    List<GroupResult> results = new ArrayList<>();
    double[] totalSum = new double[questions];
    for (Map.Entry<String, double[]> group : sums.entrySet()) {
      String name = group.getKey();
      for (int q = 0; q < questions; q++) {
        totalSum[q] += group.getValue()[q];
      }
      results.add(
          suppressed.containsKey(name)
              ? GroupResult.suppressed(name, suppressed.get(name))
              : GroupResult.shown(name, summary(group.getValue(), counts.get(name))));
    }
    GroupResult total =
        totalShown
            ? GroupResult.shown(TOTAL, summary(totalSum, all))
            : GroupResult.suppressed(TOTAL, "fewer than " + k + " responses");
    return new AnonymousResults(results, total);
  }

  private static GroupSummary summary(double[] sum, int count) {
    List<Double> means = new ArrayList<>(sum.length);
    for (double s : sum) {
      means.add(s / count);
    }
    return new GroupSummary(count, means);
  }

  /**
   * Returns the result of each group, in the order the groups were given.
   *
   * @return the groups' results
   */
  public List<GroupResult> groups() {
    return groups;
  }

  /**
   * Returns the result of one group.
   *
   * @param name the group's name
   * @return its result; empty if there is no such group
   */
  public Optional<GroupResult> group(String name) {
    Checks.notNull("name", name);
    return groups.stream().filter(g -> g.group().equals(name)).findFirst();
  }

  /**
   * Returns the result of all groups together, named {@link #TOTAL}.
   *
   * @return the total's result
   */
  public GroupResult total() {
    return total;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AnonymousResults that && groups.equals(that.groups) && total.equals(that.total);
  }

  @Override
  public int hashCode() {
    return 31 * groups.hashCode() + total.hashCode();
  }

  @Override
  public String toString() {
    return "AnonymousResults" + groups + " total " + total;
  }
}
