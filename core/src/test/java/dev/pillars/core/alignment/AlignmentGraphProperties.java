package dev.pillars.core.alignment;

import static dev.pillars.core.alignment.Goals.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the alignment graph, checked against a brute-force model: a map of links over goal
 * indices and plain depth-first searches.
 */
class AlignmentGraphProperties {
  private static final GoalLevel[] LEVELS = GoalLevel.values();
  private static final Period[] PERIODS = {
    Goals.YEAR, Goals.YEAR, Goals.YEAR, Goals.YEAR, Goals.YEAR, Goals.YEAR,
    Goals.H1, Goals.H2, Goals.Q1, Goals.TWO_YEARS
  };
  private static final double[] WEIGHTS = {
    1, 1, 1, 2, 2, 3, 0.5, 0.25, 1.5, 4, 1, 2, 10, 0.1, 5,
    0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
  };
  private static final int VALID_WEIGHTS = 15;
  private static final GoalId GHOST = GoalId.of("ghost");

  /** A link over goal indices. */
  record Edge(int child, int parent) {}

  /** One attempted change: add (kinds 0 to 2) or remove (kind 3) a link; index n names no goal. */
  record Attempt(int child, int parent, int weight, int kind) {
    boolean removes() {
      return kind == 3;
    }
  }

  /** Goals (level = spec % 3, period = PERIODS[spec / 3]) and the changes tried on them. */
  record Scenario(int n, List<Integer> specs, List<Attempt> attempts) {
    List<Goal> goals() {
      List<Goal> goals = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        goals.add(Goals.goal("g" + i, level(i), PERIODS[specs.get(i) / 3]));
      }
      return goals;
    }

    GoalLevel level(int i) {
      return LEVELS[specs.get(i) % 3];
    }

