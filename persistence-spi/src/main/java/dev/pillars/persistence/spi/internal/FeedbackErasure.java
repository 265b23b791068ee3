package dev.pillars.persistence.spi.internal;

import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.RespondentStatus;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.survey.Survey;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Erasure of one employee from the feedback pillar's aggregates, the same in every store, through
 * the repositories of the unit of work that erases (see {@code PersonalDataRepository}): feedback
 * they gave is kept with the pseudonym as giver, feedback they received and requests, rounds and
 * 1:1s about them are removed, and surveys keep every response.
 */
public final class FeedbackErasure {
  private FeedbackErasure() {}

  /**
   * What the erasure changed.
   *
   * @param pseudonymised how many aggregates now name the pseudonym
   * @param removed how many aggregates were removed
   */
  public record Counts(long pseudonymised, long removed) {}

  /**
   * Erases an employee from the feedback pillar's aggregates of a unit of work.
   *
   * @param work the repositories of the unit of work that erases
   * @param employee the erased employee
   * @param pseudonym the id that stands for them
   * @return what changed
   */
  public static Counts erase(Repositories work, EmployeeId employee, EmployeeId pseudonym) {
    long[] pseudonymised = {0};
    long[] removed = {0};
    for (Versioned<Feedback> f : all(work.feedback())) {
      Feedback feedback = f.value();
      if (feedback.receiver().equals(employee)) {
        work.feedback().delete(feedback.id(), f.version());
        removed[0]++;
      } else if (feedback.giver().equals(employee)) {
        work.feedback().update(feedback.withGiver(pseudonym), f.version());
        pseudonymised[0]++;
      }
    }
    for (Versioned<FeedbackRequest> r : all(work.feedbackRequests())) {
      FeedbackRequest request = r.value();
      if (request.subject().equals(employee)) {
        work.feedbackRequests().delete(request.id(), r.version());
        removed[0]++;
      } else if (names(request, employee)) {
        Map<EmployeeId, RespondentStatus> respondents = new TreeMap<>(request.respondents());
        RespondentStatus status = respondents.remove(employee);
        if (status != null) {
          respondents.put(pseudonym, status);
        }
        EmployeeId requester = request.requester().equals(employee) ? pseudonym : request.requester();
        work.feedbackRequests().update(
            new FeedbackRequest(request.id(), requester, request.subject(), request.questions(), request.dueDate(),
                request.reminderDaysBefore(), respondents),
            r.version());
        pseudonymised[0]++;
      }
    }
    for (Versioned<ThreeSixtyRound> r : all(work.threeSixtyRounds())) {
      ThreeSixtyRound round = r.value();
      if (round.subject().equals(employee)) {
        work.threeSixtyRounds().delete(round.id(), r.version());
        removed[0]++;
      } else if (names(round, employee)) {
        work.threeSixtyRounds().update(round.withRater(employee, pseudonym), r.version());
        pseudonymised[0]++;
      }
    }
    for (Versioned<OneOnOne> m : all(work.oneOnOnes())) {
      OneOnOne meeting = m.value();
      if (meeting.report().equals(employee)) {
        work.oneOnOnes().delete(meeting.id(), m.version());
        removed[0]++;
      } else if (meeting.manager().equals(employee)) {
        work.oneOnOnes().update(meeting.withParticipant(employee, pseudonym), m.version());
        pseudonymised[0]++;
      }
    }
    for (Versioned<Survey> s : all(work.surveys())) {
      if (s.value().population().contains(employee)) {
        work.surveys().update(s.value().withPerson(employee, pseudonym), s.version());
        pseudonymised[0]++;
      }
    }
    return new Counts(pseudonymised[0], removed[0]);
  }

  /**
   * Tells whether a piece of feedback names an employee, as giver or receiver.
   *
   * @param feedback the feedback
   * @param employee the employee
   * @return whether it names them
   */
  public static boolean names(Feedback feedback, EmployeeId employee) {
    return feedback.giver().equals(employee) || feedback.receiver().equals(employee);
  }

  /**
   * Tells whether a feedback request names an employee, as requester, subject or respondent.
   *
   * @param request the request
   * @param employee the employee
   * @return whether it names them
   */
  public static boolean names(FeedbackRequest request, EmployeeId employee) {
    return request.requester().equals(employee) || request.subject().equals(employee) || request.respondents().containsKey(employee);
  }

  /**
   * Tells whether a 360 round names an employee, as subject or rater.
   *
   * @param round the round
   * @param employee the employee
   * @return whether it names them
   */
  public static boolean names(ThreeSixtyRound round, EmployeeId employee) {
    return round.subject().equals(employee) || round.raters().values().stream().anyMatch(group -> group.contains(employee));
  }

  /**
   * Tells whether a 1:1 names an employee, as manager or report.
   *
   * @param meeting the 1:1
   * @param employee the employee
   * @return whether it names them
   */
  public static boolean names(OneOnOne meeting, EmployeeId employee) {
    return meeting.manager().equals(employee) || meeting.report().equals(employee);
  }

  /**
   * Tells whether a survey names an employee in its population.
   *
   * @param survey the survey
   * @param employee the employee
   * @return whether it names them
   */
  public static boolean names(Survey survey, EmployeeId employee) {
    return survey.population().contains(employee);
  }

  private static <I, T> List<Versioned<T>> all(AggregateRepository<I, T> repository) {
    try (Stream<Versioned<T>> stream = repository.stream()) {
      return stream.collect(Collectors.toList());
    }
  }
}
