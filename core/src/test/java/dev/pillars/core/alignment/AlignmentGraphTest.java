package dev.pillars.core.alignment;

import static dev.pillars.core.alignment.Goals.CLOCK;
import static dev.pillars.core.alignment.Goals.H1;
import static dev.pillars.core.alignment.Goals.H2;
import static dev.pillars.core.alignment.Goals.NOW;
import static dev.pillars.core.alignment.Goals.Q1;
import static dev.pillars.core.alignment.Goals.TWO_YEARS;
import static dev.pillars.core.alignment.Goals.YEAR;
import static dev.pillars.core.alignment.Goals.goal;
import static dev.pillars.core.alignment.Goals.id;
import static dev.pillars.core.alignment.Goals.individual;
import static dev.pillars.core.alignment.Goals.link;
import static dev.pillars.core.alignment.Goals.objective;
import static dev.pillars.core.alignment.Goals.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AlignmentGraphTest {

  /**
   * quality (objective) <- plant-a, plant-b; qa-team -> plant-a (2), plant-b (1); alice -> plant-a;
   * bob -> qa-team; dave -> side (a unit aligned to nothing); carol aligned to nothing.
   */
  static AlignmentGraph cascade() {
    return AlignmentGraph.builder()
        .addGoals(
            List.of(
                objective("quality"),
                unit("plant-a"),
                unit("plant-b"),
                unit("qa-team"),
                unit("side"),
                individual("alice"),
                individual("bob"),
                individual("carol"),
                individual("dave")))
        .addLink(link("plant-a", "quality"))
        .addLink(link("plant-b", "quality"))
        .addLink(link("qa-team", "plant-a", 2.0))
        .addLink(link("qa-team", "plant-b", 1.0))
        .addLink(link("alice", "plant-a"))
        .addLink(link("bob", "qa-team"))
        .addLink(link("dave", "side"))
        .build();
  }

  static List<GoalId> ids(String... values) {
    return Arrays.stream(values).map(GoalId::of).toList();
  }

  static AlignmentGraph chain(String... goals) {
    AlignmentGraph.Builder builder = AlignmentGraph.builder();
    for (String g : goals) {
      builder.addGoal(unit(g));
    }
    return builder.build();
  }

  @Nested
  class Cascade {
    @Test
    void aGoalMayContributeToSeveralParentsAcrossUnits() {
      AlignmentGraph graph = cascade();

      assertThat(graph.parents(id("qa-team")))
          .containsExactly(link("qa-team", "plant-a", 2.0), link("qa-team", "plant-b", 1.0));
      assertThat(graph.children(id("plant-a")))
          .containsExactly(link("qa-team", "plant-a", 2.0), link("alice", "plant-a"));
      assertThat(graph.children(id("quality"))).hasSize(2);
      assertThat(graph.parents(id("quality"))).isEmpty();
      assertThat(graph.size()).isEqualTo(9);
      assertThat(graph.linkCount()).isEqualTo(7);
    }

    @Test
    void ancestorsAndDescendantsFollowLinksTransitivelyAcrossPeopleAndUnits() {
      AlignmentGraph graph = cascade();

      assertThat(graph.ancestors(id("bob")))
          .containsExactlyElementsOf(ids("qa-team", "plant-a", "plant-b", "quality"));
      assertThat(graph.descendants(id("quality")))
          .containsExactlyInAnyOrderElementsOf(ids("plant-a", "plant-b", "qa-team", "alice", "bob"));
      assertThat(graph.descendants(id("plant-b"))).containsExactlyInAnyOrderElementsOf(ids("qa-team", "bob"));
      assertThat(graph.ancestors(id("quality"))).isEmpty();
      assertThat(graph.descendants(id("carol"))).isEmpty();
    }

    @Test
    void orphansAreUnalignedGoalsBelowTheOrganisationLevel() {
      assertThat(cascade().orphans()).containsExactlyElementsOf(ids("side", "carol"));
    }

    @Test
    void coverageIsTheShareOfIndividualGoalsThatReachAnObjective() {
      // alice and bob reach quality; carol has no parent; dave's parent reaches nothing
      assertThat(cascade().alignmentCoverage()).isEqualTo(OptionalDouble.of(0.5));
    }

    @Test
    void coverageIsEmptyWithoutIndividualGoals() {
      assertThat(AlignmentGraph.empty().alignmentCoverage()).isEmpty();
      assertThat(chain("a", "b").alignmentCoverage()).isEmpty();
    }

    @Test
    void coverageIsZeroWhenNoIndividualGoalReachesAnObjective() {
      AlignmentGraph graph =
          AlignmentGraph.builder()
              .addGoal(unit("u"))
              .addGoal(individual("i"))
              .addLink(link("i", "u"))
              .build();
      assertThat(graph.alignmentCoverage()).isEqualTo(OptionalDouble.of(0.0));
    }

    @Test
    void topologicalOrderPutsParentsBeforeChildren() {
      AlignmentGraph graph = cascade();
      List<GoalId> order = graph.topologicalOrder();

      assertThat(order).containsExactlyInAnyOrderElementsOf(graph.goals().stream().map(Goal::id).toList());
      for (AlignmentLink link : graph.links()) {
        assertThat(order.indexOf(link.parent())).isLessThan(order.indexOf(link.child()));
      }
    }

    @Test
    void goalsKeepTheirOrderAndCanBeLookedUp() {
      AlignmentGraph graph = cascade();
      assertThat(graph.goals().get(0).id()).isEqualTo(id("quality"));
      assertThat(graph.goal(id("bob"))).map(Goal::level).contains(GoalLevel.INDIVIDUAL);
      assertThat(graph.goal(id("nobody"))).isEmpty();
      assertThatThrownBy(() -> graph.goals().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class PathToObjective {
    @Test
    void followsTheHeavierLinkWhenTwoPathsAreEquallyShort() {
      assertThat(cascade().pathToObjective(id("bob")))
          .contains(ids("bob", "qa-team", "plant-a", "quality"));
    }

    @Test
    void prefersFewerLinksOverHeavierLinks() {
      AlignmentGraph graph =
          cascade().withLink(link("bob", "quality", 0.01), CLOCK).value();
      assertThat(graph.pathToObjective(id("bob"))).contains(ids("bob", "quality"));
    }

    @Test
    void breaksRemainingTiesByTheSmallerId() {
      AlignmentGraph graph =
          AlignmentGraph.builder()
              .addGoals(List.of(objective("o2"), objective("o1"), unit("u2"), unit("u1"), individual("i")))
              .addLink(link("i", "u2"))
              .addLink(link("i", "u1"))
              .addLink(link("u2", "o2"))
              .addLink(link("u1", "o2"))
              .addLink(link("u2", "o1"))
              .build();
      // three equally short and heavy paths: the objective o1 wins, reached only through u2
      assertThat(graph.pathToObjective(id("i"))).contains(ids("i", "u2", "o1"));
      AlignmentGraph withoutO1 = graph.withoutLink(id("u2"), id("o1"), CLOCK).value();
      // o2 is reached through u1 and u2: the smaller id u1 wins
      assertThat(withoutO1.pathToObjective(id("i"))).contains(ids("i", "u1", "o2"));
    }

    @Test
    void equalProductsTieExactlyWhateverTheirLogarithmsRoundTo() {
      // 2 x 5 = 10 x 1, though log(2) + log(5) < log(10) in doubles: the smaller id o1 wins
      AlignmentGraph graph =
          AlignmentGraph.builder()
              .addGoals(List.of(objective("o1"), objective("o2"), unit("u1"), unit("u2"), individual("i")))
              .addLink(link("i", "u1", 2))
              .addLink(link("u1", "o1", 5))
              .addLink(link("i", "u2", 10))
              .addLink(link("u2", "o2", 1))
              .build();
      assertThat(graph.pathToObjective(id("i"))).contains(ids("i", "u1", "o1"));
      // one goal reached both ways: 2 x 5 through v1 ties with 10 x 1 through v2, and v1 is the smaller id
      AlignmentGraph converging =
          AlignmentGraph.builder()
              .addGoals(List.of(objective("o"), unit("u"), unit("v1"), unit("v2"), individual("i")))
              .addLink(link("i", "v1", 2))
              .addLink(link("v1", "u", 5))
              .addLink(link("i", "v2", 10))
              .addLink(link("v2", "u", 1))
              .addLink(link("u", "o"))
              .build();
      assertThat(converging.pathToObjective(id("i"))).contains(ids("i", "v1", "u", "o"));
      // a product larger by one part in 2^52 still wins over the smaller id
      AlignmentGraph heavier =
          graph.withoutLink(id("u2"), id("o2"), CLOCK).value()
              .withLink(link("u2", "o2", Math.nextUp(1.0)), CLOCK).value();
      assertThat(heavier.pathToObjective(id("i"))).contains(ids("i", "u2", "o2"));
    }

    @Test
    void anObjectiveIsItsOwnPathAndAnUnalignedGoalHasNone() {
      AlignmentGraph graph = cascade();
      assertThat(graph.pathToObjective(id("quality"))).contains(ids("quality"));
      assertThat(graph.pathToObjective(id("carol"))).isEmpty();
      assertThat(graph.pathToObjective(id("dave"))).isEmpty();
    }

    @Test
    void stopsAtTheFirstObjective() {
      AlignmentGraph graph =
          AlignmentGraph.builder()
              .addGoals(List.of(objective("group"), objective("company"), unit("u")))
              .addLink(link("company", "group"))
              .addLink(link("u", "company"))
              .build();
      assertThat(graph.pathToObjective(id("u"))).contains(ids("u", "company"));
    }
  }

  @Nested
  class Cycles {
    @Test
    void aLinkThatClosesACycleIsRejectedWithTheCycleInTheMessage() {
      AlignmentGraph graph = chain("g1", "g2", "g3");
      graph = graph.withLink(link("g1", "g2"), CLOCK).value();
      graph = graph.withLink(link("g2", "g3"), CLOCK).value();
      AlignmentGraph before = graph;

      AlignmentGraph current = graph;
      assertThatThrownBy(() -> current.withLink(link("g3", "g1"), CLOCK))
          .isInstanceOfSatisfying(
              AlignmentCycleException.class,
              e -> {
                assertThat(e.cycle()).containsExactlyElementsOf(ids("g1", "g2", "g3", "g1"));
                assertThat(e.child()).isEqualTo(id("g3"));
                assertThat(e.parent()).isEqualTo(id("g1"));
                assertThat(e.field()).isEqualTo("parent");
                assertThat(e.value()).isEqualTo("g1");
              })
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("parent was g1: linking g3 -> g1 would close the cycle g1 -> g2 -> g3 -> g1");
      assertThat(current).isEqualTo(before);
      assertThat(current.links()).containsExactly(link("g1", "g2"), link("g2", "g3"));
    }

    @Test
    void aTwoGoalCycleIsRejected() {
      AlignmentGraph graph = chain("a", "b").withLink(link("a", "b"), CLOCK).value();
      assertThatThrownBy(() -> graph.withLink(link("b", "a", 3.0), CLOCK))
          .isInstanceOf(AlignmentCycleException.class)
          .hasMessage("parent was a: linking b -> a would close the cycle a -> b -> a");
    }

    @Test
    void theReportedCycleIsTheShortestOne() {
      AlignmentGraph graph =
          AlignmentGraph.builder()
              .addGoals(List.of(unit("a"), unit("b"), unit("c"), unit("d")))
              .addLink(link("a", "b"))
              .addLink(link("b", "c"))
              .addLink(link("c", "d"))
              .addLink(link("a", "d"))
              .build();
      assertThatThrownBy(() -> graph.withLink(link("d", "a"), CLOCK))
          .isInstanceOf(AlignmentCycleException.class)
          .hasMessage("parent was a: linking d -> a would close the cycle a -> d -> a");
    }

    @Test
    void aCycleThroughAHundredThousandGoalsHasAShortMessageNamingItsEndsAndLength() {
      int n = 100_000;
      AlignmentGraph.Builder builder = AlignmentGraph.builder();
      for (int i = 0; i < n; i++) {
        builder.addGoal(unit("g" + i));
      }
      for (int i = 0; i + 1 < n; i++) {
        builder.addLink(link("g" + i, "g" + (i + 1)));
      }
      String message =
          "parent was g0: linking g99999 -> g0 would close a cycle of 100000 goals: g0 -> g1 -> g2 -> ... 99994"
              + " more ... -> g99997 -> g99998 -> g99999 -> g0";
      AlignmentGraph chain = builder.build();
      assertThatThrownBy(() -> chain.withLink(link("g99999", "g0"), CLOCK))
          .isInstanceOfSatisfying(AlignmentCycleException.class, e -> assertThat(e.cycle()).hasSize(n + 1))
          .hasMessage(message);
      assertThatThrownBy(() -> builder.addLink(link("g99999", "g0")).build())
          .isInstanceOfSatisfying(AlignmentCycleException.class, e -> assertThat(e.cycle()).hasSize(n + 1))
          .hasMessage(message);
      // nine goals are shown by their ends too; eight in full
      AlignmentGraph nine = chain("a", "b", "c", "d", "e", "f", "g", "h", "i");
      for (String[] l : new String[][] {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"e", "f"}, {"f", "g"}, {"g", "h"}}) {
        nine = nine.withLink(link(l[0], l[1]), CLOCK).value();
      }
      AlignmentGraph eight = nine;
      assertThatThrownBy(() -> eight.withLink(link("h", "a"), CLOCK))
          .hasMessage("parent was a: linking h -> a would close the cycle a -> b -> c -> d -> e -> f -> g -> h -> a");
      AlignmentGraph ninth = nine.withLink(link("h", "i"), CLOCK).value();
      assertThatThrownBy(() -> ninth.withLink(link("i", "a"), CLOCK))
          .hasMessage("parent was a: linking i -> a would close a cycle of 9 goals: a -> b -> c -> ... 3 more ... -> g -> h"
              + " -> i -> a");
    }

    @Test
    void aCycleIsReportedBeforeAPeriodMismatch() {
      AlignmentGraph graph =
          AlignmentGraph.builder()
              .addGoals(List.of(objective("top"), goal("half", GoalLevel.UNIT, H1)))
              .addLink(link("half", "top"))
              .build();
      assertThatThrownBy(() -> graph.withLink(link("top", "half"), CLOCK))
          .isInstanceOf(AlignmentCycleException.class)
          .hasMessage("parent was half: linking top -> half would close the cycle half -> top -> half");
    }

    @Test
    void aBulkBuildReportsACycleClosedByTheLinkAddedLast() {
      AlignmentGraph.Builder builder =
          AlignmentGraph.builder()
              .addGoals(List.of(unit("g1"), unit("g2"), unit("g3"), unit("x")))
              .addLink(link("x", "g1"))
              .addLink(link("g1", "g2"))
              .addLink(link("g2", "g3"))
              .addLink(link("g3", "g1"));
      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(
              AlignmentCycleException.class,
              e -> assertThat(e.cycle()).containsExactlyElementsOf(ids("g1", "g2", "g3", "g1")))
          .hasMessage("parent was g1: linking g3 -> g1 would close the cycle g1 -> g2 -> g3 -> g1");
    }

    @Test
    void aBulkBuildNamesWhicheverLinkOfTheCycleCameLast() {
      AlignmentGraph.Builder builder =
          AlignmentGraph.builder()
              .addGoals(List.of(unit("g1"), unit("g2"), unit("g3")))
              .addLink(link("g3", "g1"))
              .addLink(link("g2", "g3"))
              .addLink(link("g1", "g2"));
      assertThatThrownBy(builder::build)
          .isInstanceOf(AlignmentCycleException.class)
          .hasMessage("parent was g2: linking g1 -> g2 would close the cycle g2 -> g3 -> g1 -> g2");
    }
  }

  @Nested
  class Rejections {
    @Test
    void unknownGoalsAreRejectedByEveryCall() {
      AlignmentGraph graph = cascade();
      assertThatThrownBy(() -> graph.withLink(link("ghost", "quality"), CLOCK))
          .isInstanceOf(UnknownReferenceException.class)
          .hasMessage("child was ghost: must name a goal of the alignment graph");
      assertThatThrownBy(() -> graph.withLink(link("bob", "ghost"), CLOCK))
          .isInstanceOf(UnknownReferenceException.class)
          .hasMessage("parent was ghost: must name a goal of the alignment graph");
      assertThatThrownBy(() -> graph.withoutLink(id("ghost"), id("quality"), CLOCK))
          .isInstanceOf(UnknownReferenceException.class);
      assertThatThrownBy(() -> graph.parents(id("ghost"))).isInstanceOf(UnknownReferenceException.class);
      assertThatThrownBy(() -> graph.children(id("ghost"))).isInstanceOf(UnknownReferenceException.class);
      assertThatThrownBy(() -> graph.ancestors(id("ghost"))).isInstanceOf(UnknownReferenceException.class);
      assertThatThrownBy(() -> graph.descendants(id("ghost")))
          .isInstanceOf(UnknownReferenceException.class)
          .hasMessage("id was ghost: must name a goal of the alignment graph");
      assertThatThrownBy(() -> graph.pathToObjective(id("ghost"))).isInstanceOf(UnknownReferenceException.class);
    }

    @Test
    void aBulkBuildRejectsLinksToUnknownGoals() {
      AlignmentGraph.Builder builder =
          AlignmentGraph.builder().addGoal(unit("a")).addLink(link("a", "ghost"));
      assertThatThrownBy(builder::build)
          .isInstanceOf(UnknownReferenceException.class)
          .hasMessage("parent was ghost: must name a goal of the alignment graph (link a -> ghost)");
    }

    @Test
    void aLinkThatExistsAlreadyIsRejectedWhateverItsWeight() {
      AlignmentGraph graph = cascade();
      assertThatThrownBy(() -> graph.withLink(link("bob", "qa-team", 5.0), CLOCK))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("link was 'bob -> qa-team': must not already be in the alignment graph; its weight is 1.0");
      AlignmentGraph.Builder builder =
          AlignmentGraph.builder()
              .addGoals(List.of(unit("a"), unit("b")))
              .addLink(link("a", "b"))
              .addLink(link("a", "b", 2.0));
      assertThatThrownBy(builder::build)
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("link was 'a -> b': must be added to the alignment graph only once");
    }

    @Test
    void aGoalIdMayBeAddedOnlyOnce() {
      assertThatThrownBy(() -> cascade().withGoal(unit("side"), CLOCK))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("goal was side: must not already be in the alignment graph");
      AlignmentGraph.Builder builder = AlignmentGraph.builder().addGoal(unit("a")).addGoal(individual("a"));
      assertThatThrownBy(builder::build)
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("goal was a: must be added to the alignment graph only once");
    }

    @Test
    void aChildPeriodOutsideItsParentPeriodIsRejected() {
      AlignmentGraph graph =
          AlignmentGraph.builder()
              .addGoals(
                  List.of(
                      goal("q1", GoalLevel.UNIT, Q1),
                      goal("h1", GoalLevel.INDIVIDUAL, H1),
                      goal("h2", GoalLevel.UNIT, H2),
                      goal("long", GoalLevel.UNIT, TWO_YEARS),
                      objective("year")))
              .build();
      assertThatThrownBy(() -> graph.withLink(link("h1", "q1"), CLOCK))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "child.period was 2026-01-01..2026-06-30: must lie inside the period 2026-01-01..2026-03-31"
                  + " of parent q1 (linking h1 -> q1)");
      assertThatThrownBy(() -> graph.withLink(link("h1", "h2"), CLOCK)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> graph.withLink(link("long", "year"), CLOCK))
          .isInstanceOf(InvalidInputException.class);
      assertThat(graph.withLink(link("h1", "year"), CLOCK).value().linkCount()).isEqualTo(1);
      assertThat(graph.withLink(link("year", "long"), CLOCK).value().linkCount()).isEqualTo(1);

      AlignmentGraph.Builder builder = graph.toBuilder().addLink(link("h2", "year")).addLink(link("h1", "q1"));
      assertThatThrownBy(builder::build)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("child.period was 2026-01-01..2026-06-30: must lie inside");
    }

    @Test
    void removingALinkThatDoesNotExistIsRejected() {
      assertThatThrownBy(() -> cascade().withoutLink(id("bob"), id("quality"), CLOCK))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("link was 'bob -> quality': must be a link of the alignment graph");
    }

    @Test
    void nullArgumentsAreRejected() {
      AlignmentGraph graph = cascade();
      assertThatThrownBy(() -> graph.withLink(link("carol", "quality"), null))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("clock was null: must not be null");
      assertThatThrownBy(() -> graph.withLink(null, CLOCK)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> graph.withGoal(null, CLOCK)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> graph.withoutLink(null, id("a"), CLOCK)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> graph.goal(null)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> AlignmentGraph.builder().addGoal(null)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> AlignmentGraph.builder().addLink(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aBuilderRejectsBadLinksAtOnceAndAddsNothingOnARejectedCall() {
      AlignmentGraph.Builder builder = AlignmentGraph.builder().addGoal(unit("a")).addGoal(unit("b"));
      assertThatThrownBy(() -> builder.addLink(id("a"), id("b"), Double.NaN))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("weight was NaN: must be positive and finite");
      assertThatThrownBy(() -> builder.addLink(id("a"), id("a"), 1.0))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("parent was a: must differ from child a (no self-links)");
      List<Goal> withNull = new ArrayList<>();
      withNull.add(unit("c"));
      withNull.add(null);
      assertThatThrownBy(() -> builder.addGoals(withNull)).isInstanceOf(InvalidInputException.class);
      AlignmentGraph graph = builder.build();
      assertThat(graph.size()).isEqualTo(2);
      assertThat(graph.linkCount()).isZero();
    }

    @Test
    void aRejectedChangeLeavesTheGraphAsItWas() {
      AlignmentGraph graph = cascade();
      AlignmentGraph copy = cascade();
      List<Runnable> rejected =
          List.of(
              () -> graph.withLink(link("quality", "bob"), CLOCK),
              () -> graph.withLink(link("bob", "qa-team"), CLOCK),
              () -> graph.withLink(link("bob", "ghost"), CLOCK),
              () -> graph.withoutLink(id("bob"), id("quality"), CLOCK),
              () -> graph.withGoal(unit("side"), CLOCK));
      for (Runnable call : rejected) {
        assertThatThrownBy(call::run).isInstanceOf(InvalidInputException.class);
      }
      assertThat(graph).isEqualTo(copy);
      assertThat(graph.links()).containsExactlyElementsOf(copy.links());
      assertThat(graph.topologicalOrder()).containsExactlyElementsOf(copy.topologicalOrder());
    }
  }

  @Nested
  class Changes {
    @Test
    void addingAGoalYieldsGoalAdded() {
      Change<AlignmentGraph> change = cascade().withGoal(individual("erin"), CLOCK);
      assertThat(change.events()).containsExactly(new GoalAdded(id("erin"), NOW));
      assertThat(change.events().get(0).aggregateId()).isEqualTo("erin");
      assertThat(change.value().size()).isEqualTo(10);
      assertThat(change.value().orphans()).contains(id("erin"));
      assertThat(change.value().topologicalOrder()).contains(id("erin"));
    }

    @Test
    void aligningAGoalYieldsGoalAligned() {
      Change<AlignmentGraph> change = cascade().withLink(link("carol", "qa-team", 3.0), CLOCK);
      assertThat(change.events()).containsExactly(new GoalAligned(link("carol", "qa-team", 3.0), NOW));
      assertThat(change.events().get(0).aggregateId()).isEqualTo("carol");
      assertThat(change.value().parents(id("carol"))).containsExactly(link("carol", "qa-team", 3.0));
      assertThat(change.value().alignmentCoverage()).isEqualTo(OptionalDouble.of(0.75));
      assertThat(change.value().orphans()).containsExactlyElementsOf(ids("side"));
    }

    @Test
    void unaligningAGoalYieldsGoalUnalignedWithTheRemovedWeight() {
      Change<AlignmentGraph> change = cascade().withoutLink(id("qa-team"), id("plant-a"), CLOCK);
      assertThat(change.events()).containsExactly(new GoalUnaligned(link("qa-team", "plant-a", 2.0), NOW));
      AlignmentGraph graph = change.value();
      assertThat(graph.parents(id("qa-team"))).containsExactly(link("qa-team", "plant-b", 1.0));
      assertThat(graph.children(id("plant-a"))).containsExactly(link("alice", "plant-a"));
      assertThat(graph.pathToObjective(id("bob"))).contains(ids("bob", "qa-team", "plant-b", "quality"));
    }

    @Test
    void aLinkAgainstTheAddingOrderReordersTheTopologicalOrder() {
      AlignmentGraph graph = chain("child", "parent");
      assertThat(graph.topologicalOrder()).containsExactlyElementsOf(ids("child", "parent"));
      AlignmentGraph linked = graph.withLink(link("child", "parent"), CLOCK).value();
      assertThat(linked.topologicalOrder()).containsExactlyElementsOf(ids("parent", "child"));
    }

    @Test
    void anIncrementalGraphEqualsTheBulkBuildOfTheSameLinks() {
      AlignmentGraph bulk = cascade();
      AlignmentGraph incremental = AlignmentGraph.empty();
      List<Goal> goals = new ArrayList<>(bulk.goals());
      java.util.Collections.reverse(goals);
      for (Goal goal : goals) {
        incremental = incremental.withGoal(goal, CLOCK).value();
      }
      List<AlignmentLink> links = new ArrayList<>(bulk.links());
      java.util.Collections.reverse(links);
      for (AlignmentLink link : links) {
        incremental = incremental.withLink(link, CLOCK).value();
      }
      assertThat(incremental).isEqualTo(bulk).hasSameHashCodeAs(bulk);
      assertThat(bulk.toBuilder().build()).isEqualTo(bulk);
      assertThat(incremental.withoutLink(id("bob"), id("qa-team"), CLOCK).value()).isNotEqualTo(bulk);
      AlignmentGraph reweighted =
          incremental
              .withoutLink(id("bob"), id("qa-team"), CLOCK)
              .value()
              .withLink(link("bob", "qa-team", 1.5), CLOCK)
              .value();
      assertThat(reweighted).isNotEqualTo(bulk);
      assertThat(bulk).hasToString("AlignmentGraph[goals=9, links=7]");
    }
  }

  @Nested
  class Compact {
    @Test
    void theCompactViewNumbersGoalsInGoalOrder() {
      AlignmentGraph graph = cascade();
      CompactGraph compact = graph.compact();
      int qa = compact.indexOf(id("qa-team"));

      assertThat(compact.size()).isEqualTo(9);
      assertThat(compact.linkCount()).isEqualTo(7);
      assertThat(qa).isEqualTo(3);
      assertThat(compact.goalAt(qa).id()).isEqualTo(id("qa-team"));
      assertThat(compact.parentCount(qa)).isEqualTo(2);
      assertThat(compact.goalAt(compact.parentAt(qa, 0)).id()).isEqualTo(id("plant-a"));
      assertThat(compact.parentWeightAt(qa, 0)).isEqualTo(2.0);
      assertThat(compact.parentWeightAt(qa, 1)).isEqualTo(1.0);
      assertThat(compact.childCount(qa)).isEqualTo(1);
      assertThat(compact.goalAt(compact.childAt(qa, 0)).id()).isEqualTo(id("bob"));
      assertThat(compact.childWeightAt(compact.indexOf(id("plant-a")), 0)).isEqualTo(2.0);
      assertThat(compact.indexOf(id("ghost"))).isEqualTo(-1);

      int[] order = compact.topologicalOrder();
      assertThat(Arrays.stream(order).mapToObj(i -> compact.goalAt(i).id()).toList())
          .containsExactlyElementsOf(graph.topologicalOrder());
      order[0] = -1;
      assertThat(compact.topologicalOrder()[0]).isNotEqualTo(-1);
    }

    @Test
    void indicesOutOfRangeAreRejected() {
      CompactGraph compact = cascade().compact();
      assertThatThrownBy(() -> compact.goalAt(9))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("index was 9: must be between 0 and 8");
      assertThatThrownBy(() -> compact.parentAt(0, 0))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("position was 0: must be between 0 and -1");
      assertThatThrownBy(() -> compact.childAt(-1, 0)).isInstanceOf(InvalidInputException.class);
    }
  }
}
