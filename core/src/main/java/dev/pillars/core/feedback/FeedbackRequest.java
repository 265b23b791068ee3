package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request for feedback: who asks, about whom, whom they ask, the questions, the due date, the
 * reminders and where each respondent stands.
 *
 * <p>An immutable aggregate: {@link #create}, {@link #answer} and {@link #decline} return a {@link
 * Change} with a {@link FeedbackRequestEvent}; {@link #remindersDue} tells whom to remind on a day.
 *
 * @param id the request's id
 * @param requester who asks (the subject themself or their manager)
 * @param subject whom the feedback is about
 * @param questions the questions, at least one
 * @param dueDate the date answers are due
 * @param reminderDaysBefore the days before the due date on which pending respondents are reminded,
 *     each from 1 to 365
 * @param respondents each respondent's status, at least one, the subject not among them
 */
public record FeedbackRequest(
    FeedbackRequestId id,
    EmployeeId requester,
    EmployeeId subject,
    List<Question> questions,
    LocalDate dueDate,
    List<Integer> reminderDaysBefore,
    Map<EmployeeId, RespondentStatus> respondents) {
  /**
   * Creates a request.
   *
   * @param id the request's id
   * @param requester who asks
   * @param subject whom the feedback is about
   * @param questions the questions, at least one
   * @param dueDate the date answers are due
   * @param reminderDaysBefore the days before the due date to remind on, each from 1 to 365
   * @param respondents each respondent's status, at least one, not the subject
   * @throws NullPointerException if a part is or holds null
   * @throws dev.pillars.core.InvalidInputException if a rule above is broken
   */
  public FeedbackRequest {
    Checks.notNull("id", id);
    Checks.notNull("requester", requester);
    Checks.notNull("subject", subject);
    Checks.notNull("dueDate", dueDate);
    Checks.notNull("questions", questions);
    Checks.notNull("reminderDaysBefore", reminderDaysBefore);
    Checks.notNull("respondents", respondents);
    questions = List.copyOf(Checks.notNull("questions", questions));
    Checks.require(!questions.isEmpty(), "questions", questions, "must hold at least one question");
    reminderDaysBefore = List.copyOf(Checks.notNull("reminderDaysBefore", reminderDaysBefore));
    reminderDaysBefore.forEach(d -> Checks.inRange("reminderDaysBefore", d, 1, 365));
    Checks.notNull("respondents", respondents);
    Checks.require(!respondents.isEmpty(), "respondents", respondents, "must name at least one respondent");
    Checks.require(!respondents.containsKey(subject), "respondents", subject, "must not include the subject");
    respondents.values().forEach(s -> Checks.notNull("respondentStatus", s));
    respondents = java.util.Collections.unmodifiableMap(new TreeMap<>(respondents));
  }

  /**
   * Returns a new request with every respondent pending.
   *
   * @param id the request's id
   * @param requester who asks
   * @param subject whom the feedback is about
   * @param questions the questions
   * @param dueDate the due date
   * @param reminderDaysBefore the days before the due date to remind on
   * @param respondents whom to ask
   * @return the request
   */
  public static FeedbackRequest of(
      FeedbackRequestId id,
      EmployeeId requester,
      EmployeeId subject,
      List<Question> questions,
      LocalDate dueDate,
      List<Integer> reminderDaysBefore,
      List<EmployeeId> respondents) {
    Checks.notNull("respondents", respondents);
    Map<EmployeeId, RespondentStatus> pending = new TreeMap<>();
    for (EmployeeId respondent : respondents) {
      Checks.require(
          pending.put(Checks.notNull("respondent", respondent), RespondentStatus.PENDING) == null,
          "respondents",
          respondent,
          "must name each respondent once");
    }
    return new FeedbackRequest(id, requester, subject, questions, dueDate, reminderDaysBefore, pending);
  }

  /**
   * Creates a request: returns it with the {@link FeedbackRequested} event.
   *
   * @param request the new request, every respondent pending
   * @param clock the clock that dates the event
   * @return the change
   * @throws dev.pillars.core.InvalidInputException if a respondent is not pending or the due date
   *     has passed
   */
  public static Change<FeedbackRequest> create(FeedbackRequest request, Clock clock) {
    Checks.notNull("request", request);
    Checks.notNull("clock", clock);
    LocalDate today = LocalDate.now(clock);
    Checks.require(!request.dueDate().isBefore(today), "dueDate", request.dueDate(), "must not be before today " + today);
    request.respondents().forEach((who, status) ->
        Checks.require(status == RespondentStatus.PENDING, "respondents." + who, status, "must be PENDING in a new request"));
    return Change.of(request, new FeedbackRequested(request.id(), request.subject(), request.respondents().keySet().stream().toList(), clock.instant()));
  }

  /**
   * Marks a respondent as having answered.
   *
   * @param respondent the respondent
   * @param clock the clock that dates the event
   * @return the change
   * @throws dev.pillars.core.InvalidInputException if {@code respondent} is not asked or not pending
   */
  public Change<FeedbackRequest> answer(EmployeeId respondent, Clock clock) {
    return move(respondent, RespondentStatus.ANSWERED, clock);
  }

  /**
   * Marks a respondent as having declined.
   *
   * @param respondent the respondent
   * @param clock the clock that dates the event
   * @return the change
   * @throws dev.pillars.core.InvalidInputException if {@code respondent} is not asked or not pending
   */
  public Change<FeedbackRequest> decline(EmployeeId respondent, Clock clock) {
    return move(respondent, RespondentStatus.DECLINED, clock);
  }

  private Change<FeedbackRequest> move(EmployeeId respondent, RespondentStatus to, Clock clock) {
    Checks.notNull("respondent", respondent);
    Checks.notNull("clock", clock);
    RespondentStatus from = respondents.get(respondent);
    Checks.require(from != null, "respondent", respondent, "must be one of the request's respondents");
    Checks.require(from == RespondentStatus.PENDING, "respondent", respondent, "must be PENDING, not " + from);
    Map<EmployeeId, RespondentStatus> next = new TreeMap<>(respondents);
    next.put(respondent, to);
    return Change.of(
        new FeedbackRequest(id, requester, subject, questions, dueDate, reminderDaysBefore, next),
        new RespondentStatusChanged(id, respondent, to, clock.instant()));
  }

  /**
   * Returns the respondents to remind on a day: those still pending, when the day is one of the
   * reminder days before the due date or any day after it.
   *
   * @param day the day
   * @return the pending respondents to remind; empty on other days
   */
  public List<EmployeeId> remindersDue(LocalDate day) {
    Checks.notNull("day", day);
    boolean due = day.isAfter(dueDate) || reminderDaysBefore.stream().anyMatch(d -> dueDate.minusDays(d).equals(day));
    List<EmployeeId> remind = new ArrayList<>();
    if (due) {
      respondents.forEach((who, status) -> {
        if (status == RespondentStatus.PENDING) {
          remind.add(who);
        }
      });
    }
    return List.copyOf(remind);
  }
}
