package dev.pillars.engine.org;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.org.OrganisationDiff;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.engine.internal.Effect;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The organisation workflows of one tenant: read the stored snapshot, and synchronise it with the
 * host's. Both need {@link Action#MANAGE_ORGANISATION} (HR or a system actor, in the standard
 * policy).
 *
 * <pre>{@code
 * OrganisationDiff applied = pillars.tenant(acme).as(hrFeed).organisation()
 *     .synchronise(snapshotFromHrSystem, LeaverRule.TRANSFER_TO_MANAGER);
 * }</pre>
 */
public final class OrganisationService {
  private static final Resource ORGANISATION = Resource.ofTenant("the organisation");

  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.organisation()}.
   *
   * @param call the call context
   */
  public OrganisationService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Returns the stored organisation.
   *
   * @return the snapshot
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage it
   */
  public Organisation snapshot() {
    return call.read(scope -> {
      scope.require(Action.MANAGE_ORGANISATION, ORGANISATION);
      return scope.repositories().organisation().snapshot();
    });
  }

  /**
   * Makes the stored organisation equal to the host's snapshot, in one unit of work: units and
   * employees are added, updated or removed as the difference says, each leaver's open goals
   * follow the rule, and the events (units, then joiners, movers, updates, leavers' goals, leavers,
   * removed units) are delivered after commit. The snapshot is valid by construction (a forest of
   * managers and units); nothing is written if any step fails.
   *
   * @param snapshot the organisation as the host's HR system has it now
   * @param leavers what happens to the open goals of people who left
   * @return the difference that was applied; empty if there was none (and then nothing is written
   *     and no event is delivered)
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the snapshot belongs to another tenant
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not manage the
   *     organisation
   */
  public OrganisationDiff synchronise(Organisation snapshot, LeaverRule leavers) {
    requireNonNull(snapshot, "snapshot");
    requireNonNull(leavers, "leavers");
    if (!snapshot.tenant().equals(call.tenant())) {
      throw new InvalidInputException("snapshot.tenant", snapshot.tenant(), "must be the tenant " + call.tenant());
    }
    return call.write("synchronise organisation", work -> {
      work.require(Action.MANAGE_ORGANISATION, ORGANISATION);
      Repositories store = work.repositories();
      OrganisationDiff diff = OrganisationDiff.between(store.organisation().snapshot(), snapshot);
      if (diff.isEmpty()) {
        return new Outcome<>(diff, List.of(), Effect.NONE, "organisation");
      }
      diff.unitsAdded().forEach(store.orgUnits()::insert);
      for (OrgUnit unit : diff.unitsChanged()) {
        store.orgUnits().update(unit, store.orgUnits().find(unit.id()).orElseThrow().version());
      }
      diff.joiners().forEach(store.employees()::insert);
      for (Employee employee : concat(diff.movers(), diff.updated())) {
        store.employees().update(employee, store.employees().find(employee.id()).orElseThrow().version());
      }
      List<DomainEvent> goalEvents = new ArrayList<>();
      for (Employee leaver : diff.leavers()) {
        goalEvents.addAll(applyRule(store, leaver, leavers, diff));
        store.employees().delete(leaver.id(), store.employees().find(leaver.id()).orElseThrow().version());
      }
      for (OrgUnit unit : diff.unitsRemoved()) {
        store.orgUnits().delete(unit.id(), store.orgUnits().find(unit.id()).orElseThrow().version());
      }
      List<DomainEvent> events = new ArrayList<>(diff.events(call.clock()));
      int leaversAt = events.size() - diff.leavers().size() - diff.unitsRemoved().size();
      events.addAll(leaversAt, goalEvents);
      return new Outcome<>(diff, events, Effect.ORGANISATION, "organisation");
    });
  }

  private List<DomainEvent> applyRule(Repositories store, Employee leaver, LeaverRule rule, OrganisationDiff diff) {
    if (rule == LeaverRule.KEEP) {
      return List.of();
    }
    List<Versioned<Goal>> open;
    try (Stream<Versioned<Goal>> goals = store.goals().streamByOwner(GoalOwner.employee(leaver.id()))) {
      open = goals.filter(g -> !g.value().status().isClosed()).collect(Collectors.toList());
    }
    open.sort(java.util.Comparator.comparing(g -> g.value().id().value()));
    Optional<EmployeeId> heir = rule == LeaverRule.TRANSFER_TO_MANAGER ? heir(leaver, diff) : Optional.empty();
    List<DomainEvent> events = new ArrayList<>();
    for (Versioned<Goal> goal : open) {
      Change<Goal> change = heir.isPresent()
          ? goal.value().transferTo(GoalOwner.employee(heir.get()), call.clock())
          : goal.value().transitionTo(GoalStatus.CANCELLED, call.clock());
      store.goals().update(change.value(), goal.version());
      events.addAll(change.events());
    }
    return events;
  }

  /** The leaver's nearest manager, in the old chain, who is still in the new organisation. */
  private static Optional<EmployeeId> heir(Employee leaver, OrganisationDiff diff) {
    for (Employee manager : diff.before().managementChain(leaver.id())) {
      if (diff.after().employee(manager.id()).isPresent()) {
        return Optional.of(manager.id());
      }
    }
    return Optional.empty();
  }

  private static List<Employee> concat(List<Employee> a, List<Employee> b) {
    List<Employee> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
