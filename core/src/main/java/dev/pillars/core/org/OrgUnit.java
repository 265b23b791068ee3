package dev.pillars.core.org;

import dev.pillars.core.Checks;
import java.util.Optional;

/**
 * An organisational unit: a company, division, plant or team. Units form a forest through their
 * parents; the {@link Organisation} that holds them checks that the parents exist and that no
 * chain of parents closes a cycle.
 *
 * @param id the unit's id
 * @param name the unit's name, not blank
 * @param parent the enclosing unit, or empty for a top-level unit; never the unit itself
 */
public record OrgUnit(OrgUnitId id, String name, Optional<OrgUnitId> parent) {
  /**
   * Creates a unit.
   *
   * @param id the unit's id
   * @param name the unit's name, not blank
   * @param parent the enclosing unit, or empty for a top-level unit; never the unit itself
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code name} is blank or {@code parent} is
   *     the unit itself
   */
  public OrgUnit {
    Checks.notNull("id", id);
    Checks.notNull("name", name);
    Checks.notNull("parent", parent);
    Checks.notBlank("name", name);
    parent.ifPresent(p -> Checks.require(!p.equals(id), "parent", p, "must not be the unit " + id + " itself"));
  }

  /**
   * Returns a top-level unit.
   *
   * @param id the unit's id
   * @param name the unit's name
   * @return the unit, without a parent
   */
  public static OrgUnit root(OrgUnitId id, String name) {
    return new OrgUnit(id, name, Optional.empty());
  }

  /**
   * Returns a unit inside another.
   *
   * @param id the unit's id
   * @param name the unit's name
   * @param parent the enclosing unit
   * @return the unit
   */
  public static OrgUnit within(OrgUnitId id, String name, OrgUnitId parent) {
    return new OrgUnit(id, name, Optional.of(Checks.notNull("parent", parent)));
  }
}
