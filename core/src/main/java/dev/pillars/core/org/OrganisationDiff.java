package dev.pillars.core.org;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.DomainEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two snapshots of one tenant's organisation: who joined, who moved (a new
 * manager or unit), whose record changed otherwise, who left; which units were added, changed or
 * removed. Each list is sorted by id.
 *
 * <pre>{@code
 * OrganisationDiff diff = OrganisationDiff.between(stored, fromHrSystem);
 * diff.leavers();                 // their goals follow the host's leaver rule
 * diff.events(clock);             // EmployeeUpserted / EmployeeRemoved / OrgUnitUpserted / OrgUnitRemoved
 * }</pre>
 *
 * @param before the earlier snapshot
 * @param after the later snapshot
 * @param joiners employees in {@code after} only
 * @param movers employees in both whose manager or unit changed (as they are in {@code after})
 * @param updated employees in both whose record changed otherwise (as they are in {@code after})
 * @param leavers employees in {@code before} only (as they were)
 * @param unitsAdded units in {@code after} only
 * @param unitsChanged units in both whose name or parent changed (as they are in {@code after})
 * @param unitsRemoved units in {@code before} only
 */
public record OrganisationDiff(
    Organisation before,
    Organisation after,
    List<Employee> joiners,
    List<Employee> movers,
    List<Employee> updated,
    List<Employee> leavers,
    List<OrgUnit> unitsAdded,
    List<OrgUnit> unitsChanged,
    List<OrgUnit> unitsRemoved) {

  /**
   * Creates a diff; use {@link #between} to compute one.
   *
   * @param before the earlier snapshot
   * @param after the later snapshot
   * @param joiners employees in {@code after} only
   * @param movers employees whose manager or unit changed
   * @param updated employees whose record changed otherwise
   * @param leavers employees in {@code before} only
   * @param unitsAdded units in {@code after} only
   * @param unitsChanged units whose name or parent changed
   * @param unitsRemoved units in {@code before} only
   * @throws NullPointerException if an argument is null
   */
  public OrganisationDiff {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    joiners = List.copyOf(requireNonNull(joiners, "joiners"));
    movers = List.copyOf(requireNonNull(movers, "movers"));
    updated = List.copyOf(requireNonNull(updated, "updated"));
    leavers = List.copyOf(requireNonNull(leavers, "leavers"));
    unitsAdded = List.copyOf(requireNonNull(unitsAdded, "unitsAdded"));
    unitsChanged = List.copyOf(requireNonNull(unitsChanged, "unitsChanged"));
    unitsRemoved = List.copyOf(requireNonNull(unitsRemoved, "unitsRemoved"));
  }

  /**
   * Computes what changed from one snapshot of a tenant's organisation to the next.
   *
   * @param before the earlier snapshot
   * @param after the later snapshot, of the same tenant
   * @return the difference
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the snapshots belong to different tenants
   */
  public static OrganisationDiff between(Organisation before, Organisation after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    if (!before.tenant().equals(after.tenant())) {
      throw new InvalidInputException(
          "after.tenant", after.tenant(), "must be the tenant of the earlier snapshot, " + before.tenant());
    }
    Map<EmployeeId, Employee> was = index(before.employees(), Employee::id);
    Map<EmployeeId, Employee> is = index(after.employees(), Employee::id);
    List<Employee> joiners = new ArrayList<>();
    List<Employee> movers = new ArrayList<>();
    List<Employee> updated = new ArrayList<>();
    for (Employee now : sorted(is.values(), e -> e.id().value())) {
      Employee then = was.get(now.id());
      if (then == null) {
        joiners.add(now);
      } else if (!then.manager().equals(now.manager()) || !then.unit().equals(now.unit())) {
        movers.add(now);
      } else if (!then.equals(now)) {
        updated.add(now);
      }
    }
    List<Employee> leavers = new ArrayList<>();
    for (Employee then : sorted(was.values(), e -> e.id().value())) {
      if (!is.containsKey(then.id())) {
        leavers.add(then);
      }
    }
    Map<OrgUnitId, OrgUnit> unitsWere = index(before.units(), OrgUnit::id);
    Map<OrgUnitId, OrgUnit> unitsAre = index(after.units(), OrgUnit::id);
    List<OrgUnit> added = new ArrayList<>();
    List<OrgUnit> changed = new ArrayList<>();
    for (OrgUnit now : sorted(unitsAre.values(), u -> u.id().value())) {
      OrgUnit then = unitsWere.get(now.id());
      if (then == null) {
        added.add(now);
      } else if (!then.equals(now)) {
        changed.add(now);
      }
    }
    List<OrgUnit> removed = new ArrayList<>();
    for (OrgUnit then : sorted(unitsWere.values(), u -> u.id().value())) {
      if (!unitsAre.containsKey(then.id())) {
        removed.add(then);
      }
    }
    return new OrganisationDiff(before, after, joiners, movers, updated, leavers, added, changed, removed);
  }

  /**
   * Returns whether the two snapshots are the same.
   *
   * @return true if nothing changed
   */
  public boolean isEmpty() {
    return joiners.isEmpty() && movers.isEmpty() && updated.isEmpty() && leavers.isEmpty()
        && unitsAdded.isEmpty() && unitsChanged.isEmpty() && unitsRemoved.isEmpty();
  }

  /**
   * Returns the events that describe the difference: units added and changed, then employees
   * joined, moved and updated ({@link EmployeeUpserted}), employees who left ({@link
   * EmployeeRemoved}), then units removed.
   *
   * @param clock the clock that dates the events
   * @return the events, in that order
   * @throws NullPointerException if {@code clock} is null
   */
  public List<DomainEvent> events(Clock clock) {
    Instant at = requireNonNull(clock, "clock").instant();
    var tenant = after.tenant();
    Map<EmployeeId, Employee> was = index(before.employees(), Employee::id);
    Map<OrgUnitId, OrgUnit> unitsWere = index(before.units(), OrgUnit::id);
    List<DomainEvent> events = new ArrayList<>();
    unitsAdded.forEach(u -> events.add(new OrgUnitUpserted(tenant, u, Optional.empty(), at)));
    unitsChanged.forEach(u -> events.add(new OrgUnitUpserted(tenant, u, Optional.of(unitsWere.get(u.id())), at)));
    joiners.forEach(e -> events.add(new EmployeeUpserted(tenant, e, Optional.empty(), at)));
    movers.forEach(e -> events.add(new EmployeeUpserted(tenant, e, Optional.of(was.get(e.id())), at)));
    updated.forEach(e -> events.add(new EmployeeUpserted(tenant, e, Optional.of(was.get(e.id())), at)));
    leavers.forEach(e -> events.add(new EmployeeRemoved(tenant, e, at)));
    unitsRemoved.forEach(u -> events.add(new OrgUnitRemoved(tenant, u, at)));
    return List.copyOf(events);
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    return values.stream().collect(Collectors.toMap(key, v -> v));
  }

  private static <V> List<V> sorted(java.util.Collection<V> values, Function<V, String> key) {
    List<V> list = new ArrayList<>(values);
    list.sort(java.util.Comparator.comparing(key));
    return list;
  }
}
