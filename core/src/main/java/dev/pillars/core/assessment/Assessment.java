package dev.pillars.core.assessment;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A competency assessment of one person by one assessor, against one revision of a model.
 *
 * <p>An assessment is a plain input: whoever assessed (the person, their manager, an assessor, or
 * a review whose competency ratings are carried over) gives a level per competency with its
 * evidence. It names the {@link ModelRevision} it was taken against, which a later revision of the
 * model does not change. A self-assessment is made by the person; a manager's or assessor's by
 * someone else.
 *
 * @param id the assessment's id
 * @param employee the person assessed
 * @param assessor who assessed, in which role
 * @param model the model revision the levels belong to
 * @param assessedOn the day of the assessment
 * @param ratings one rating per competency assessed, at least one, competencies distinct
 */
public record Assessment(
    AssessmentId id, EmployeeId employee, Assessor assessor, ModelRevision model, LocalDate assessedOn, List<Rating> ratings) {
  /**
   * Creates an assessment.
   *
   * @param id the id
   * @param employee the person assessed
   * @param assessor the assessor
   * @param model the model revision
   * @param assessedOn the day
   * @param ratings the ratings
   * @throws NullPointerException if a part is null or {@code ratings} holds null
   * @throws dev.pillars.core.InvalidInputException if there is no rating, a competency is rated
   *     twice, a self-assessment is made by someone else, or a manager or assessor assesses
   *     themselves
   */
  public Assessment {
    Checks.notNull("id", id);
    Checks.notNull("employee", employee);
    Checks.notNull("assessor", assessor);
    Checks.notNull("model", model);
    Checks.notNull("assessedOn", assessedOn);
    ratings = List.copyOf(Checks.notNull("ratings", ratings));
    Checks.require(!ratings.isEmpty(), "ratings", ratings, "must hold at least one rating");
    Set<CompetencyId> rated = new HashSet<>();
    for (Rating r : ratings) {
      Checks.require(rated.add(r.competency()), "ratings", r.competency(), "must rate each competency once");
    }
    boolean self = assessor.id().equals(employee);
    Checks.require(
        self == (assessor.role() == AssessorRole.SELF),
        "assessor",
        assessor,
        self ? "must have role SELF when the person assesses themselves" : "must be the person assessed for role SELF");
  }

  /**
   * Records an assessment after checking it against its model revision: every competency must be
   * one of the revision's, every level one of that competency's levels.
   *
   * @param assessment the assessment
   * @param model the revision the assessment names
   * @param clock the clock that dates the event
   * @return the assessment and its {@link AssessmentRecorded} event
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code model} is not the revision the
   *     assessment names, or a rating does not fit it
   */
  public static Change<Assessment> record(Assessment assessment, CompetencyModel model, Clock clock) {
    Checks.notNull("assessment", assessment);
    Checks.notNull("model", model);
    Checks.notNull("clock", clock);
    Checks.require(
        model.id().equals(assessment.model()), "model", model.id(), "must be the revision the assessment names, " + assessment.model());
    for (Rating r : assessment.ratings()) {
      model.checkLevel(r.competency(), r.level());
    }
    return Change.of(assessment, new AssessmentRecorded(assessment, clock.instant()));
  }
}
