package dev.pillars.engine;

import dev.pillars.engine.reward.CompensationService;
import dev.pillars.engine.development.CompetencyService;
import dev.pillars.engine.development.DevelopmentService;
import dev.pillars.engine.development.SuccessionService;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.goal.GoalService;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.kpi.KpiService;
import dev.pillars.engine.org.OrganisationService;
import dev.pillars.engine.privacy.PrivacyService;
import dev.pillars.engine.recognition.RecognitionService;
import dev.pillars.engine.review.ReviewService;
import dev.pillars.engine.whatif.WhatIf;

/**
 * The services of one tenant, acting for one actor: cheap to create per request, safe to share
 * between threads. Each later pillar adds its service here.
 */
public final class Session {
  private final Call call;

  Session(Call call) {
    this.call = call;
  }

  /**
   * Returns the actor the calls are made for.
   *
   * @return the actor
   */
  public Actor actor() {
    return call.actor();
  }

  /**
   * Returns the goal workflows.
   *
   * @return the goal service
   */
  public GoalService goals() {
    return new GoalService(call);
  }

  /**
   * Returns the KPI workflows.
   *
   * @return the KPI service
   */
  public KpiService kpis() {
    return new KpiService(call);
  }

  /**
   * Returns the scores the engine keeps current.
   *
   * @return the score service
   */
  public ScoreService scores() {
    return new ScoreService(call);
  }

  /**
   * Returns the organisation workflows.
   *
   * @return the organisation service
   */
  public OrganisationService organisation() {
    return new OrganisationService(call);
  }

  /**
   * Returns export and erasure of personal data.
   *
   * @return the privacy service
   */
  public PrivacyService privacy() {
    return new PrivacyService(call);
  }

  /**
   * Returns an empty what-if: candidate changes tried against a copy of the tenant.
   *
   * @return the what-if
   */
  public WhatIf whatIf() {
    return new WhatIf(call);
  }

  /**
   * Returns the recognition workflows: points budgets, recognitions and their reach.
   *
   * @return the recognition service
   */
  public RecognitionService recognition() {
    return new RecognitionService(call);
  }

  /**
   * Returns the review workflows: templates, cycles, reviews and their scores.
   *
   * @return the review service
   */
  public ReviewService reviews() {
    return new ReviewService(call);
  }

  /**
   * Returns the compensation workflows: merit matrices, bonus plans, merit rounds and bonus pools.
   *
   * @return the compensation service
   */
  public CompensationService compensation() {
    return new CompensationService(call);
  }

  /**
   * Returns the calibration workflow: sessions, distributions, suggested moves, adjustments with
   * reasons, notes and the 9-box.
   *
   * @return the service
   */
  public dev.pillars.engine.calibration.CalibrationService calibration() {
    return new dev.pillars.engine.calibration.CalibrationService(call);
  }

  /**
   * Returns the competency workflows: models, assessments and gaps.
   *
   * @return the competency service
   */
  public CompetencyService competencies() {
    return new CompetencyService(call);
  }

  /**
   * Returns the development workflows: plans, coaching and the leadership view.
   *
   * @return the development service
   */
  public DevelopmentService development() {
    return new DevelopmentService(call);
  }

  /**
   * Returns the succession workflows: key positions' plans and the pipeline.
   *
   * @return the succession service
   */
  public SuccessionService succession() {
    return new SuccessionService(call);
  }

  /**
   * Returns the feedback workflows: give, withdraw and read feedback of every kind.
   *
   * @return the feedback service
   */
  public dev.pillars.engine.feedback.FeedbackService feedback() {
    return new dev.pillars.engine.feedback.FeedbackService(call);
  }

  /**
   * Returns the feedback request workflows: ask, answer, decline, status and reminders.
   *
   * @return the service
   */
  public dev.pillars.engine.feedback.FeedbackRequestService feedbackRequests() {
    return new dev.pillars.engine.feedback.FeedbackRequestService(call);
  }

  /**
   * Returns the 360 workflows: open rounds, answer them, read their results.
   *
   * @return the service
   */
  public dev.pillars.engine.feedback.ThreeSixtyService threeSixty() {
    return new dev.pillars.engine.feedback.ThreeSixtyService(call);
  }

  /**
   * Returns the 1:1 workflows: schedule, agenda, notes, actions and carry-over.
   *
   * @return the service
   */
  public dev.pillars.engine.feedback.OneOnOneService oneOnOnes() {
    return new dev.pillars.engine.feedback.OneOnOneService(call);
  }

  /**
   * Returns the pulse survey workflows: launch, respond anonymously, results, KPI measurements.
   *
   * @return the service
   */
  public dev.pillars.engine.feedback.SurveyService surveys() {
    return new dev.pillars.engine.feedback.SurveyService(call);
  }

  /**
   * Returns feedback and 1:1 cadence per person, per manager and for the tenant.
   *
   * @return the service
   */
  public dev.pillars.engine.feedback.CadenceService cadence() {
    return new dev.pillars.engine.feedback.CadenceService(call);
  }

  @Override
  public String toString() {
    return "Session[" + call.tenant().value() + " as " + call.actor().name() + "]";
  }
}
