package dev.pillars.core.development;

import static dev.pillars.core.development.DevelopmentMutationTest.COACHING;
import static dev.pillars.core.development.DevelopmentMutationTest.LEADING;
import static dev.pillars.core.development.DevelopmentMutationTest.SAFETY;
import static dev.pillars.core.development.DevelopmentMutationTest.SCALE;
import static dev.pillars.core.development.DevelopmentMutationTest.lead;
import static dev.pillars.core.development.DevelopmentMutationTest.rated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.assessment.CompetencyGap;
import dev.pillars.core.assessment.DisagreementRule;
import dev.pillars.core.assessment.GapAnalysis;
import dev.pillars.core.assessment.GapReport;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.Requirement;
import dev.pillars.core.org.EmployeeId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The leadership view's two orders where neither the model's nor the ids' order gives them: a
 * leader's gaps by shortfall, largest first, and leaders by summed shortfall before their ids.
 */
class LeadershipOrderTest {
  /** Leading asks for more than coaching, so a leader rated 1 on both falls shorter on the second. */
  private static final CompetencyModel LEADING_FIRST = new CompetencyModel(ModelRevision.first(CompetencyModelId.of("m")), "Leaders",
      List.of(new Competency(SAFETY, "Safety", false, SCALE), new Competency(COACHING, "Coaching", true, SCALE),
          new Competency(LEADING, "Leading", true, SCALE)),
      List.of(Requirement.forRole("lead", COACHING, 2), Requirement.forRole("lead", LEADING, 3)));

  @Test
  void gapsRunFromTheLargestShortfallAndLeadersFromTheLargestSum() {
    GapReport report = GapAnalysis.of(LEADING_FIRST, DisagreementRule.MANAGER_FIRST).analyse(
        List.of(lead("amy"), lead("zed")),
        List.of(rated("1", "amy", 3, 1, 3), rated("2", "zed", 3, 1, 1)));
    EmployeeId amy = EmployeeId.of("amy");
    EmployeeId zed = EmployeeId.of("zed");
    List<LeaderDevelopment> views = LeadershipView.of(LEADING_FIRST, report, List.of(amy, zed), List.of());
    assertThat(views).extracting(LeaderDevelopment::leader).containsExactly(zed, amy);
    assertThat(views.get(0).gaps()).containsExactly(new CompetencyGap(zed, LEADING, 3, 1), new CompetencyGap(zed, COACHING, 2, 1));
    assertThat(views.get(1).gaps()).containsExactly(new CompetencyGap(amy, COACHING, 2, 1));
  }
}