    Period period(int i) {
      return PERIODS[specs.get(i) / 3];
    }
  }

  static Gen<Scenario> scenarios() {
    return integers()
        .between(1, 8)
        .flatMap(
            n ->
                lists()
                    .of(integers().between(0, 29))
                    .ofSize(n)
                    .zip(
                        lists().of(attempts(n)).ofSizeBetween(0, 40),
                        (specs, attempts) -> new Scenario(n, specs, attempts)));
  }

  static Gen<Attempt> attempts(int n) {
    return integers()
        .between(0, n)
        .zip(
            integers().between(0, n),
            integers().between(0, WEIGHTS.length - 1),
            integers().between(0, 3),
            Attempt::new);
  }

  static GoalId id(int i, int n) {
    return i == n ? GHOST : GoalId.of("g" + i);
  }

  static int index(GoalId id) {
    return Integer.parseInt(id.value().substring(1));
  }

  static Map<Edge, Double> edges(AlignmentGraph graph) {
    Map<Edge, Double> edges = new LinkedHashMap<>();
    for (AlignmentLink link : graph.links()) {
      edges.put(new Edge(index(link.child()), index(link.parent())), link.weight());
    }
    return edges;
  }

  /** Whether {@code to} can be reached from {@code from} by following one or more links upwards. */
  static boolean reaches(Set<Edge> edges, int from, int to) {
    Set<Integer> seen = new HashSet<>();
    List<Integer> stack = new ArrayList<>(List.of(from));
    while (!stack.isEmpty()) {
      int u = stack.remove(stack.size() - 1);
      for (Edge e : edges) {
        if (e.child() == u && seen.add(e.parent())) {
          if (e.parent() == to) {
            return true;
          }
          stack.add(e.parent());
        }
      }
    }
    return false;
  }

  static boolean acyclic(int n, Set<Edge> edges) {
    for (int i = 0; i < n; i++) {
      if (reaches(edges, i, i)) {
        return false;
      }
    }
    return true;
  }

  /** Applies every attempt, ignoring rejected ones, and returns the graph. */
  static AlignmentGraph apply(Scenario s) {
    AlignmentGraph graph = AlignmentGraph.builder().addGoals(s.goals()).build();
    for (Attempt a : s.attempts()) {
      try {
        graph = step(graph, a, s.n()).value();
      } catch (InvalidInputException rejected) {
        // the graph stays as it was
      }
    }
    return graph;
  }

  static Change<AlignmentGraph> step(AlignmentGraph graph, Attempt a, int n) {
    if (a.removes()) {
      return graph.withoutLink(id(a.child(), n), id(a.parent(), n), CLOCK);
    }
    return graph.withLink(AlignmentLink.of(id(a.child(), n), id(a.parent(), n), WEIGHTS[a.weight()]), CLOCK);
  }

  /** The rule the model says an attempt breaks, or "accepted". */
  static String predict(Scenario s, Map<Edge, Double> model, Attempt a) {
    int n = s.n();
    int c = a.child();
    int p = a.parent();
    if (a.removes()) {
      if (c == n || p == n) {
        return "unknown";
      }
      return model.containsKey(new Edge(c, p)) ? "accepted" : "link";
    }
    if (a.weight() >= VALID_WEIGHTS) {
      return "weight";
    }
    if (c == p) {
      return "self";
    }
    if (c == n || p == n) {
      return "unknown";
    }
    if (model.containsKey(new Edge(c, p))) {
      return "link";
    }
    if (reaches(model.keySet(), p, c)) {
      return "cycle";
    }
    return s.period(p).encloses(s.period(c)) ? "accepted" : "child.period";
  }

  @Test
  void noSequenceOfLinkAttemptsEverLeavesACycleAndRejectionsChangeNothing() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              int n = s.n();
              AlignmentGraph graph = AlignmentGraph.builder().addGoals(s.goals()).build();
              Map<Edge, Double> model = new LinkedHashMap<>();
              for (Attempt a : s.attempts()) {
                String expected = predict(s, model, a);
                AlignmentGraph before = graph;
                Map<Edge, Double> snapshot = edges(before);
                try {
                  Change<AlignmentGraph> change = step(graph, a, n);
                  assertThat(expected).as("accepted %s", a).isEqualTo("accepted");
                  graph = change.value();
                  Edge edge = new Edge(a.child(), a.parent());
                  if (a.removes()) {
                    assertThat(change.events())
                        .containsExactly(
                            new GoalUnaligned(
                                AlignmentLink.of(id(a.child(), n), id(a.parent(), n), model.remove(edge)),
                                Goals.NOW));
                  } else {
                    model.put(edge, WEIGHTS[a.weight()]);
                    assertThat(change.events()).hasSize(1).first().isInstanceOf(GoalAligned.class);
                  }
                } catch (AlignmentCycleException e) {
                  assertThat(expected).as("cycle for %s", a).isEqualTo("cycle");
                  List<GoalId> cycle = e.cycle();
                  assertThat(cycle.get(0)).isEqualTo(id(a.parent(), n));
                  assertThat(cycle.get(cycle.size() - 1)).isEqualTo(id(a.parent(), n));
                  assertThat(cycle.get(cycle.size() - 2)).isEqualTo(id(a.child(), n));
                  for (int k = 0; k + 2 < cycle.size(); k++) {
                    assertThat(model).containsKey(new Edge(index(cycle.get(k)), index(cycle.get(k + 1))));
                  }
                  assertThat(e.getMessage())
                      .endsWith(cycle.stream().map(GoalId::value).collect(Collectors.joining(" -> ")));
                } catch (UnknownReferenceException e) {
                  assertThat(expected).as("unknown for %s", a).isEqualTo("unknown");
                  assertThat(e.value()).isEqualTo("ghost");
                } catch (InvalidInputException e) {
                  String rule = e.field().equals("parent") && e.rule().startsWith("must differ") ? "self" : e.field();
                  assertThat(rule).as("%s for %s", e.getMessage(), a).isEqualTo(expected);
                }
                assertThat(edges(before)).as("the graph before the attempt").isEqualTo(snapshot);
                assertThat(edges(graph)).isEqualTo(model);
                assertThat(acyclic(n, model.keySet())).isTrue();
              }
            });
  }

  @Test
  void aGoalIsAnAncestorOfAnotherExactlyWhenTheOtherIsItsDescendant() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              AlignmentGraph graph = apply(s);
              Set<Edge> edges = edges(graph).keySet();
              for (int a = 0; a < s.n(); a++) {
                Set<GoalId> ancestors = graph.ancestors(id(a, s.n()));
                Set<GoalId> descendants = graph.descendants(id(a, s.n()));
                for (int b = 0; b < s.n(); b++) {
                  GoalId other = id(b, s.n());
                  assertThat(graph.descendants(other).contains(id(a, s.n())))
                      .isEqualTo(ancestors.contains(other))
                      .isEqualTo(reaches(edges, a, b));
                  assertThat(descendants.contains(other)).isEqualTo(reaches(edges, b, a));
                }
              }
            });
  }

  @Test
  void coverageAndOrphansAgreeWithABruteForceRecount() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              AlignmentGraph graph = apply(s);
              Set<Edge> edges = edges(graph).keySet();
              Set<GoalId> orphans = new HashSet<>();
              int individuals = 0;
              int covered = 0;
              for (int i = 0; i < s.n(); i++) {
                int child = i;
                boolean hasParent = edges.stream().anyMatch(e -> e.child() == child);
                if (!hasParent && s.level(i) != GoalLevel.ORGANISATION) {
                  orphans.add(id(i, s.n()));
                }
                if (s.level(i) == GoalLevel.INDIVIDUAL) {
                  individuals++;
                  for (int o = 0; o < s.n(); o++) {
                    if (s.level(o) == GoalLevel.ORGANISATION && reaches(edges, i, o)) {
                      covered++;
                      break;
                    }
                  }
                }
              }
              assertThat(graph.orphans()).containsExactlyInAnyOrderElementsOf(orphans);
              OptionalDouble expected =
                  individuals == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) covered / individuals);
              assertThat(graph.alignmentCoverage()).isEqualTo(expected);
            });
  }

  @Test
  void aBulkBuildEqualsTheIncrementalBuildOfTheSameLinks() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              AlignmentGraph incremental = apply(s);
              List<Goal> goals = new ArrayList<>(s.goals());
              Collections.reverse(goals);
              List<AlignmentLink> links = new ArrayList<>(incremental.links());
              Collections.reverse(links);
              AlignmentGraph.Builder builder = AlignmentGraph.builder().addGoals(goals);
              links.forEach(builder::addLink);
              AlignmentGraph bulk = builder.build();

              assertThat(bulk).isEqualTo(incremental).hasSameHashCodeAs(incremental);
              assertThat(incremental).isEqualTo(bulk);
              assertThat(new HashSet<>(bulk.links())).isEqualTo(new HashSet<>(incremental.links()));
              assertThat(incremental.toBuilder().build()).isEqualTo(incremental);
              for (Goal goal : goals) {
                assertThat(bulk.pathToObjective(goal.id())).isEqualTo(incremental.pathToObjective(goal.id()));
              }
              if (!links.isEmpty()) {
                AlignmentLink first = links.get(0);
                AlignmentGraph fewer = bulk.withoutLink(first.child(), first.parent(), CLOCK).value();
                assertThat(fewer).isNotEqualTo(incremental);
              }
            });
  }

  @Test
  void theTopologicalOrderRespectsEveryLink() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              AlignmentGraph graph = apply(s);
              List<GoalId> order = graph.topologicalOrder();
              assertThat(order)
                  .doesNotHaveDuplicates()
                  .containsExactlyInAnyOrderElementsOf(graph.goals().stream().map(Goal::id).toList());
              for (AlignmentLink link : graph.links()) {
                assertThat(order.indexOf(link.parent())).isLessThan(order.indexOf(link.child()));
              }
              CompactGraph compact = graph.compact();
              int[] position = new int[compact.size()];
              int[] topo = compact.topologicalOrder();
              for (int k = 0; k < topo.length; k++) {
                position[topo[k]] = k;
              }
              for (int i = 0; i < compact.size(); i++) {
                for (int k = 0; k < compact.parentCount(i); k++) {
                  assertThat(position[compact.parentAt(i, k)]).isLessThan(position[i]);
                }
              }
            });
  }

  @Test
  void aBulkBuildSucceedsExactlyWhenTheLinksAreAcyclicAndOtherwiseReportsARealCycle() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              int n = s.n();
              AlignmentGraph.Builder builder = AlignmentGraph.builder();
              for (int i = 0; i < n; i++) {
                builder.addGoal(Goals.goal("g" + i, s.level(i), Goals.YEAR));
              }
              Map<Edge, Double> edges = new LinkedHashMap<>();
              for (Attempt a : s.attempts()) {
                Edge edge = new Edge(a.child() % n, a.parent() % n);
                if (edge.child() != edge.parent() && !edges.containsKey(edge)) {
                  edges.put(edge, 1.0 + a.weight());
                  builder.addLink(id(edge.child(), n), id(edge.parent(), n), 1.0 + a.weight());
                }
              }
              if (acyclic(n, edges.keySet())) {
                assertThat(edges(builder.build())).isEqualTo(edges);
                return;
              }
              assertThatThrownBy(builder::build)
                  .isInstanceOfSatisfying(
                      AlignmentCycleException.class,
                      e -> {
                        List<GoalId> cycle = e.cycle();
                        assertThat(cycle.get(0)).isEqualTo(e.parent()).isEqualTo(cycle.get(cycle.size() - 1));
                        assertThat(cycle.get(cycle.size() - 2)).isEqualTo(e.child());
                        assertThat(cycle.subList(0, cycle.size() - 1)).doesNotHaveDuplicates();
                        int last = -1;
                        List<Edge> order = new ArrayList<>(edges.keySet());
                        for (int k = 0; k + 1 < cycle.size(); k++) {
                          Edge edge = new Edge(index(cycle.get(k)), index(cycle.get(k + 1)));
                          assertThat(edges).containsKey(edge);
                          last = Math.max(last, order.indexOf(edge));
                        }
                        assertThat(order.get(last)).isEqualTo(new Edge(index(e.child()), index(e.parent())));
                      });
            });
  }

  @Test
  void thePathToAnObjectiveIsAShortestHeaviestPathWithTiesToTheSmallestIds() {
    qt().forAll(scenarios())
        .checkAssert(
            s -> {
              AlignmentGraph graph = apply(s);
              Map<Edge, Double> edges = edges(graph);
              for (int start = 0; start < s.n(); start++) {
                assertThat(graph.pathToObjective(id(start, s.n())))
                    .as("path from g%s in %s", start, edges)
                    .isEqualTo(expectedPath(s, edges, start));
              }
            });
  }

  /** Enumerates every upward path breadth by breadth and picks the documented winner. */
  static Optional<List<GoalId>> expectedPath(Scenario s, Map<Edge, Double> edges, int start) {
    List<List<Integer>> paths = List.of(List.of(start));
    for (int length = 0; length <= s.n(); length++) {
      List<List<Integer>> objectives =
          paths.stream().filter(p -> s.level(p.get(p.size() - 1)) == GoalLevel.ORGANISATION).toList();
      if (!objectives.isEmpty()) {
        Comparator<List<Integer>> heaviest =
            Comparator.comparing((List<Integer> p) -> product(edges, p)).reversed();
        Comparator<List<Integer>> smallestIdsFromTheTop =
            (p, q) -> {
              for (int k = p.size() - 1; k >= 0; k--) {
                int c = id(p.get(k), s.n()).compareTo(id(q.get(k), s.n()));
                if (c != 0) {
                  return c;
                }
              }
              return 0;
            };
        List<Integer> best = objectives.stream().min(heaviest.thenComparing(smallestIdsFromTheTop)).orElseThrow();
        return Optional.of(best.stream().map(i -> id(i, s.n())).toList());
      }
      List<List<Integer>> longer = new ArrayList<>();
      for (List<Integer> path : paths) {
        for (Edge e : edges.keySet()) {
          if (e.child() == path.get(path.size() - 1)) {
            List<Integer> next = new ArrayList<>(path);
            next.add(e.parent());
            longer.add(next);
          }
        }
      }
      paths = longer;
    }
    return Optional.empty();
  }

  /** The exact product of a path's link weights (BigDecimal holds every double exactly). */
  static BigDecimal product(Map<Edge, Double> edges, List<Integer> path) {
    BigDecimal product = BigDecimal.ONE;
    for (int k = 0; k + 1 < path.size(); k++) {
      product = product.multiply(new BigDecimal(edges.get(new Edge(path.get(k), path.get(k + 1)))));
    }
    return product;
  }

  @Test
  void aGoalThatIsAlreadyThereIsRejectedAndAnyNewGoalIsAdded() {
    qt().forAll(scenarios(), integers().between(0, 9))
        .checkAssert(
            (s, i) -> {
              AlignmentGraph graph = apply(s);
              Goal goal = Goals.goal("g" + i, GoalLevel.UNIT, Goals.YEAR);
              if (i < s.n()) {
                assertThatThrownBy(() -> graph.withGoal(goal, CLOCK))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("goal was g" + i + ": must not already be in the alignment graph");
                return;
              }
              AlignmentGraph bigger = graph.withGoal(goal, CLOCK).value();
              assertThat(bigger.size()).isEqualTo(graph.size() + 1);
              assertThat(bigger.links()).containsExactlyElementsOf(graph.links());
              assertThat(bigger.orphans()).contains(goal.id());
            });
  }
}
