package dev.pillars.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.ProficiencyLevel;
import dev.pillars.core.competency.Requirement;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Gaps agree with the assessments whatever their order: a shuffled input gives an equal report,
 * and every gap equals a brute-force reading of the latest rating per role under each rule.
 */
class GapAnalysisProperties {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  /** A model, people and assessments drawn at random, with a seed for shuffling them. */
  record Scenario(CompetencyModel model, List<Employee> people, List<Assessment> assessments, long seed) {}

  static final Gen<Scenario> SCENARIOS = rs -> {
    int k = integers().between(1, 5).generate(rs);
    List<Competency> competencies = new ArrayList<>();
    List<Requirement> requirements = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      int levels = integers().between(1, 4).generate(rs);
      List<ProficiencyLevel> scale = new ArrayList<>();
      for (int l = 1; l <= levels; l++) {
        scale.add(new ProficiencyLevel(l, "L" + l, "Behaviour " + l));
      }
      CompetencyId id = CompetencyId.of("c" + c);
      competencies.add(new Competency(id, "Competency " + c, c % 2 == 0, scale));
      if (integers().between(0, 2).generate(rs) > 0) {
        requirements.add(Requirement.forRole("operator", id, integers().between(1, levels).generate(rs)));
      }
      if (integers().between(0, 2).generate(rs) == 0) {
        requirements.add(Requirement.forGrade("G2", id, integers().between(1, levels).generate(rs)));
      }
    }
    CompetencyModel model = new CompetencyModel(ModelRevision.first(CompetencyModelId.of("m")), "Model", competencies, requirements);
    int n = integers().between(1, 5).generate(rs);
    List<Employee> people = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      people.add(person("p" + p, p % 2 == 0 ? "operator" : "lead", p % 3 == 0 ? "G2" : "G1"));
    }
    int count = integers().between(0, 12).generate(rs);
    List<Assessment> assessments = new ArrayList<>();
    for (int a = 0; a < count; a++) {
      EmployeeId who = EmployeeId.of("p" + integers().between(0, n).generate(rs));
      AssessorRole role = AssessorRole.values()[integers().between(0, 2).generate(rs)];
      Assessor assessor = new Assessor(role == AssessorRole.SELF ? who : EmployeeId.of("boss" + role.ordinal()), role);
      List<Rating> ratings = new ArrayList<>();
      for (int c = 0; c < k; c++) {
        if (integers().between(0, 2).generate(rs) > 0) {
          ratings.add(Rating.of(CompetencyId.of("c" + c), integers().between(1, competencies.get(c).highestLevel()).generate(rs)));
        }
      }
      if (ratings.isEmpty()) {
        ratings.add(Rating.of(CompetencyId.of("c0"), 1));
      }
      assessments.add(new Assessment(
          AssessmentId.of("a" + integers().between(0, 30).generate(rs) + "-" + a),
          who,
          assessor,
          model.id(),
          DAY.plusDays(integers().between(0, 2).generate(rs)),
          ratings));
    }
    return new Scenario(model, people, assessments, integers().all().generate(rs));
  };

  static Employee person(String id, String role, String grade) {
    return Employee.builder()
        .id(EmployeeId.of(id))
        .displayName(id)
        .unit(OrgUnitId.of("plant"))
        .role(role)
        .grade(grade)
        .hireDate(LocalDate.of(2020, 1, 1))
        .build();
  }

  @Test
  void aReportDoesNotDependOnTheOrderOfAssessments() {
    qt().forAll(SCENARIOS).check(s -> {
      List<Assessment> shuffled = new ArrayList<>(s.assessments());
      Collections.shuffle(shuffled, new Random(s.seed()));
      for (DisagreementRule rule : DisagreementRule.values()) {
        GapAnalysis analysis = GapAnalysis.of(s.model(), rule);
        if (!analysis.analyse(s.people(), s.assessments()).equals(analysis.analyse(s.people(), shuffled))) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void everyGapIsTheRequiredLevelMinusTheLatestRatingsUnderTheRule() {
    qt().forAll(SCENARIOS).checkAssert(s -> {
      for (DisagreementRule rule : DisagreementRule.values()) {
        GapReport report = GapAnalysis.of(s.model(), rule).analyse(s.people(), s.assessments());
        for (Employee e : s.people()) {
          for (Competency c : s.model().competencies()) {
            OptionalInt assessed = bruteForce(s.assessments(), e.id(), c.id(), rule);
            Optional<CompetencyGap> gap = report.gap(e.id(), c.id());
            assertThat(gap.isPresent()).as("%s %s %s", e.id(), c.id(), rule).isEqualTo(assessed.isPresent());
            if (gap.isPresent()) {
              int required = s.model().requiredLevel(e.role(), e.grade(), c.id()).orElse(0);
              assertThat(gap.get().assessed()).isEqualTo(assessed.getAsInt());
              assertThat(gap.get().gap()).isEqualTo(required - assessed.getAsInt());
            }
          }
        }
      }
    });
  }

  @Test
  void sharedGapsCountThePeopleWhoFallShort() {
    qt().forAll(SCENARIOS).checkAssert(s -> {
      GapReport report = GapAnalysis.of(s.model(), DisagreementRule.LOWEST).analyse(s.people(), s.assessments());
      List<EmployeeId> everyone = s.people().stream().map(Employee::id).toList();
      for (SharedGap shared : report.largestGaps(everyone)) {
        List<CompetencyGap> short_ = everyone.stream()
            .flatMap(p -> report.gap(p, shared.competency()).stream())
            .filter(g -> g.shortfall() > 0)
            .toList();
        assertThat(shared.people()).isEqualTo(short_.size());
        assertThat(shared.totalShortfall()).isEqualTo(short_.stream().mapToLong(CompetencyGap::shortfall).sum());
      }
      List<SharedGap> gaps = report.largestGaps();
      for (int i = 1; i < gaps.size(); i++) {
        assertThat(gaps.get(i - 1).totalShortfall()).isGreaterThanOrEqualTo(gaps.get(i).totalShortfall());
      }
    });
  }

  /** The latest rating per role (latest day, then greatest id), resolved by the rule, read plainly. */
  private static OptionalInt bruteForce(List<Assessment> all, EmployeeId person, CompetencyId competency, DisagreementRule rule) {
    List<Integer> levels = new ArrayList<>();
    for (AssessorRole role : AssessorRole.values()) {
      Optional<Assessment> latest = all.stream()
          .filter(a -> a.employee().equals(person) && a.assessor().role() == role)
          .filter(a -> a.ratings().stream().anyMatch(r -> r.competency().equals(competency)))
          .max(Comparator.comparing(Assessment::assessedOn).thenComparing(Assessment::id));
      levels.add(latest.map(a -> a.ratings().stream().filter(r -> r.competency().equals(competency)).findFirst().orElseThrow().level()).orElse(0));
    }
    List<Integer> present = levels.stream().filter(l -> l > 0).toList();
    if (present.isEmpty()) {
      return OptionalInt.empty();
    }
    return switch (rule) {
      case MANAGER_FIRST -> OptionalInt.of(levels.get(1) > 0 ? levels.get(1) : levels.get(2) > 0 ? levels.get(2) : levels.get(0));
      case LOWEST -> OptionalInt.of(present.stream().mapToInt(Integer::intValue).min().orElseThrow());
      case MEAN_ROUNDED_DOWN -> OptionalInt.of(present.stream().mapToInt(Integer::intValue).sum() / present.size());
    };
  }
}
