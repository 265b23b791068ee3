package dev.pillars.engine.access;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whom an engine call is made for: a person of the tenant's organisation, possibly with HR grants,
 * or the host system acting under a declared name.
 *
 * <p>The host authenticates; Pillars only authorises. An actor is an immutable value, cheap to
 * create per request.
 */
public sealed interface Actor {
  /**
   * Returns a person acting for themself, with no HR grants.
   *
   * @param employee the person's id in the tenant's organisation
   * @return the actor
   * @throws NullPointerException if {@code employee} is null
   */
  static Person person(EmployeeId employee) {
    return new Person(employee, List.of());
  }

  /**
   * Returns a person holding HR grants besides their own rights.
   *
   * @param employee the person's id in the tenant's organisation
   * @param grants what the person may do as HR, and over which part of the organisation
   * @return the actor
   * @throws NullPointerException if an argument is null or {@code grants} holds null
   */
  static Person hr(EmployeeId employee, List<HrGrant> grants) {
    return new Person(employee, grants);
  }

  /**
   * Returns the host system acting under a name, allowed exactly the declared actions on any
   * resource of the tenant.
   *
   * @param name the name the host gives this system actor, such as {@code "kpi-feed"}; shown in
   *     events and denials
   * @param allowed the actions it may perform
   * @return the actor
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code name} is blank
   */
  static SystemActor system(String name, Set<Action> allowed) {
    return new SystemActor(name, allowed);
  }

  /**
   * Returns how the actor is named in events, logs and denials: {@code person:ana} or {@code
   * system:kpi-feed}.
   *
   * @return the actor's name
   */
  String name();

  /**
   * A person of the tenant's organisation.
   *
   * @param employee the person's employee id
   * @param grants the HR grants the person holds; empty for most people
   */
  record Person(EmployeeId employee, List<HrGrant> grants) implements Actor {
    /**
     * Creates a person actor.
     *
     * @param employee the person's employee id
     * @param grants the HR grants the person holds
     * @throws NullPointerException if an argument is null or {@code grants} holds null
     */
    public Person {
      requireNonNull(employee, "employee");
      grants = List.copyOf(requireNonNull(grants, "grants"));
    }

    @Override
    public String name() {
      return "person:" + employee.value();
    }
  }

  /**
   * The host system, acting under a declared name with declared rights.
   *
   * @param systemName the name the host gives this system actor
   * @param allowed the actions it may perform on any resource of the tenant
   */
  record SystemActor(String systemName, Set<Action> allowed) implements Actor {
    /**
     * Creates a system actor.
     *
     * @param systemName the name the host gives this system actor
     * @param allowed the actions it may perform
     * @throws NullPointerException if an argument is null
     * @throws dev.pillars.core.InvalidInputException if {@code systemName} is blank
     */
    public SystemActor {
      requireNonNull(systemName, "systemName");
      requireNonNull(allowed, "allowed");
      Checks.notBlank("systemName", systemName);
      allowed = allowed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowed));
    }

    @Override
    public String name() {
      return "system:" + systemName;
    }
  }
}
