package dev.pillars.persistence.memory;

import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.FeedbackRequestId;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The tables every tenant has, numbered from 0. A commit checks its writes table by table in this
 * order, so the graph's version is checked before the links it guards.
 */
final class Tables {
  static final Table<GoalId, Goal> GOALS = Table.aggregates(0, "Goal", GoalId.class, Goal.class, Goal::id);
  static final Table<EmployeeId, Employee> EMPLOYEES =
      Table.aggregates(1, "Employee", EmployeeId.class, Employee.class, Employee::id);
  static final Table<OrgUnitId, OrgUnit> ORG_UNITS =
      Table.aggregates(2, "OrgUnit", OrgUnitId.class, OrgUnit.class, OrgUnit::id);
  static final Table<KpiId, KpiDefinition> KPI_DEFINITIONS =
      Table.aggregates(3, "KpiDefinition", KpiId.class, KpiDefinition.class, KpiDefinition::id);

  /** The alignment graph's one entry: its version is the graph version, its value the link count. */
  static final Table<String, LinkCount> GRAPH =
      Table.staleOnly(4, "AlignmentGraph", String.class, LinkCount.class, count -> LinkCount.KEY);
  /** Each goal's links to the goals it contributes to. */
  static final Table<GoalId, LinkSet> LINKS_UP =
      Table.owned(5, "AlignmentLink", GoalId.class, LinkSet.class, LinkSet::goal, GOALS);
  /** Each goal's links from the goals that contribute to it. */
  static final Table<GoalId, LinkSet> LINKS_DOWN =
      Table.owned(6, "AlignmentLink", GoalId.class, LinkSet.class, LinkSet::goal, GOALS);

  @SuppressWarnings("rawtypes")
  static final Table<KpiId, LogChunk> MEASUREMENTS =
      Table.log(7, "MeasurementLog", KpiId.class, LogCodec.MEASUREMENTS, KPI_DEFINITIONS);

  @SuppressWarnings("rawtypes")
  static final Table<GoalId, LogChunk> CHECK_INS =
      Table.log(8, "CheckInLog", GoalId.class, LogCodec.CHECK_INS, GOALS);

  /** The marks of committed erasures, by erased employee. */
  static final Table<EmployeeId, Erasure> ERASURES =
      Table.aggregates(9, "Erasure", EmployeeId.class, Erasure.class, Erasure::employee);
  /** The outbox's pending messages, by id; the commit that publishes one gives it its number. */
  static final Table<UUID, OutboxEntry> OUTBOX =
      Table.stamped(10, "OutboxMessage", UUID.class, OutboxEntry.class, OutboxEntry::id, OutboxEntry::committedIn);
  /** The ids of the outbox's messages that are no longer pending (published or erased): never reused. */
  static final Table<UUID, UUID> OUTBOX_SPENT =
      Table.aggregates(11, "OutboxMessage", UUID.class, UUID.class, Function.identity());
  static final Table<RecognitionId, Recognition> RECOGNITIONS =
      Table.aggregates(12, "Recognition", RecognitionId.class, Recognition.class, Recognition::id);
  static final Table<PointsBudgetId, PointsBudget> POINTS_BUDGETS =
      Table.aggregates(13, "PointsBudget", PointsBudgetId.class, PointsBudget.class, PointsBudget::id);

  static final Table<ReviewTemplateId, ReviewTemplate> REVIEW_TEMPLATES =
      Table.aggregates(14, "ReviewTemplate", ReviewTemplateId.class, ReviewTemplate.class, ReviewTemplate::id);
  static final Table<ReviewCycleId, ReviewCycle> REVIEW_CYCLES =
      Table.aggregates(15, "ReviewCycle", ReviewCycleId.class, ReviewCycle.class, ReviewCycle::id);
  static final Table<ReviewId, Review> REVIEWS = Table.aggregates(16, "Review", ReviewId.class, Review.class, Review::id);

