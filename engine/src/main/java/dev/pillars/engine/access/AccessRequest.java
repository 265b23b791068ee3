package dev.pillars.engine.access;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.org.Organisation;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One question to an {@link AccessPolicy}: may this actor perform this action on this resource?
 * The tenant's organisation is at hand, read only if the policy asks for it (a system actor's
 * rights, for example, do not depend on it). Used by one thread; not a value to keep.
 */
public final class AccessRequest {
  private final Actor actor;
  private final Action action;
  private final Resource resource;
  private final Supplier<Organisation> organisationSource;
  private @Nullable Organisation organisation;

  private AccessRequest(Actor actor, Action action, Resource resource, Supplier<Organisation> organisation) {
    this.actor = requireNonNull(actor, "actor");
    this.action = requireNonNull(action, "action");
    this.resource = requireNonNull(resource, "resource");
    this.organisationSource = requireNonNull(organisation, "organisation");
  }

  /**
   * Returns a request whose organisation is read when first asked for.
   *
   * @param actor who asks
   * @param action what they want to do
   * @param resource what they want to do it to
   * @param organisation where the tenant's organisation comes from
   * @return the request
   * @throws NullPointerException if an argument is null
   */
  public static AccessRequest of(Actor actor, Action action, Resource resource, Supplier<Organisation> organisation) {
    return new AccessRequest(actor, action, resource, organisation);
  }

  /**
   * Returns a request over an organisation already at hand.
   *
   * @param actor who asks
   * @param action what they want to do
   * @param resource what they want to do it to
   * @param organisation the tenant's organisation
   * @return the request
   * @throws NullPointerException if an argument is null
   */
  public static AccessRequest of(Actor actor, Action action, Resource resource, Organisation organisation) {
    requireNonNull(organisation, "organisation");
    return new AccessRequest(actor, action, resource, () -> organisation);
  }

  /**
   * Returns who asks.
   *
   * @return the actor
   */
  public Actor actor() {
    return actor;
  }

  /**
   * Returns what they want to do.
   *
   * @return the action
   */
  public Action action() {
    return action;
  }

  /**
   * Returns what they want to do it to.
   *
   * @return the resource
   */
  public Resource resource() {
    return resource;
  }

  /**
   * Returns the tenant's organisation, reading it on the first call.
   *
   * @return the organisation
   */
  public Organisation organisation() {
    if (organisation == null) {
      organisation = requireNonNull(organisationSource.get(), "organisation");
    }
    return organisation;
  }

  @Override
  public String toString() {
    return actor.name() + " " + action + " " + resource.description();
  }
}
