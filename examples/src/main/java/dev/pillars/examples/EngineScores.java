package dev.pillars.examples;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.engine.Session;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.scoring.Receipt;
import java.util.Optional;
import java.util.OptionalDouble;

/** The scores the engine keeps current, as the firm's report reads them. */
final class EngineScores {
  private final Session session;
  private final AlignmentGraph graph;

  EngineScores(Session session, AlignmentGraph graph) {
    this.session = session;
    this.graph = graph;
  }

  AlignmentGraph graph() {
    return graph;
  }

  OptionalDouble score(GoalId goal) {
    Optional<GoalScore> score = session.scores().of(goal);
    return score.isPresent() ? OptionalDouble.of(score.get().value()) : OptionalDouble.empty();
  }

  /** How a goal is scored: "leaf" for a goal without children, else its roll-up strategy in words. */
  String strategyOf(GoalId goal) {
    if (graph.children(goal).isEmpty()) {
      return "leaf";
    }
    return Wording.strategy(AcmeEngine.rollUpOf(goal).config());
  }

  Receipt receipt(GoalId goal) {
    return session.scores().of(goal).flatMap(GoalScore::receipt).orElseThrow();
  }
}
