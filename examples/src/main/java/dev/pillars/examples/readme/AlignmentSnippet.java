package dev.pillars.examples.readme;

// region alignment
import dev.pillars.core.alignment.*;
import dev.pillars.core.goal.Goal;
import java.time.Clock;
// endregion

/** README's "The alignment graph" snippet. */
public final class AlignmentSnippet {
  private AlignmentSnippet() {}

  /**
   * Builds README's graph, tries the link that would close a cycle and asks its queries.
   *
   * @param objective an organisation goal
   * @param plantGoal a unit goal whose period lies inside the objective's
   * @param personalGoal an individual goal whose period lies inside the plant goal's
   * @param clock the clock of the rejected change
   * @return the graph
   */
  public static AlignmentGraph graph(Goal objective, Goal plantGoal, Goal personalGoal, Clock clock) {
    // region alignment
    // objective, plantGoal, personalGoal: goals at organisation, unit and individual level
    AlignmentGraph graph = AlignmentGraph.builder()
        .addGoal(objective).addGoal(plantGoal).addGoal(personalGoal)
        .addLink(plantGoal.id(), objective.id(), 2.0)
        .addLink(personalGoal.id(), plantGoal.id(), 1.0)
        .build();
    try {
      graph.withLink(AlignmentLink.of(objective.id(), personalGoal.id(), 1.0), clock);
    } catch (AlignmentCycleException e) {
      e.cycle();                                   // the cycle the link would close, also in the message
    }
    graph.pathToObjective(personalGoal.id());      // Optional[[personal, plant, objective]]
    graph.descendants(objective.id());             // every goal that contributes to the objective
    graph.orphans();                               // unit and individual goals aligned to nothing
    graph.alignmentCoverage();                     // share of individual goals that reach an objective
    // endregion
    return graph;
  }
}
