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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Assessments, the model they are checked against, and the gap views, by example and bad input. */
class AssessmentTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
  static final CompetencyId SAFETY = CompetencyId.of("safety");
  static final CompetencyId COACHING = CompetencyId.of("coaching-others");
  static final List<ProficiencyLevel> SCALE = List.of(
      new ProficiencyLevel(1, "Aware", "Knows the rules"),
      new ProficiencyLevel(2, "Practitioner", "Applies them unaided"),
      new ProficiencyLevel(3, "Expert", "Teaches them"));
  static final CompetencyModel MODEL = new CompetencyModel(
      ModelRevision.first(CompetencyModelId.of("plant")),
      "Plant competencies",
      List.of(new Competency(SAFETY, "Safety", false, SCALE), new Competency(COACHING, "Coaching others", true, SCALE)),
      List.of(Requirement.forRole("operator", SAFETY, 3), Requirement.forGrade("G1", COACHING, 1), Requirement.forRole("operator", COACHING, 2)));
  static final Employee ANA = GapAnalysisProperties.person("ana", "operator", "G1");
  static final Employee BEN = GapAnalysisProperties.person("ben", "operator", "G1");

  static Assessment assessment(String id, Employee who, AssessorRole role, LocalDate on, Rating... ratings) {
    EmployeeId assessor = role == AssessorRole.SELF ? who.id() : EmployeeId.of("boss");
    return new Assessment(AssessmentId.of(id), who.id(), new Assessor(assessor, role), MODEL.id(), on, List.of(ratings));
  }

  @Test
  void theRequiredLevelIsTheHigherOfRoleAndGrade() {
    assertThat(MODEL.requiredLevel("operator", "G1", COACHING)).hasValue(2);
    assertThat(MODEL.requiredLevel("lead", "G1", COACHING)).hasValue(1);
    assertThat(MODEL.requiredLevel("lead", "G9", SAFETY)).isEmpty();
    assertThat(MODEL.requiredLevels("operator", "G9")).containsExactly(3, 2);
  }

  @Test
  void theManagerFirstRuleReadsTheManagersLatestRating() {
    LocalDate day = LocalDate.of(2026, 2, 1);
    List<Assessment> all = List.of(
        assessment("a1", ANA, AssessorRole.SELF, day, Rating.of(SAFETY, 3, "Ran the fire drill")),
        assessment("a2", ANA, AssessorRole.MANAGER, day, Rating.of(SAFETY, 1)),
        assessment("a3", ANA, AssessorRole.MANAGER, day.plusDays(30), Rating.of(SAFETY, 2)),
        assessment("a4", BEN, AssessorRole.MANAGER, day, Rating.of(SAFETY, 1), Rating.of(COACHING, 1)));
    GapReport report = GapAnalysis.of(MODEL, DisagreementRule.MANAGER_FIRST).analyse(List.of(ANA, BEN), all);
    assertThat(report.gap(ANA.id(), SAFETY)).contains(new CompetencyGap(ANA.id(), SAFETY, 3, 2));
    assertThat(report.gap(ANA.id(), COACHING)).isEmpty();
    assertThat(report.largestGaps()).containsExactly(new SharedGap(SAFETY, 2, 3, 2), new SharedGap(COACHING, 1, 1, 1));

    GapReport before = GapAnalysis.of(MODEL, DisagreementRule.MANAGER_FIRST).analyse(List.of(ANA, BEN), all, day);
    assertThat(before.gap(ANA.id(), SAFETY).orElseThrow().assessed()).isEqualTo(1);
    assertThat(before.trend(report, List.of(ANA.id(), BEN.id())))
        .containsExactly(new CompetencyTrend(SAFETY, 2, 4, 3), new CompetencyTrend(COACHING, 1, 1, 1));
  }

  @Test
  void aRevisionKeepsThePreviousOneAsItWas() {
    var next = MODEL.revise(MODEL.competencies(), List.of(Requirement.forRole("operator", SAFETY, 1)), CLOCK);
    assertThat(next.value().id()).isEqualTo(new ModelRevision(CompetencyModelId.of("plant"), 2));
    assertThat(MODEL.requiredLevel("operator", "G1", SAFETY)).hasValue(3);
    assertThat(next.value().requiredLevel("operator", "G1", SAFETY)).hasValue(1);
  }

  @Test
  void badAssessmentsAreRefusedNamingTheField() {
    LocalDate day = LocalDate.of(2026, 2, 1);
    assertThatThrownBy(() -> assessment("x", ANA, AssessorRole.SELF, day))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ratings");
    assertThatThrownBy(() -> new Assessment(AssessmentId.of("x"), ANA.id(), new Assessor(BEN.id(), AssessorRole.SELF), MODEL.id(), day, List.of(Rating.of(SAFETY, 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("assessor");
    assertThatThrownBy(() -> assessment("x", ANA, AssessorRole.MANAGER, day, Rating.of(SAFETY, 1), Rating.of(SAFETY, 2)))
        .hasMessageContaining("must rate each competency once");
    assertThatThrownBy(() -> Assessment.record(assessment("x", ANA, AssessorRole.MANAGER, day, Rating.of(SAFETY, 4)), MODEL, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("level was 4: must be a level of safety (1 to 3)");
    assertThatThrownBy(() -> Assessment.record(assessment("x", ANA, AssessorRole.MANAGER, day, Rating.of(CompetencyId.of("welding"), 1)), MODEL, CLOCK))
        .hasMessageContaining("must be a competency of model plant#1");
    assertThatThrownBy(() -> Rating.of(SAFETY, 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("level was 0");
    assertThatThrownBy(() -> Rating.of(SAFETY, 1, " ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("evidence");
    assertThatThrownBy(() -> Rating.of(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("competency");
    assertThatThrownBy(() -> GapAnalysis.of(MODEL, DisagreementRule.LOWEST).analyse(List.of(ANA, ANA), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not repeat an employee");
  }

  @Test
  void badModelsAreRefusedNamingTheField() {
    ModelRevision id = ModelRevision.first(CompetencyModelId.of("m"));
    Competency safety = new Competency(SAFETY, "Safety", false, SCALE);
    assertThatThrownBy(() -> new CompetencyModel(id, "M", List.of(safety, safety), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not repeat a competency id");
    assertThatThrownBy(() -> new CompetencyModel(id, "M", List.of(safety), List.of(Requirement.forRole("op", SAFETY, 4))))
        .hasMessageContaining("requirement.level was 4");
    assertThatThrownBy(() -> new CompetencyModel(id, "M", List.of(safety), List.of(Requirement.forRole("op", COACHING, 1))))
        .hasMessageContaining("requirement.competency was coaching-others");
    assertThatThrownBy(() -> new CompetencyModel(id, "M", List.of(safety), List.of(Requirement.forRole("op", SAFETY, 1), Requirement.forRole("op", SAFETY, 2))))
        .hasMessageContaining("at most one requirement per ROLE");
    assertThatThrownBy(() -> new Competency(SAFETY, "Safety", false, List.of(new ProficiencyLevel(2, "L", "B"))))
        .hasMessageContaining("must be numbered 1, 2, ... in order");
    assertThatThrownBy(() -> new ModelRevision(CompetencyModelId.of("m"), 0)).hasMessage("revision was 0: must be 1 or more");
    assertThatThrownBy(() -> CompetencyModel.publish(MODEL.revise(MODEL.competencies(), List.of(), CLOCK).value(), CLOCK))
        .hasMessageContaining("must be 1 for a new model");
  }
}
