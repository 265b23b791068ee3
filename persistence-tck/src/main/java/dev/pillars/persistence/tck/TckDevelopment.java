package dev.pillars.persistence.tck;

import dev.pillars.core.Period;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.assessment.Assessor;
import dev.pillars.core.assessment.AssessorRole;
import dev.pillars.core.assessment.Rating;
import dev.pillars.core.coaching.AgreedAction;
import dev.pillars.core.coaching.Coach;
import dev.pillars.core.coaching.CoachRole;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.ProficiencyLevel;
import dev.pillars.core.competency.Requirement;
import dev.pillars.core.development.ActionId;
import dev.pillars.core.development.ActionKind;
import dev.pillars.core.development.ActionStatus;
import dev.pillars.core.development.Cost;
import dev.pillars.core.development.DevelopmentAction;
import dev.pillars.core.development.DevelopmentGoal;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.Readiness;
import dev.pillars.core.succession.Severity;
import dev.pillars.core.succession.SuccessionPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Valid competency models, assessments, development plans, coaching sessions and succession
 * plans for the kit, varied so that a store must keep every attribute (texts with characters
 * outside the Basic Multilingual Plane and JSON's special characters included).
 */
final class TckDevelopment {
  private static final LocalDate DAY = LocalDate.of(2026, 2, 2);
  private static final String ODD_TEXT = "\"quoted\" \\ back\\slash, tab\t, new\nline, emoji \uD83D\uDE80, ümlaut";

  private TckDevelopment() {}

  static EmployeeId person(int n) {
    return EmployeeId.of("e-" + n);
  }

  static ModelRevision modelId(int n) {
    return new ModelRevision(CompetencyModelId.of("model-" + n % 2), 1 + n / 2);
  }

  static CompetencyModel model(ModelRevision id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    List<Competency> competencies = new ArrayList<>();
    for (int c = 0; c <= v % 3; c++) {
      List<ProficiencyLevel> levels = new ArrayList<>();
      for (int l = 1; l <= 2 + (v + c) % 3; l++) {
        levels.add(new ProficiencyLevel(l, "Level " + l, c == 0 && l == 1 ? ODD_TEXT : "Does " + l + " things, variant " + v));
      }
      competencies.add(new Competency(CompetencyId.of("c" + c), "Competency " + c + " v" + v, (v + c) % 2 == 0, levels));
    }
    List<Requirement> requirements = new ArrayList<>();
    requirements.add(Requirement.forRole("Operator " + v, CompetencyId.of("c0"), 1 + v % 2));
    if (v % 2 == 1) {
      requirements.add(Requirement.forGrade("G" + v, CompetencyId.of("c0"), 2));
    }
    return new CompetencyModel(id, "Model " + v, competencies, requirements);
  }

  static Assessment assessment(AssessmentId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    AssessorRole role = AssessorRole.values()[v % 3];
    EmployeeId who = person(v % 2);
    List<Rating> ratings = new ArrayList<>();
    ratings.add(v % 2 == 0 ? Rating.of(CompetencyId.of("c0"), 1 + v % 3, ODD_TEXT) : Rating.of(CompetencyId.of("c0"), 2));
    if (v % 3 != 0) {
      ratings.add(Rating.of(CompetencyId.of("c1"), 1));
    }
    return new Assessment(
        id, who, new Assessor(role == AssessorRole.SELF ? who : person(5 + v % 2), role), modelId(v % 4), DAY.plusDays(v), ratings);
  }

  static DevelopmentPlan plan(PlanId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    DevelopmentPlan.Builder plan = DevelopmentPlan.builder()
        .id(id)
        .employee(person(v % 2))
        .title(v % 2 == 0 ? ODD_TEXT : "Plan v" + v)
        .period(Period.of(DAY, DAY.plusDays(100 + v)));
    for (int g = 0; g < v % 3; g++) {
      plan.addGoals(new DevelopmentGoal(GoalId.of("dg-" + g), CompetencyId.of("c" + g), g, g + 1 + v % 2));
    }
    for (int a = 0; a <= v % 3; a++) {
      DevelopmentAction.Builder action = DevelopmentAction.builder()
          .id(ActionId.of("a" + a))
          .kind(ActionKind.values()[(v + a) % ActionKind.values().length])
          .title("Action " + a + " v" + v)
          .due(DAY.plusDays(30 + a))
          .status(ActionStatus.values()[(v + a) % ActionStatus.values().length]);
      if ((v + a) % 2 == 0) {
        action.competency(CompetencyId.of("c" + a)).cost(Cost.of(12_345L * (a + 1), a % 2 == 0 ? "EUR" : "USD"));
      }
      for (int m = 0; m < a; m++) {
        action.addMilestones(new Milestone("Step " + m, (m + v) % 2 == 0));
      }
      plan.addActions(action.build());
    }
    return plan.build();
  }

  static CoachingSession session(CoachingSessionId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    CoachingSession.Builder session = CoachingSession.builder()
        .id(id)
        .coach(v % 3 == 2 ? Coach.external("Coach " + v) : Coach.employee(CoachRole.values()[v % 2], person(5 + v % 2), "Coach " + v))
        .employee(person(v % 2))
        .heldOn(DAY.plusDays(v))
        .addTopics(v % 2 == 0 ? ODD_TEXT : "Topic " + v);
    if (v % 2 == 1) {
      session.addTopics("Second topic");
    }
    for (int a = 0; a < v % 3; a++) {
      session.addAgreed(new AgreedAction(
          ActionKind.values()[(v + a) % ActionKind.values().length],
          "Agreed " + a,
          a % 2 == 0 ? Optional.of(CompetencyId.of("c" + a)) : Optional.empty(),
          DAY.plusDays(20 + a)));
    }
    if (v % 4 >= 2) {
      session.followUp(DAY.plusDays(v + 14));
      if (v % 4 == 3) {
        session.followUpNotes("Followed up, v" + v);
      }
    }
    return session.build();
  }

  static SuccessionPlan succession(PositionId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    SuccessionPlan.Builder plan = SuccessionPlan.builder()
        .position(id)
        .title(v % 2 == 0 ? ODD_TEXT : "Position v" + v)
        .unit(OrgUnitId.of("u-" + v % 3))
        .impact(Severity.values()[v % 3])
        .risk(Severity.values()[(v + 1) % 3]);
    if (v % 2 == 0) {
      plan.incumbent(person(0));
    }
    for (int c = 0; c < 1 + v % 3; c++) {
      List<CompetencyId> gaps = new ArrayList<>();
      for (int g = 0; g < c; g++) {
        gaps.add(CompetencyId.of("c" + g));
      }
      plan.addCandidates(new Candidate(person(1 + c), Readiness.values()[(v + c) % 3], gaps));
    }
    if (v % 3 == 1) {
      plan.emergencyCover(person(7));
    }
    return plan.build();
  }
}
