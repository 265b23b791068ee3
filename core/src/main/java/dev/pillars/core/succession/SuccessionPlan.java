package dev.pillars.core.succession;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.value.PillarsStyle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The succession plan of a key position: what losing its holder would cost (impact) and how
 * likely it is (risk), the slate of candidates with their readiness and gaps, and who covers the
 * position in an emergency.
 *
 * <p>A plan is an immutable value and an aggregate, identified by its position. Invariants: the
 * title is not blank, candidates are distinct and none is the incumbent, the emergency cover is not
 * the incumbent. Changes go through {@link #create}, {@link #nominate}, {@link #withdraw} and
 * {@link #coverWith}, each returning a {@link Change} with a {@link SuccessionEvent}.
 */
@Value.Immutable
@PillarsStyle
public abstract class SuccessionPlan {
  SuccessionPlan() {}

  /**
   * Returns the key position.
   *
   * @return the position's id
   */
  public abstract PositionId position();

  /**
   * Returns the position's title, such as {@code "Plant manager, Linz"}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the unit the position belongs to.
   *
   * @return the unit
   */
  public abstract OrgUnitId unit();

  /**
   * Returns who holds the position now, if anyone.
   *
   * @return the incumbent
   */
  public abstract Optional<EmployeeId> incumbent();

  /**
   * Returns the impact on the organisation of losing the position's holder.
   *
   * @return the impact
   */
  public abstract Severity impact();

  /**
   * Returns the risk of losing the position's holder.
   *
   * @return the risk
   */
  public abstract Severity risk();

  /**
   * Returns the candidates, in the order they were nominated.
   *
   * @return the slate; empty unless set
   */
  public abstract List<Candidate> candidates();

  /**
   * Returns who covers the position in an emergency, if someone is named.
   *
   * @return the emergency cover
   */
  public abstract Optional<EmployeeId> emergencyCover();

  /**
   * Returns a builder; {@code position}, {@code title}, {@code unit}, {@code impact} and {@code
   * risk} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many candidates the position has at each readiness.
   *
   * @return the bench strength
   */
  public BenchStrength benchStrength() {
    int[] counts = new int[Readiness.values().length];
    candidates().forEach(c -> counts[c.readiness().ordinal()]++);
    return new BenchStrength(counts[0], counts[1], counts[2]);
  }

  /**
   * Creates a plan: returns it unchanged with the {@link SuccessionPlanCreated} event.
   *
   * @param plan the plan
   * @param clock the clock that dates the event
   * @return the plan and its event
   * @throws NullPointerException if an argument is null
   */
  public static Change<SuccessionPlan> create(SuccessionPlan plan, Clock clock) {
    Checks.notNull("plan", plan);
    return Change.of(plan, new SuccessionPlanCreated(plan, Checks.notNull("clock", clock).instant()));
  }

  /**
   * Puts a candidate on the slate, or replaces their entry (a new readiness or new gaps).
   *
   * @param candidate the candidate, not the incumbent
   * @param clock the clock that dates the event
   * @return the plan and a {@link CandidateNominated} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the candidate is the incumbent
   */
  public Change<SuccessionPlan> nominate(Candidate candidate, Clock clock) {
    Checks.notNull("candidate", candidate);
    Checks.notNull("clock", clock);
    List<Candidate> slate = new ArrayList<>(candidates());
    int at = indexOf(candidate.employee());
    if (at >= 0) {
      slate.set(at, candidate);
    } else {
      slate.add(candidate);
    }
    return Change.of(immutable().withCandidates(slate), new CandidateNominated(position(), candidate, clock.instant()));
  }

  /**
   * Takes a candidate off the slate.
   *
   * @param employee the candidate
   * @param clock the clock that dates the event
   * @return the plan and a {@link CandidateWithdrawn} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the employee is not on the slate
   */
  public Change<SuccessionPlan> withdraw(EmployeeId employee, Clock clock) {
    Checks.notNull("clock", clock);
    int at = indexOf(Checks.notNull("employee", employee));
    Checks.require(at >= 0, "employee", employee, "must be a candidate for " + position());
    List<Candidate> slate = new ArrayList<>(candidates());
    slate.remove(at);
    return Change.of(immutable().withCandidates(slate), new CandidateWithdrawn(position(), employee, clock.instant()));
  }

  /**
   * Names who covers the position in an emergency.
   *
   * @param cover who covers it, not the incumbent
   * @param clock the clock that dates the event
   * @return the plan and an {@link EmergencyCoverNamed} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if {@code cover} is the incumbent
   */
  public Change<SuccessionPlan> coverWith(EmployeeId cover, Clock clock) {
    Checks.notNull("cover", cover);
    Checks.notNull("clock", clock);
    return Change.of(immutable().withEmergencyCover(cover), new EmergencyCoverNamed(position(), cover, clock.instant()));
  }

  private int indexOf(EmployeeId employee) {
    for (int i = 0; i < candidates().size(); i++) {
      if (candidates().get(i).employee().equals(employee)) {
        return i;
      }
    }
    return -1;
  }

  private ImmutableSuccessionPlan immutable() {
    return (ImmutableSuccessionPlan) ImmutableSuccessionPlan.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notBlank("title", title());
    Set<EmployeeId> seen = new HashSet<>();
    for (Candidate c : candidates()) {
      Checks.require(seen.add(c.employee()), "candidates", c.employee(), "must not repeat a candidate");
      Checks.require(!incumbent().equals(Optional.of(c.employee())), "candidate", c.employee(), "must not be the incumbent");
    }
    emergencyCover().ifPresent(
        e -> Checks.require(!incumbent().equals(Optional.of(e)), "emergencyCover", e, "must not be the incumbent"));
  }

  /** Builds a {@link SuccessionPlan}; each attribute may be set once. */
  public static final class Builder extends ImmutableSuccessionPlan.Builder {
    Builder() {}
  }
}
