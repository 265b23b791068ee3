package dev.pillars.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.ProficiencyLevel;
import dev.pillars.core.competency.Requirement;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gap reports: ratings outside the model, equality part by part, trends across revisions, and their text. */
class GapReportMutationTest {
  static final CompetencyId SAFETY = CompetencyId.of("safety");
  static final CompetencyId CRAFT = CompetencyId.of("craft");
  static final CompetencyId OTHER = CompetencyId.of("other");
  static final List<ProficiencyLevel> SCALE = List.of(
      new ProficiencyLevel(1, "a", "a"), new ProficiencyLevel(2, "b", "b"), new ProficiencyLevel(3, "c", "c"));
  static final CompetencyModel ONE = new CompetencyModel(ModelRevision.first(CompetencyModelId.of("m")), "M",
      List.of(new Competency(SAFETY, "Safety", false, SCALE)), List.of(Requirement.forRole("op", SAFETY, 3)));
  static final CompetencyModel TWO = new CompetencyModel(ModelRevision.first(CompetencyModelId.of("m")), "M",
      List.of(new Competency(SAFETY, "Safety", false, SCALE), new Competency(CRAFT, "Craft", false, SCALE)),
      List.of(Requirement.forRole("op", SAFETY, 3), Requirement.forRole("op", CRAFT, 2)));
  static final Employee ANA = GapAnalysisProperties.person("ana", "op", "G1");
  static final Employee BEN = GapAnalysisProperties.person("ben", "op", "G1");
  static final LocalDate DAY = LocalDate.of(2026, 2, 1);

  static Assessment byManager(String id, Employee who, Rating... ratings) {
    return new Assessment(AssessmentId.of(id), who.id(), new Assessor(EmployeeId.of("boss"), AssessorRole.MANAGER),
        ModelRevision.first(CompetencyModelId.of("m")), DAY, List.of(ratings));
  }

  @Test
  void ratingsOfCompetenciesOutsideTheModelAreIgnored() {
    GapReport report = GapAnalysis.of(ONE, DisagreementRule.MANAGER_FIRST)
        .analyse(List.of(ANA), List.of(byManager("a1", ANA, Rating.of(SAFETY, 2), Rating.of(OTHER, 3))));
    assertThat(report.gaps(ANA.id())).containsExactly(new CompetencyGap(ANA.id(), SAFETY, 3, 2));
    GapReport shuffled = GapAnalysis.of(TWO, DisagreementRule.MANAGER_FIRST)
        .analyse(List.of(ANA), List.of(byManager("a1", ANA, Rating.of(OTHER, 1), Rating.of(CRAFT, 1), Rating.of(SAFETY, 2))));
    assertThat(shuffled.gaps(ANA.id()))
        .containsExactly(new CompetencyGap(ANA.id(), SAFETY, 3, 2), new CompetencyGap(ANA.id(), CRAFT, 2, 1));
    assertThat(shuffled.gap(ANA.id(), OTHER)).isEmpty();
    assertThat(shuffled.gap(EmployeeId.of("zed"), SAFETY)).isEmpty();
    assertThat(shuffled.gaps(EmployeeId.of("zed"))).isEmpty();
    assertThat(shuffled.people()).containsExactly(ANA.id());
  }

  @Test
  void aPersonWithoutAssessmentsHasNoGapsWhileOthersDo() {
    GapReport report = GapAnalysis.of(TWO, DisagreementRule.LOWEST).analyse(List.of(ANA, BEN),
        List.of(byManager("b1", BEN, Rating.of(SAFETY, 1)), byManager("b2", BEN, Rating.of(SAFETY, 3), Rating.of(CRAFT, 2))));
    assertThat(report.gaps(ANA.id())).isEmpty();
    assertThat(report.gap(BEN.id(), SAFETY)).contains(new CompetencyGap(BEN.id(), SAFETY, 3, 3));
    assertThat(report.gap(BEN.id(), CRAFT)).contains(new CompetencyGap(BEN.id(), CRAFT, 2, 2));
    assertThat(report.people()).containsExactly(ANA.id(), BEN.id());
  }

