package dev.pillars.engine;

import static dev.pillars.engine.DevelopmentServiceTest.COACHING;
import static dev.pillars.engine.DevelopmentServiceTest.DAY;
import static dev.pillars.engine.DevelopmentServiceTest.MODEL;
import static dev.pillars.engine.DevelopmentServiceTest.SAFETY;
import static dev.pillars.engine.DevelopmentServiceTest.model;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.assessment.Assessor;
import dev.pillars.core.assessment.AssessorRole;
import dev.pillars.core.assessment.CompetencyTrend;
import dev.pillars.core.assessment.DisagreementRule;
import dev.pillars.core.assessment.Rating;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.CompetencyModelPublished;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.Requirement;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.development.CompetencyService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Competency models through revisions, assessments in order, and a unit's trend between two days. */
class CompetencyChecksTest extends EngineTestBase {
  private CompetencyService hr() {
    return as(HR).competencies();
  }

  private static Assessment byAna(String id, LocalDate day, int safety, int coaching) {
    return new Assessment(AssessmentId.of(id), BEN, new Assessor(ANA, AssessorRole.MANAGER), ModelRevision.first(MODEL), day,
        List.of(Rating.of(SAFETY, safety), Rating.of(COACHING, coaching)));
  }

  @Test
  void aRevisionBecomesTheLatestAndTheFirstStaysReadable() {
    CompetencyModel first = hr().publish(model());
    CompetencyModel second = hr().revise(MODEL, first.competencies(), List.of(Requirement.forGrade("G1", SAFETY, 2)));

    assertThat(second.id()).isEqualTo(ModelRevision.first(MODEL).next());
    assertThat(as(Actor.person(BEN)).competencies().model(MODEL)).isEqualTo(second);
    assertThat(as(Actor.person(BEN)).competencies().model(ModelRevision.first(MODEL))).isEqualTo(first);
    assertThat(delivered).extracting(e -> (Object) e.event().getClass())
        .containsExactly(CompetencyModelPublished.class, CompetencyModelPublished.class);
    assertThatThrownBy(() -> as(Actor.person(ANA)).competencies().revise(MODEL, first.competencies(), List.of()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void unknownModelsAndRevisionsAreNamed() {
    hr().publish(model());
    CompetencyModelId none = CompetencyModelId.of("none");
    assertThatThrownBy(() -> hr().model(none))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("model was none: must name a published competency model");
    assertThatThrownBy(() -> hr().revise(none, model().competencies(), List.of()))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("model was none");
    assertThatThrownBy(() -> hr().model(ModelRevision.first(MODEL).next()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be a published revision of a competency model");
    assertThatThrownBy(() -> hr().gaps(dev.pillars.core.org.EmployeeId.of("ghost"), MODEL, DisagreementRule.LOWEST))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("employee was ghost: must name an employee of the tenant");
  }

  @Test
  void assessmentsComeOldestFirstAndAUnitsTrendComparesTwoDays() {
    hr().publish(model());
    CompetencyService ana = as(Actor.person(ANA)).competencies();
    ana.assess(byAna("z-late", DAY.plusDays(90), 3, 2));
    ana.assess(byAna("b-early", DAY, 1, 1));
    ana.assess(byAna("a-early", DAY, 1, 1));

    assertThat(ana.assessments(BEN)).extracting(a -> a.id().value()).containsExactly("a-early", "b-early", "z-late");
    List<CompetencyTrend> trend = ana.unitTrend(PLANT, MODEL, DisagreementRule.MANAGER_FIRST, DAY.plusDays(1), DAY.plusDays(91));
    assertThat(trend).contains(new CompetencyTrend(SAFETY, 1, 2, 0), new CompetencyTrend(COACHING, 1, 1, 0));
  }
}
