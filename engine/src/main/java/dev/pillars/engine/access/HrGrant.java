package dev.pillars.engine.access;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.org.OrgUnitId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An HR role held by a person: a name, the actions it allows, and the part of the organisation it
 * covers: one unit with all its sub-units, or the whole tenant.
 *
 * @param role the role's name, such as {@code "HR business partner"}; shown in decisions
 * @param actions the actions the role allows
 * @param unit the unit whose subtree the role covers; empty for the whole tenant
 */
public record HrGrant(String role, Set<Action> actions, Optional<OrgUnitId> unit) {
  /**
   * Creates a grant.
   *
   * @param role the role's name
   * @param actions the actions the role allows
   * @param unit the unit whose subtree the role covers; empty for the whole tenant
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code role} is blank or {@code actions}
   *     is empty
   */
  public HrGrant {
    requireNonNull(role, "role");
    requireNonNull(actions, "actions");
    requireNonNull(unit, "unit");
    Checks.notBlank("role", role);
    Checks.require(!actions.isEmpty(), "actions", actions, "must allow at least one action");
    actions = Set.copyOf(EnumSet.copyOf(actions));
    requireNonNull(unit, "unit");
  }

  /**
   * Returns a grant over one unit and all its sub-units.
   *
   * @param role the role's name
   * @param unit the unit
   * @param actions the actions allowed
   * @return the grant
   */
  public static HrGrant forUnit(String role, OrgUnitId unit, Set<Action> actions) {
    return new HrGrant(role, actions, Optional.of(requireNonNull(unit, "unit")));
  }

  /**
   * Returns a grant over the whole tenant.
   *
   * @param role the role's name
   * @param actions the actions allowed
   * @return the grant
   */
  public static HrGrant tenantWide(String role, Set<Action> actions) {
    return new HrGrant(role, actions, Optional.empty());
  }
}
