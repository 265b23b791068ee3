package dev.pillars.core.assessment;

import static dev.pillars.core.assessment.GapReportMutationTest.ANA;
import static dev.pillars.core.assessment.GapReportMutationTest.DAY;
import static dev.pillars.core.assessment.GapReportMutationTest.ONE;
import static dev.pillars.core.assessment.GapReportMutationTest.SAFETY;
import static dev.pillars.core.assessment.GapReportMutationTest.SCALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.Requirement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The assessment package's small records at their boundaries (gaps, trends, shared gaps), the
 * wording of a self-assessment's role rule, and recording against another model's revision.
 */
class AssessmentRecordsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void aGapNeedsARequiredLevelFromZeroAndAnAssessedLevelFromOne() {
    assertThat(new CompetencyGap(ANA.id(), SAFETY, 0, 1).assessed()).isEqualTo(1);
    assertThatThrownBy(() -> new CompetencyGap(ANA.id(), SAFETY, -1, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("required was -1: must be 0 or more");
    assertThatThrownBy(() -> new CompetencyGap(ANA.id(), SAFETY, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("assessed was 0: must be 1 or more");
  }

  @Test
  void aTrendCountsFromZeroAndSaysHowTheShortfallMoved() {
    CompetencyTrend closing = new CompetencyTrend(SAFETY, 0, 5, 2);
    assertThat(closing.change()).isEqualTo(-3);
    assertThat(new CompetencyTrend(SAFETY, 3, 0, 4).change()).isEqualTo(4);
    assertThatThrownBy(() -> new CompetencyTrend(SAFETY, -1, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("people was -1: must be 0 or more");
    assertThatThrownBy(() -> new CompetencyTrend(SAFETY, 0, -1, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("shortfallBefore was -1: must be 0 or more");
    assertThatThrownBy(() -> new CompetencyTrend(SAFETY, 0, 0, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("shortfallAfter was -1: must be 0 or more");
  }

  @Test
  void aSharedGapHasAtLeastOnePersonEachShortByOneOrMore() {
    SharedGap gap = new SharedGap(SAFETY, 2, 3, 2);
    assertThat(gap.meanShortfall()).isEqualTo(1.5);
    assertThat(new SharedGap(SAFETY, 1, 1, 1).meanShortfall()).isEqualTo(1.0);
    assertThatThrownBy(() -> new SharedGap(SAFETY, 0, 1, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("people was 0: must be 1 or more");
    assertThatThrownBy(() -> new SharedGap(SAFETY, 2, 1, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("totalShortfall was 1: must be at least people (2)");
    assertThatThrownBy(() -> new SharedGap(SAFETY, 1, 1, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("largestShortfall was 0: must be 1 or more");
  }

  @Test
  void aSelfAssessmentUnderAnotherRoleIsRefusedWithTheSelfWording() {
    Assessor anaAsManager = new Assessor(ANA.id(), AssessorRole.MANAGER);
    assertThatThrownBy(() -> new Assessment(AssessmentId.of("a1"), ANA.id(), anaAsManager, ONE.id(), DAY, List.of(Rating.of(SAFETY, 2))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith(": must have role SELF when the person assesses themselves");
  }

  @Test
  void anAssessmentIsRecordedOnlyAgainstTheRevisionItNames() {
    CompetencyModel other = new CompetencyModel(ModelRevision.first(CompetencyModelId.of("m2")), "M2",
        List.of(new Competency(SAFETY, "Safety", false, SCALE)), List.of(Requirement.forRole("op", SAFETY, 3)));
    Assessment assessment = GapReportMutationTest.byManager("a1", ANA, Rating.of(SAFETY, 2));
    assertThat(Assessment.record(assessment, ONE, CLOCK).value()).isEqualTo(assessment);
    assertThatThrownBy(() -> Assessment.record(assessment, other, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("model was " + other.id() + ": must be the revision the assessment names, " + ONE.id());
  }
}