  /** Merit matrices, bonus plans and allocation runs (compensation). */
  static final Table<MeritMatrixId, MeritMatrix> MERIT_MATRICES =
      Table.aggregates(17, "MeritMatrix", MeritMatrixId.class, MeritMatrix.class, MeritMatrix::id);
  static final Table<BonusPlanId, BonusPlan> BONUS_PLANS =
      Table.aggregates(18, "BonusPlan", BonusPlanId.class, BonusPlan.class, BonusPlan::id);
  static final Table<AllocationRunId, AllocationRun> ALLOCATION_RUNS =
      Table.aggregates(19, "AllocationRun", AllocationRunId.class, AllocationRun.class, AllocationRun::id);

  static final Table<ModelRevision, CompetencyModel> COMPETENCY_MODELS =
      Table.aggregates(21, "CompetencyModel", ModelRevision.class, CompetencyModel.class, CompetencyModel::id);
  static final Table<AssessmentId, Assessment> ASSESSMENTS =
      Table.aggregates(22, "Assessment", AssessmentId.class, Assessment.class, Assessment::id);
  static final Table<PlanId, DevelopmentPlan> DEVELOPMENT_PLANS =
      Table.aggregates(23, "DevelopmentPlan", PlanId.class, DevelopmentPlan.class, DevelopmentPlan::id);
  static final Table<CoachingSessionId, CoachingSession> COACHING_SESSIONS =
      Table.aggregates(24, "CoachingSession", CoachingSessionId.class, CoachingSession.class, CoachingSession::id);
  static final Table<PositionId, SuccessionPlan> SUCCESSION_PLANS =
      Table.aggregates(25, "SuccessionPlan", PositionId.class, SuccessionPlan.class, SuccessionPlan::position);

  static final Table<FeedbackId, Feedback> FEEDBACK =
      Table.aggregates(26, "Feedback", FeedbackId.class, Feedback.class, Feedback::id);
  static final Table<FeedbackRequestId, FeedbackRequest> FEEDBACK_REQUESTS =
      Table.aggregates(27, "FeedbackRequest", FeedbackRequestId.class, FeedbackRequest.class, FeedbackRequest::id);
  static final Table<ThreeSixtyRoundId, ThreeSixtyRound> THREE_SIXTY_ROUNDS =
      Table.aggregates(28, "ThreeSixtyRound", ThreeSixtyRoundId.class, ThreeSixtyRound.class, ThreeSixtyRound::id);
  static final Table<OneOnOneId, OneOnOne> ONE_ON_ONES =
      Table.aggregates(29, "OneOnOne", OneOnOneId.class, OneOnOne.class, OneOnOne::id);
  static final Table<SurveyId, Survey> SURVEYS = Table.aggregates(30, "Survey", SurveyId.class, Survey.class, Survey::id);

  /** Every table, each at the position of its index. */
  static final Table<CalibrationSessionId, CalibrationSession> CALIBRATION_SESSIONS = Table.aggregates(
      20, "CalibrationSession", CalibrationSessionId.class, CalibrationSession.class, CalibrationSession::id);

  static final List<Table<?, ?>> ALL =
      List.of(
          GOALS,
          EMPLOYEES,
          ORG_UNITS,
          KPI_DEFINITIONS,
          GRAPH,
          LINKS_UP,
          LINKS_DOWN,
          MEASUREMENTS,
          CHECK_INS,
          ERASURES,
          OUTBOX,
          OUTBOX_SPENT,
          RECOGNITIONS,
          POINTS_BUDGETS,
          REVIEW_TEMPLATES,
          REVIEW_CYCLES,
          REVIEWS,
          MERIT_MATRICES,
          BONUS_PLANS,
          ALLOCATION_RUNS,
          CALIBRATION_SESSIONS,
          COMPETENCY_MODELS,
          ASSESSMENTS,
          DEVELOPMENT_PLANS,
          COACHING_SESSIONS,
          SUCCESSION_PLANS,
          FEEDBACK,
          FEEDBACK_REQUESTS,
          THREE_SIXTY_ROUNDS,
          ONE_ON_ONES,
          SURVEYS);

  /** How many tables a tenant has. */
  static final int COUNT = ALL.size();

  private Tables() {}

  /** Returns the state of a tenant that has no data: every table empty. */
  static Trie[] empty() {
    Trie[] tables = new Trie[COUNT];
    Arrays.fill(tables, Trie.EMPTY);
    return tables;
  }
}
