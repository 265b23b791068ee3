package dev.pillars.core.alignment;

import static dev.pillars.core.alignment.Goals.id;
import static dev.pillars.core.alignment.Goals.individual;
import static dev.pillars.core.alignment.Goals.objective;
import static dev.pillars.core.alignment.Goals.unit;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Graphs are equal by their goals and weighted links, in any order, and by nothing less. */
class AlignmentGraphEqualityTest {
  private static AlignmentGraph.Builder base() {
    return AlignmentGraph.builder().addGoal(objective("o1")).addGoal(objective("o2")).addGoal(unit("u1"));
  }

  private static final AlignmentGraph GRAPH = base().addLink(id("u1"), id("o1"), 1).addLink(id("u1"), id("o2"), 2).build();

  @Test
  void theOrderOfGoalsAndLinksDoesNotMatter() {
    AlignmentGraph reordered = AlignmentGraph.builder().addGoal(unit("u1")).addGoal(objective("o2")).addGoal(objective("o1"))
        .addLink(id("u1"), id("o2"), 2).addLink(id("u1"), id("o1"), 1).build();
    assertThat(reordered).isEqualTo(GRAPH).hasSameHashCodeAs(GRAPH);
    assertThat(GRAPH).isEqualTo(GRAPH).isNotEqualTo("graph").isNotEqualTo(null);
  }

  @Test
  void anyDifferenceInGoalsOrLinksMakesAnotherGraph() {
    AlignmentGraph otherWeight = base().addLink(id("u1"), id("o1"), 1).addLink(id("u1"), id("o2"), 3).build();
    assertThat(GRAPH).isNotEqualTo(otherWeight);
    assertThat(GRAPH.hashCode()).isNotEqualTo(otherWeight.hashCode());
    AlignmentGraph fewerLinks = base().addLink(id("u1"), id("o1"), 1).build();
    assertThat(GRAPH).isNotEqualTo(fewerLinks);
    assertThat(GRAPH.hashCode()).isNotEqualTo(fewerLinks.hashCode());
    assertThat(GRAPH).isNotEqualTo(base().addGoal(individual("i1"))
        .addLink(id("u1"), id("o1"), 1).addLink(id("u1"), id("o2"), 2).build());
    // same goals and link count, links elsewhere
    AlignmentGraph.Builder four = base().addGoal(unit("u2"));
    AlignmentGraph a = four.addLink(id("u1"), id("o1"), 1).addLink(id("u2"), id("o2"), 1).build();
    AlignmentGraph b = base().addGoal(unit("u2")).addLink(id("u1"), id("o2"), 1).addLink(id("u2"), id("o1"), 1).build();
    AlignmentGraph c = base().addGoal(unit("u2")).addLink(id("u1"), id("o1"), 1).addLink(id("u1"), id("o2"), 1).build();
    assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
    assertThat(c).isNotEqualTo(a);
    // same ids, another goal under one of them
    AlignmentGraph retitled = AlignmentGraph.builder().addGoal(objective("o1")).addGoal(objective("o2"))
        .addGoal(Goals.goal("u1", dev.pillars.core.goal.GoalLevel.UNIT, Goals.H1))
        .addLink(id("u1"), id("o1"), 1).addLink(id("u1"), id("o2"), 2).build();
    assertThat(GRAPH).isNotEqualTo(retitled);
    AlignmentGraph renamed = AlignmentGraph.builder().addGoal(objective("o1")).addGoal(objective("o2")).addGoal(unit("u9"))
        .addLink(id("u9"), id("o1"), 1).addLink(id("u9"), id("o2"), 2).build();
    assertThat(GRAPH).isNotEqualTo(renamed);
  }
}
