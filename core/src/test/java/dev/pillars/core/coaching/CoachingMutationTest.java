package dev.pillars.core.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.development.ActionAdded;
import dev.pillars.core.development.ActionId;
import dev.pillars.core.development.ActionKind;
import dev.pillars.core.development.DevelopmentAction;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Coaching sessions: exact events and action ids, a partly carried plan, and each rule's message. */
class CoachingMutationTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate DAY = LocalDate.of(2026, 4, 20);
  static final EmployeeId ANA = EmployeeId.of("ana");
  static final CoachingSessionId CS = CoachingSessionId.of("cs1");
  static final AgreedAction COURSE = new AgreedAction(ActionKind.TRAINING, "Course", Optional.of(CompetencyId.of("talk")), DAY.plusDays(60));
  static final AgreedAction LEAD = new AgreedAction(ActionKind.STRETCH_ASSIGNMENT, "Lead", Optional.empty(), DAY.plusDays(30));

  static CoachingSession.Builder base() {
    return CoachingSession.builder().id(CS).coach(Coach.employee(CoachRole.MANAGER, EmployeeId.of("eva"), "Eva")).employee(ANA).heldOn(DAY);
  }

  static CoachingSession session() {
    return base().addTopics("Meetings").addAgreed(COURSE, LEAD).build();
  }

  static DevelopmentPlan plan() {
    return DevelopmentPlan.builder().id(PlanId.of("plan")).employee(ANA).title("Lead")
        .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).build();
  }

  @Test
  void eachChangeRecordsItsEvent() {
    CoachingSession s = session();
    Change<CoachingSession> recorded = CoachingSession.record(s, CLOCK);
    assertThat(recorded.events()).containsExactly(new CoachingSessionRecorded(s, CLOCK.instant()));
    assertThat(recorded.events().get(0).aggregateId()).isEqualTo("cs1");
    Change<CoachingSession> scheduled = s.scheduleFollowUp(DAY.plusDays(1), CLOCK);
    assertThat(scheduled.value().followUp()).contains(DAY.plusDays(1));
    assertThat(scheduled.events()).containsExactly(new FollowUpScheduled(CS, DAY.plusDays(1), CLOCK.instant()));
    Change<CoachingSession> rescheduled = scheduled.value().scheduleFollowUp(DAY.plusDays(5), CLOCK);
    assertThat(rescheduled.value().followUp()).contains(DAY.plusDays(5));
    Change<CoachingSession> held = rescheduled.value().holdFollowUp("Went well", CLOCK);
    assertThat(held.value().followUpNotes()).contains("Went well");
    assertThat(held.events()).containsExactly(new FollowUpHeld(CS, "Went well", CLOCK.instant()));
  }

  @Test
  void aFollowUpIsDueFromItsDayUntilItIsHeld() {
    assertThat(session().followUpDue(DAY.plusDays(100))).isFalse();
    CoachingSession s = session().scheduleFollowUp(DAY.plusDays(7), CLOCK).value();
    assertThat(s.followUpDue(DAY.plusDays(6))).isFalse();
    assertThat(s.followUpDue(DAY.plusDays(7))).isTrue();
    assertThat(s.followUpDue(DAY.plusDays(8))).isTrue();
    assertThatThrownBy(() -> s.holdFollowUp(" ", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("notes was ' ': must not be blank");
    assertThatThrownBy(() -> session().holdFollowUp("x", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("followUp was 'none': must be scheduled before it is held");
    CoachingSession held = s.holdFollowUp("done", CLOCK).value();
    assertThatThrownBy(() -> held.holdFollowUp("again", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("followUpNotes was 'done': must be recorded once");
    assertThatThrownBy(() -> held.scheduleFollowUp(DAY.plusDays(9), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("followUp was 2026-04-27: must not have been held yet");
  }

  @Test
  void actionIdsNumberTheAgreedActionsFromOne() {
    assertThat(session().actionId(0)).isEqualTo(ActionId.of("cs1.1"));
    assertThat(session().actionId(1)).isEqualTo(ActionId.of("cs1.2"));
    assertThatThrownBy(() -> session().actionId(2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("index was 2: must be between 0 and 1");
    assertThatThrownBy(() -> session().actionId(-1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("index was -1: must be between 0 and 1");
  }

  @Test
  void carriesOnlyTheActionsThePlanLacks() {
    DevelopmentAction first = DevelopmentAction.builder().id(ActionId.of("cs1.1")).kind(ActionKind.TRAINING).title("Course")
        .competency(CompetencyId.of("talk")).due(DAY.plusDays(60)).build();
    DevelopmentPlan partly = plan().add(first, CLOCK).value();
    Change<DevelopmentPlan> carried = session().carryInto(partly, CLOCK);
    DevelopmentAction second = DevelopmentAction.builder().id(ActionId.of("cs1.2")).kind(ActionKind.STRETCH_ASSIGNMENT).title("Lead")
        .due(DAY.plusDays(30)).build();
    assertThat(carried.value().actions()).containsExactly(first, second);
    assertThat(carried.events()).containsExactly(new ActionAdded(PlanId.of("plan"), second, CLOCK.instant()));
    assertThat(session().carryInto(plan(), CLOCK).value().actions()).containsExactly(first, second);
    assertThatThrownBy(() -> session().carryInto(carried.value(), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("agreed was 2: must hold actions not yet carried into plan plan");
  }

  @Test
  void rejectsBadSessions() {
    assertThatThrownBy(() -> base().addTopics("ok", " ").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("topics was ' ': must not be blank");
    assertThatThrownBy(() -> base().addTopics("ok").followUp(DAY).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("followUp was 2026-04-20: must be after the session on 2026-04-20");
    assertThat(base().addTopics("ok").followUp(DAY.plusDays(1)).build().followUp()).contains(DAY.plusDays(1));
    assertThatThrownBy(() -> base().addTopics("ok").followUp(DAY.plusDays(1)).followUpNotes(" ").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("followUpNotes was ' ': must not be blank");
    assertThatThrownBy(() -> base().addTopics("ok").followUpNotes("notes").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("followUpNotes was Optional[notes]: must come with a follow-up day");
    assertThat(CoachingSession.builder().id(CS).coach(Coach.external("Max")).employee(ANA).heldOn(DAY).addTopics("ok").build().coach().employee())
        .isEmpty();
    assertThatThrownBy(() -> new Coach(CoachRole.MANAGER, Optional.empty(), "Max"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employee was Optional.empty: must be present for a MANAGER coach");
    assertThatThrownBy(() -> Coach.external(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("name was ' ': must not be blank");
    assertThat(CS).hasToString("cs1");
    assertThat(CS.compareTo(CoachingSessionId.of("cs2"))).isNegative();
    assertThat(CoachingSessionId.of("cs2").compareTo(CS)).isPositive();
  }
}
