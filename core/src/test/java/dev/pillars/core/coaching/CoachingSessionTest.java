package dev.pillars.core.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.development.ActionAdded;
import dev.pillars.core.development.ActionId;
import dev.pillars.core.development.ActionKind;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Coaching sessions: agreed actions carried into the plan once, follow-up, bad input. */
class CoachingSessionTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate DAY = LocalDate.of(2026, 4, 20);
  static final EmployeeId ANA = EmployeeId.of("ana");

  static CoachingSession session() {
    return CoachingSession.builder()
        .id(CoachingSessionId.of("cs1"))
        .coach(Coach.employee(CoachRole.MANAGER, EmployeeId.of("eva"), "Eva"))
        .employee(ANA)
        .heldOn(DAY)
        .addTopics("Running the shift meeting")
        .addAgreed(new AgreedAction(ActionKind.TRAINING, "Facilitation course", Optional.of(CompetencyId.of("communication")), DAY.plusDays(60)))
        .addAgreed(new AgreedAction(ActionKind.STRETCH_ASSIGNMENT, "Lead the Monday meeting", Optional.empty(), DAY.plusDays(30)))
        .build();
  }

  @Test
  void agreedActionsAreCarriedIntoThePlanOnce() {
    DevelopmentPlan plan = DevelopmentPlan.builder()
        .id(PlanId.of("plan-ana"))
        .employee(ANA)
        .title("Shift lead")
        .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .build();
    Change<DevelopmentPlan> carried = session().carryInto(plan, CLOCK);
    assertThat(carried.events(ActionAdded.class)).hasSize(2);
    assertThat(carried.value().action(ActionId.of("cs1.1")).orElseThrow().title()).isEqualTo("Facilitation course");
    assertThatThrownBy(() -> session().carryInto(carried.value(), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must hold actions not yet carried into plan plan-ana");
    DevelopmentPlan someoneElses = DevelopmentPlan.builder()
        .id(PlanId.of("plan-ben"))
        .employee(EmployeeId.of("ben"))
        .title("Shift lead")
        .period(plan.period())
        .build();
    assertThatThrownBy(() -> session().carryInto(someoneElses, CLOCK)).hasMessageContaining("must be the plan of ana");
  }

  @Test
  void aFollowUpIsScheduledThenHeld() {
    CoachingSession s = session().scheduleFollowUp(DAY.plusDays(14), CLOCK).value();
    assertThat(s.followUpDue(DAY.plusDays(13))).isFalse();
    assertThat(s.followUpDue(DAY.plusDays(14))).isTrue();
    CoachingSession held = s.holdFollowUp("Meeting ran on time", CLOCK).value();
    assertThat(held.followUpDue(DAY.plusDays(20))).isFalse();
    assertThatThrownBy(() -> held.holdFollowUp("again", CLOCK)).hasMessageContaining("must be recorded once");
    assertThatThrownBy(() -> held.scheduleFollowUp(DAY.plusDays(30), CLOCK)).hasMessageContaining("must not have been held yet");
    assertThatThrownBy(() -> session().holdFollowUp("x", CLOCK)).hasMessageContaining("must be scheduled before it is held");
    assertThatThrownBy(() -> session().scheduleFollowUp(DAY, CLOCK)).hasMessageContaining("followUp was 2026-04-20: must be after the session");
  }

  @Test
  void badSessionsAreRefused() {
    assertThatThrownBy(() -> CoachingSession.builder()
            .id(CoachingSessionId.of("x"))
            .coach(Coach.employee(CoachRole.MENTOR, ANA, "Ana"))
            .employee(ANA)
            .heldOn(DAY)
            .addTopics("Self-coaching")
            .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("coach was ana: must not be the person coached");
    assertThatThrownBy(() -> new Coach(CoachRole.MENTOR, Optional.empty(), "Max")).hasMessageContaining("must be present for a MENTOR coach");
    assertThatThrownBy(() -> CoachingSession.builder().id(CoachingSessionId.of("x")).coach(Coach.external("Max")).employee(ANA).heldOn(DAY).build())
        .hasMessageContaining("must hold at least one topic");
    assertThatThrownBy(() -> new AgreedAction(ActionKind.TRAINING, " ", Optional.empty(), DAY)).hasMessageContaining("title");
  }
}