  @Test
  void reportsAreEqualOnlyWithTheSameModelRulePeopleAndLevels() {
    List<Assessment> all = List.of(byManager("a1", ANA, Rating.of(SAFETY, 2)), byManager("b1", BEN, Rating.of(SAFETY, 1)));
    GapReport report = GapAnalysis.of(ONE, DisagreementRule.MANAGER_FIRST).analyse(List.of(ANA, BEN), all);
    GapReport reordered = GapAnalysis.of(ONE, DisagreementRule.MANAGER_FIRST).analyse(List.of(BEN, ANA), List.of(all.get(1), all.get(0)));
    assertThat(report).isEqualTo(reordered).hasSameHashCodeAs(reordered);
    assertThat(report).isNotEqualTo(GapAnalysis.of(ONE, DisagreementRule.LOWEST).analyse(List.of(ANA, BEN), all));
    assertThat(report).isNotEqualTo(GapAnalysis.of(TWO, DisagreementRule.MANAGER_FIRST).analyse(List.of(ANA, BEN), all));
    assertThat(report).isNotEqualTo(GapAnalysis.of(ONE, DisagreementRule.MANAGER_FIRST).analyse(List.of(ANA), all));
    assertThat(report).isNotEqualTo(GapAnalysis.of(ONE, DisagreementRule.MANAGER_FIRST)
        .analyse(List.of(ANA, BEN), List.of(all.get(0), byManager("b1", BEN, Rating.of(SAFETY, 3)))));
    CompetencyModel lower = new CompetencyModel(ModelRevision.first(CompetencyModelId.of("m")), "M",
        List.of(new Competency(SAFETY, "Safety", false, SCALE)), List.of(Requirement.forRole("op", SAFETY, 2)));
    assertThat(report).isNotEqualTo(GapAnalysis.of(lower, DisagreementRule.MANAGER_FIRST).analyse(List.of(ANA, BEN), all));
    assertThat(report).isNotEqualTo("report");
    assertThat(report.hashCode()).isNotEqualTo(GapAnalysis.of(ONE, DisagreementRule.MANAGER_FIRST)
        .analyse(List.of(ANA, BEN), List.of(all.get(0), byManager("b1", BEN, Rating.of(SAFETY, 3)))).hashCode());
    assertThat(report).hasToString("GapReport[model=m#1, rule=MANAGER_FIRST, people=2, largestGaps=" + report.largestGaps() + "]");
  }

  @Test
  void trendsCompareOnlyCompetenciesOfBothRevisions() {
    GapReport before = GapAnalysis.of(TWO, DisagreementRule.MANAGER_FIRST).analyse(List.of(ANA, BEN),
        List.of(byManager("a1", ANA, Rating.of(SAFETY, 1), Rating.of(CRAFT, 1)), byManager("b1", BEN, Rating.of(SAFETY, 2))));
    CompetencyModel revised = new CompetencyModel(new ModelRevision(CompetencyModelId.of("m"), 2), "M",
        List.of(new Competency(SAFETY, "Safety", false, SCALE)), List.of(Requirement.forRole("op", SAFETY, 3)));
    GapReport after = GapAnalysis.of(revised, DisagreementRule.MANAGER_FIRST).analyse(List.of(ANA, BEN), List.of(
        new Assessment(AssessmentId.of("a2"), ANA.id(), new Assessor(EmployeeId.of("boss"), AssessorRole.MANAGER), revised.id(), DAY,
            List.of(Rating.of(SAFETY, 3)))));
    assertThat(before.trend(after, List.of(ANA.id(), BEN.id(), ANA.id(), EmployeeId.of("zed"))))
        .containsExactly(new CompetencyTrend(SAFETY, 1, 2, 0));
    CompetencyModel elsewhere = new CompetencyModel(ModelRevision.first(CompetencyModelId.of("n")), "N",
        List.of(new Competency(SAFETY, "Safety", false, SCALE)), List.of());
    GapReport other = GapAnalysis.of(elsewhere, DisagreementRule.MANAGER_FIRST).analyse(List.of(ANA), List.of());
    assertThatThrownBy(() -> before.trend(other, List.of(ANA.id())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("later was n#1: must analyse the same model as m#1");
  }
}
