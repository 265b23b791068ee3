package dev.pillars.engine.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.cadence.CadenceReport;
import dev.pillars.core.cadence.FeedbackFact;
import dev.pillars.core.cadence.ManagerCadence;
import dev.pillars.core.cadence.MeetingFact;
import dev.pillars.core.cadence.PersonCadence;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Feedback and 1:1 cadence of one tenant, as of today by the engine's clock: per person the days
 * since they last received and gave feedback and since their last 1:1, and feedback per month; per
 * manager the share of their reports without feedback or without a 1:1 in the last {@code
 * windowDays} days. Anonymous feedback counts for its receiver only, never for its giver.
 */
public final class CadenceService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.cadence()}.
   *
   * @param call the call context
   */
  public CadenceService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Returns one person's cadence.
   *
   * @param person the person
   * @param windowDays the window of the per-month rate and the manager shares, 1 to 3650
   * @return their cadence
   * @throws NullPointerException if {@code person} is null
   * @throws dev.pillars.core.InvalidInputException if the window is out of range
   * @throws UnknownReferenceException if the person is not an employee of the tenant
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read their cadence
   */
  public PersonCadence person(EmployeeId person, int windowDays) {
    requireNonNull(person, "person");
    return report(Resource.ofEmployee("cadence of " + person.value(), person), windowDays).person(person)
        .orElseThrow(() -> new UnknownReferenceException("person", person, "must name an employee of the tenant"));
  }

  /**
   * Returns a manager's cadence over their direct reports.
   *
   * @param manager the manager
   * @param windowDays the window, 1 to 3650
   * @return their cadence
   * @throws NullPointerException if {@code manager} is null
   * @throws dev.pillars.core.InvalidInputException if the window is out of range, or the manager
   *     has no reports
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read the manager's
   *     cadence
   */
  public ManagerCadence manager(EmployeeId manager, int windowDays) {
    requireNonNull(manager, "manager");
    return report(Resource.ofEmployee("cadence of " + manager.value(), manager), windowDays).manager(manager)
        .orElseThrow(() -> new dev.pillars.core.InvalidInputException("manager", manager, "must have reports"));
  }

  /**
   * Returns the whole tenant's cadence: every person and every manager.
   *
   * @param windowDays the window, 1 to 3650
   * @return the report
   * @throws dev.pillars.core.InvalidInputException if the window is out of range
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read the tenant's
   *     cadence
   */
  public CadenceReport tenant(int windowDays) {
    return report(Resource.ofTenant("cadence"), windowDays);
  }

  private CadenceReport report(Resource resource, int windowDays) {
    Checks.inRange("windowDays", windowDays, 1, 3650);
    return call.read(scope -> {
      scope.require(Action.VIEW_CADENCE, resource);
      return of(scope.repositories(), LocalDate.now(call.clock()), call.clock().getZone(), windowDays);
    });
  }

  private static CadenceReport of(Repositories repositories, LocalDate today, ZoneId zone, int windowDays) {
    List<FeedbackFact> feedback;
    try (Stream<Versioned<dev.pillars.core.feedback.Feedback>> all = repositories.feedback().stream()) {
      feedback = all.flatMap(f -> FeedbackFact.of(f.value(), zone).stream()).collect(Collectors.toList());
    }
    List<MeetingFact> meetings;
    try (Stream<Versioned<dev.pillars.core.oneonone.OneOnOne>> all = repositories.oneOnOnes().stream()) {
      meetings = all.flatMap(m -> MeetingFact.of(m.value()).stream()).collect(Collectors.toList());
    }
    return CadenceReport.of(repositories.organisation().snapshot(), feedback, meetings, today, windowDays);
  }
}
