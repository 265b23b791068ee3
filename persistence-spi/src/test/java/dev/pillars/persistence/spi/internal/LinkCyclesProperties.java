package dev.pillars.persistence.spi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link LinkCycles} against a plain search, link by link, on random small graphs. */
class LinkCyclesProperties {
  private static final int GOALS = 9;

  private static GoalId id(int n) {
    return GoalId.of("g-" + n);
  }

  /** An acyclic stored graph: each pair (a, b) of distinct goals links the later one up to the earlier one. */
  private static List<AlignmentLink> stored(List<Integer> pairs) {
    Set<AlignmentLink> links = new LinkedHashSet<>();
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
      int a = pairs.get(i);
      int b = pairs.get(i + 1);
      if (a != b) {
        links.add(AlignmentLink.of(id(Math.max(a, b)), id(Math.min(a, b))));
      }
    }
    return new ArrayList<>(links);
  }

  /** New links in any direction, none repeated and none already stored. */
  private static List<AlignmentLink> added(List<Integer> pairs, List<AlignmentLink> stored) {
    Set<List<GoalId>> seen = new HashSet<>();
    stored.forEach(link -> seen.add(List.of(link.child(), link.parent())));
    List<AlignmentLink> links = new ArrayList<>();
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
      GoalId child = id(pairs.get(i));
      GoalId parent = id(pairs.get(i + 1));
      if (!child.equals(parent) && seen.add(List.of(child, parent))) {
        links.add(AlignmentLink.of(child, parent));
      }
    }
    return links;
  }

  private static LinkCycles.Links view(List<AlignmentLink> links, boolean upwards) {
    return goals -> {
      Set<GoalId> wanted = new HashSet<>(goals);
      return links.stream().filter(l -> wanted.contains(upwards ? l.child() : l.parent())).toList();
    };
  }

  /** The reference: the first link whose parent already reaches its child upwards, or -1. */
  private static int reference(List<AlignmentLink> stored, List<AlignmentLink> added) {
    List<AlignmentLink> graph = new ArrayList<>(stored);
    for (int i = 0; i < added.size(); i++) {
      AlignmentLink link = added.get(i);
      if (reaches(graph, link.parent(), link.child())) {
        return i;
      }
      graph.add(link);
    }
    return -1;
  }

  private static boolean reaches(Collection<AlignmentLink> graph, GoalId from, GoalId to) {
    Set<GoalId> seen = new HashSet<>(List.of(from));
    ArrayDeque<GoalId> queue = new ArrayDeque<>(List.of(from));
    while (!queue.isEmpty()) {
      GoalId goal = queue.poll();
      for (AlignmentLink link : graph) {
        if (link.child().equals(goal) && seen.add(link.parent())) {
          if (link.parent().equals(to)) {
            return true;
          }
          queue.add(link.parent());
        }
      }
    }
    return false;
  }

  @Test
  void firstClosingFindsTheSameLinkAsAPlainSearchWhetherTheViewsShowTheNewLinksOrNot() {
    qt().withExamples(2_000)
        .forAll(
            lists().of(integers().between(0, GOALS - 1)).ofSizeBetween(0, 24),
            lists().of(integers().between(0, GOALS - 1)).ofSizeBetween(0, 16))
        .checkAssert(
            (storedPairs, addedPairs) -> {
              List<AlignmentLink> stored = stored(storedPairs);
              List<AlignmentLink> added = added(addedPairs, stored);
              int expected = reference(stored, added);
              assertThat(LinkCycles.firstClosing(added, view(stored, true), view(stored, false)))
                  .as("stored %s, added %s", stored, added)
                  .isEqualTo(expected);
              List<AlignmentLink> all = new ArrayList<>(stored);
              all.addAll(added);
              assertThat(LinkCycles.firstClosing(added, view(all, true), view(all, false))).isEqualTo(expected);
              assertThat(LinkCycles.close(added, view(stored, true), view(stored, false))).isEqualTo(expected >= 0);
            });
  }

  @Test
  void aChainLoadedFromEitherEndReadsEachGoalsLinksOnce() {
    int depth = 2_000;
    List<AlignmentLink> chain = IntStream.range(0, depth).mapToObj(n -> AlignmentLink.of(id(n + 1), id(n))).toList();
    List<AlignmentLink> reversed = new ArrayList<>(chain);
    Collections.reverse(reversed);
    for (List<AlignmentLink> order : List.of(chain, reversed)) {
      int[] reads = new int[1];
      LinkCycles.Links none =
          goals -> {
            reads[0] += goals.size();
            return List.of();
          };
      assertThat(LinkCycles.firstClosing(order, none, none)).isEqualTo(-1);
      assertThat(reads[0]).isEqualTo(2 * (depth + 1));
    }
  }

  @Test
  void nullArgumentsFailNamingTheParameter() {
    LinkCycles.Links none = goals -> List.of();
    assertThatThrownBy(() -> LinkCycles.close(null, none, none)).hasMessage("added");
    assertThatThrownBy(() -> LinkCycles.firstClosing(List.of(), null, none)).hasMessage("parentsOf");
    assertThatThrownBy(() -> LinkCycles.firstClosing(List.of(), none, null)).hasMessage("childrenOf");
  }
}
