package dev.pillars.engine.access;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.util.Map;
import java.util.Optional;

/**
 * The brute-force oracles' walks up an organisation, written once: each step follows a plain map
 * (an employee's manager, a unit's parent), never the organisation type the policy reads.
 */
final class OracleChains {
  private OracleChains() {}

  /** Whether {@code me} is above {@code employee} in the management chain (not themself). */
  static boolean above(Map<EmployeeId, Optional<EmployeeId>> managerOf, EmployeeId me, EmployeeId employee) {
    Optional<EmployeeId> next = managerOf.getOrDefault(employee, Optional.empty());
    while (next.isPresent()) {
      if (next.get().equals(me)) {
        return true;
      }
      next = managerOf.getOrDefault(next.get(), Optional.empty());
    }
    return false;
  }

  /** Whether {@code unit} is {@code ancestor} or lies below it. */
  static boolean within(Map<OrgUnitId, Optional<OrgUnitId>> parentOf, OrgUnitId unit, OrgUnitId ancestor) {
    Optional<OrgUnitId> next = Optional.of(unit);
    while (next.isPresent()) {
      if (next.get().equals(ancestor)) {
        return true;
      }
      next = parentOf.getOrDefault(next.get(), Optional.empty());
    }
    return false;
  }
}
