package dev.pillars.engine.access;

/**
 * Decides whether an actor may perform an action on a resource. The engine asks before every call,
 * reads included, and throws {@link AccessDeniedException} on a denial.
 *
 * <p><b>Duties of an implementation.</b> Thread-safe and free of side effects; it decides from the
 * request alone (whose organisation is the tenant's current snapshot, read only when asked for),
 * quickly, and never throws for a well-formed request: an actor unknown to the organisation is a
 * denial, not an error.
 * A host wraps {@link #standard()} to add rules of its own, or writes its own policy.
 */
@FunctionalInterface
public interface AccessPolicy {
  /**
   * Decides one request.
   *
   * @param request the actor, the action, the resource and the tenant's organisation
   * @return the decision and the rule that made it
   */
  AccessDecision decide(AccessRequest request);

  /**
   * Returns the standard policy:
   *
   * <ul>
   *   <li>A system actor may perform exactly the actions it was declared with, on any resource.
   *   <li>A person unknown to the organisation may do nothing.
   *   <li>People may read and act on their own goals and scores (view, edit, check in, align),
   *       and export their own personal data.
   *   <li>Managers may do the same for everyone who reports to them, directly or down the chain.
   *   <li>A unit's goals may be read by the unit's members (sub-units included) and acted on by
   *       everyone who manages, directly or down the chain, at least one of those members.
   *   <li>Every person of the tenant may read the tenant's own data (its KPIs); defining KPIs and
   *       recording measurements, managing the organisation and erasing personal data take an HR
   *       grant or a system actor.
   *   <li>An {@link HrGrant} allows its actions on the data of the employees and units in its
   *       unit's subtree, or everywhere for a tenant-wide grant (and then on the tenant's own data
   *       too).
   * </ul>
   *
   * @return the standard policy
   */
  static AccessPolicy standard() {
    return StandardAccessPolicy.INSTANCE;
  }
}
