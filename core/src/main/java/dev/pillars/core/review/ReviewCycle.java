package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.value.PillarsStyle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A review cycle: a period, a template, the people reviewed, the due date of each role's reviews,
 * and the phase the cycle is in.
 *
 * <p>The cycle moves one phase at a time ({@link ReviewPhase#next()}) with guarded transitions:
 * {@link #advance} refuses while the phase's work is open (as {@link CycleStatus#openWork} reports
 * it); {@link #advanceOverriding} lets HR close the phase anyway with a reason, kept in {@link
 * #overrides()}; and nobody may finalise a cycle with unsubmitted manager reviews, not even HR.
 * That nobody is in two overlapping cycles of the same template spans cycles: {@link
 * #sharedParticipants(ReviewCycle)} finds them, and the engine checks it against the store.
 */
@Value.Immutable
@PillarsStyle
public abstract class ReviewCycle {
  ReviewCycle() {}

  /**
   * Returns the cycle's id.
   *
   * @return the id
   */
  public abstract ReviewCycleId id();

  /**
   * Returns the cycle's name, such as "2026 first half".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the period the cycle reviews.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the template the cycle uses.
   *
   * @return the template's id
   */
  public abstract ReviewTemplateId template();

  /**
   * Returns the people reviewed.
   *
   * @return the participants, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<EmployeeId> participants();

  /**
   * Returns the date by which each role's reviews are due; a role without one is never overdue.
   *
   * @return the due dates by role
   */
  public abstract Map<ReviewRole, LocalDate> dueDates();

  /**
   * Returns the phase; {@link ReviewPhase#PLANNED} unless set.
   *
   * @return the phase
   */
  @Value.Default
  public ReviewPhase phase() {
    return ReviewPhase.PLANNED;
  }

  /**
   * Returns HR's overrides, by the phase each closed with work still open.
   *
   * @return the overrides
   */
  public abstract Map<ReviewPhase, PhaseOverride> overrides();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a cycle: returns it with the {@link CycleCreated} event, and a {@link
   * ParticipantsEnrolled} event if it has participants.
   *
   * @param cycle the new cycle, in phase {@link ReviewPhase#PLANNED} with no overrides
   * @param clock the clock that dates the events
   * @return the change
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the cycle is not in phase {@code PLANNED} or has overrides
   */
  public static Change<ReviewCycle> create(ReviewCycle cycle, Clock clock) {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(clock, "clock");
    Checks.require(cycle.phase() == ReviewPhase.PLANNED, "phase", cycle.phase(), "must be PLANNED for a new cycle");
    Checks.require(cycle.overrides().isEmpty(), "overrides", cycle.overrides(), "must be empty for a new cycle");
    CycleCreated created = new CycleCreated(cycle.id(), cycle.template(), cycle.period(), clock.instant());
    return cycle.participants().isEmpty()
        ? Change.of(cycle, created)
        : new Change<>(cycle, List.of(created, new ParticipantsEnrolled(cycle.id(), cycle.participants(), clock.instant())));
  }

  /**
   * Enrols more people. Only a cycle before its self reviews enrols.
   *
   * @param people the people, none enrolled yet, at least one
   * @param clock the clock that dates the event
   * @return the cycle with them and a {@link ParticipantsEnrolled} event
   * @throws NullPointerException if an argument or person is null
   * @throws InvalidInputException if the set is empty, someone is enrolled already, or the phase is
   *     {@code SELF_REVIEW} or later
   */
  public Change<ReviewCycle> enrol(Set<EmployeeId> people, Clock clock) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(clock, "clock");
    SortedSet<EmployeeId> added = new TreeSet<>();
    for (EmployeeId person : people) {
      Checks.require(!participants().contains(Checks.notNull("people", person)), "people", person, "must not be enrolled in cycle " + id() + " already");
      added.add(person);
    }
    Checks.require(!added.isEmpty(), "people", people, "must name at least one person");
    Checks.require(phase().enrols(), "phase", phase(), "must be before SELF_REVIEW to enrol people");
    SortedSet<EmployeeId> all = new TreeSet<>(participants());
    all.addAll(added);
    return Change.of(
        ((ImmutableReviewCycle) ImmutableReviewCycle.copyOf(this)).withParticipants(all), new ParticipantsEnrolled(id(), added, clock.instant()));
  }

  /**
   * Moves to the next phase; the current phase's work must be done.
   *
   * @param status the cycle's status now, computed for this cycle in this phase
   * @param clock the clock that dates the event
   * @return the cycle in the next phase and a {@link CyclePhaseChanged} event
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.IllegalTransitionException if the cycle is closed
   * @throws InvalidInputException if the status is of another cycle or phase, or work is open
   */
  public Change<ReviewCycle> advance(CycleStatus status, Clock clock) {
    return advanceWith(status, Optional.empty(), Optional.empty(), clock);
  }

  /**
   * Moves to the next phase although its work may be open: HR closes the phase with a reason, which
   * the cycle keeps with what was open. Finalising still requires every manager review submitted.
   *
   * @param status the cycle's status now, computed for this cycle in this phase
   * @param actor the HR person closing the phase (the engine checks that they are HR)
   * @param reason why, not blank
   * @param clock the clock that dates the event
   * @return the cycle in the next phase and a {@link CyclePhaseChanged} event naming the override,
   *     if work was open
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.IllegalTransitionException if the cycle is closed
   * @throws InvalidInputException if the status is of another cycle or phase, the reason is blank,
   *     or the cycle would be finalised with unsubmitted manager reviews
   */
  public Change<ReviewCycle> advanceOverriding(CycleStatus status, EmployeeId actor, String reason, Clock clock) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(clock, "clock");
    Checks.notBlank("reason", reason);
    return advanceWith(status, Optional.of(actor), Optional.of(reason), clock);
  }

  private Change<ReviewCycle> advanceWith(
      CycleStatus status, Optional<EmployeeId> actor, Optional<String> reason, Clock clock) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(clock, "clock");
    ReviewPhase from = phase();
    ReviewPhase to = from.next().orElseThrow(
        () -> new dev.pillars.core.IllegalTransitionException("phase", from, from, from.allowedNext()));
    Checks.require(status.cycle().equals(id()) && status.phase() == from, "status", status.cycle() + "@" + status.phase(),
        "must be the status of cycle " + id() + " in phase " + from);
    if (to == ReviewPhase.FINALISED) {
      List<ReviewId> unsubmitted = status.pending(ReviewRole.MANAGER);
      Checks.require(unsubmitted.isEmpty(), "phase", to,
          "cannot be reached with unsubmitted manager reviews " + unsubmitted + ", not even by HR");
    }
    List<String> open = status.openWork(from);
    Optional<PhaseOverride> override = Optional.empty();
    if (!open.isEmpty()) {
      if (actor.isEmpty()) {
        throw new InvalidInputException("phase", to,
            "cannot be reached while " + from + " has open work " + open + "; HR may close the phase with a reason");
      }
      override = Optional.of(new PhaseOverride(actor.get(), reason.orElseThrow(), open));
    }
    ImmutableReviewCycle next = ((ImmutableReviewCycle) ImmutableReviewCycle.copyOf(this)).withPhase(to);
    if (override.isPresent()) {
      java.util.Map<ReviewPhase, PhaseOverride> all = new java.util.EnumMap<>(ReviewPhase.class);
      all.putAll(overrides());
      all.put(from, override.get());
      next = next.withOverrides(all);
    }
    return Change.of(next, new CyclePhaseChanged(id(), from, to, override, clock.instant()));
  }

  /**
   * Returns the people this cycle shares with another cycle of the same template whose period
   * overlaps this one's: nobody may be in both.
   *
   * @param other the other cycle
   * @return the people in both; empty if the cycles are the same, of different templates, or do not
   *     overlap
   * @throws NullPointerException if {@code other} is null
   */
  public SortedSet<EmployeeId> sharedParticipants(ReviewCycle other) {
    Objects.requireNonNull(other, "other");
    SortedSet<EmployeeId> shared = new TreeSet<>();
    if (!other.id().equals(id()) && other.template().equals(template()) && other.period().overlaps(period())) {
      shared.addAll(participants());
      shared.retainAll(other.participants());
    }
    return shared;
  }

  /**
   * Returns whether the cycle names a person: as a participant or as the HR actor of an override.
   *
   * @param employee the person
   * @return true if the cycle names them
   * @throws NullPointerException if {@code employee} is null
   */
  public boolean names(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return participants().contains(employee) || overrides().values().stream().anyMatch(o -> o.actor().equals(employee));
  }

  /**
   * Returns the cycle as an erasure leaves it: the erased person's id replaced by the pseudonym
   * among the participants and as an override's actor; everything else as it was.
   *
   * @param erased the erased person
   * @param pseudonym the id that stands for them from now on
   * @return the cycle, unchanged if it does not name {@code erased}
   * @throws NullPointerException if an argument is null
   */
  public ReviewCycle erasing(EmployeeId erased, EmployeeId pseudonym) {
    Objects.requireNonNull(erased, "erased");
    Objects.requireNonNull(pseudonym, "pseudonym");
    if (!names(erased)) {
      return this;
    }
    SortedSet<EmployeeId> participants = new TreeSet<>(participants());
    if (participants.remove(erased)) {
      participants.add(pseudonym);
    }
    java.util.Map<ReviewPhase, PhaseOverride> overrides = new java.util.EnumMap<>(ReviewPhase.class);
    overrides().forEach((phase, o) -> overrides.put(phase,
        o.actor().equals(erased) ? new PhaseOverride(pseudonym, o.reason(), o.openWork()) : o));
    return ((ImmutableReviewCycle) ImmutableReviewCycle.copyOf(this)).withParticipants(participants).withOverrides(overrides);
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    overrides().keySet().forEach(p -> Checks.require(
        p.compareTo(phase()) < 0, "overrides", p, "must name phases before the current phase " + phase()));
  }

  /** Builds a {@link ReviewCycle}; each attribute may be set once. */
  public static final class Builder extends ImmutableReviewCycle.Builder {
    Builder() {}
  }
}
