package dev.pillars.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.smart.SmartAssessment;
import dev.pillars.core.smart.SmartAssessor;
import dev.pillars.core.smart.SmartContext;
import dev.pillars.core.smart.SmartLetter;
import dev.pillars.core.smart.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SMART's Relevant and Measurable findings agree with the alignment graph's own queries. */
class SmartAssessmentOverGraphsProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final SmartAssessor ASSESSOR = SmartAssessor.withDefaults(CLOCK);

  @Test
  void relevantAgreesWithOrphansAndPathsToAnObjective() {
    qt().forAll(GoalGraphGens.alignmentGraphs(1, 30)).checkAssert(graph -> {
      SmartContext context = SmartContext.of(graph);
      Set<?> orphans = graph.orphans();
      for (Goal goal : graph.goals()) {
        Verdict relevant = ASSESSOR.assess(goal, context).verdict(SmartLetter.RELEVANT);
        boolean reaches = goal.level() == GoalLevel.ORGANISATION || graph.pathToObjective(goal.id()).isPresent();
        assertThat(relevant == Verdict.PASS).as("%s reaches an objective", goal.id()).isEqualTo(reaches);
        assertThat(relevant == Verdict.FAIL).as("%s is an orphan", goal.id()).isEqualTo(orphans.contains(goal.id()));
      }
    });
  }

  @Test
  void aDerivedGoalIsMeasurableExactlyWhileGoalsAreAlignedUnderIt() {
    qt().forAll(GoalGraphGens.alignmentGraphs(1, 30)).checkAssert(graph -> {
      for (Goal goal : graph.goals()) {
        if (!(goal.measure() instanceof GoalMeasure.Derived)) {
          continue;
        }
        SmartAssessment linked = ASSESSOR.assess(goal, SmartContext.of(graph));
        assertThat(linked.verdict(SmartLetter.MEASURABLE)).isEqualTo(Verdict.PASS);
        AlignmentGraph bare = graph;
        for (AlignmentLink link : graph.children(goal.id())) {
          bare = bare.withoutLink(link.child(), link.parent(), CLOCK).value();
        }
        assertThat(ASSESSOR.assess(goal, SmartContext.of(bare)).verdict(SmartLetter.MEASURABLE)).isEqualTo(Verdict.FAIL);
        assertThat(ASSESSOR.assess(goal).verdict(SmartLetter.MEASURABLE)).isEqualTo(Verdict.WARN);
      }
    });
  }
}
