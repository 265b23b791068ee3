package dev.pillars.engine.access;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.PillarsException;

/**
 * An actor asked for something the {@link AccessPolicy} does not allow. The message names the
 * actor, the action, the resource and the rule, such as {@code "person:ben may not EDIT_GOAL goal
 * ana-inspection: no rule allows it (own data, management chain, HR grant)"}. Nothing was read or
 * changed.
 */
public final class AccessDeniedException extends PillarsException {
  private static final long serialVersionUID = 1L;

  /** The actor's name. */
  private final String actor;
  /** The action denied. */
  private final Action action;
  /** The resource's description. */
  private final String resource;
  /** The rule that denied. */
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param actor the actor that asked
   * @param action the action denied
   * @param resource what the action was on
   * @param rule the rule that denied
   */
  public AccessDeniedException(Actor actor, Action action, Resource resource, String rule) {
    super(requireNonNull(actor, "actor").name()
        + " may not " + requireNonNull(action, "action")
        + " " + requireNonNull(resource, "resource").description()
        + ": " + requireNonNull(rule, "rule"));
    this.actor = actor.name();
    this.action = action;
    this.resource = resource.description();
    this.rule = rule;
  }

  /**
   * Returns the name of the actor that asked.
   *
   * @return the actor's name, such as {@code person:ben}
   */
  public String actor() {
    return actor;
  }

  /**
   * Returns the action that was denied.
   *
   * @return the action
   */
  public Action action() {
    return action;
  }

  /**
   * Returns what the action was on.
   *
   * @return the resource's description
   */
  public String resource() {
    return resource;
  }

  /**
   * Returns the rule that denied.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }
}
