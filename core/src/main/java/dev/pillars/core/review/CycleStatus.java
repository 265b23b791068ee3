package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a review cycle stands: its participants, the reviews pending per role (and so per phase,
 * {@link ReviewRole#writtenIn()}), the people without goals, the people without feedback in the
 * period, and the overdue reviews per manager. The cycle's transitions read it ({@link
 * #openWork(ReviewPhase)}).
 *
 * <p>Goals and feedback live in other pillars, so {@link #of} takes who has them as input: the
 * engine reads the people with goals from the goal repository, and takes the people with feedback
 * from whoever supplies it (the feedback pillar, when it is there).
 *
 * @param cycle the cycle
 * @param phase the cycle's phase
 * @param participants the people reviewed
 * @param pending the reviews not yet submitted, by role, in id order
 * @param withoutGoals the participants without a goal in the period
 * @param withoutFeedback the participants without feedback in the period
 * @param overdueByManager the unsubmitted reviews past their role's due date, by the manager of the
 *     person reviewed (the author of their manager review), or by the author where the person has
 *     no manager review
 */
public record CycleStatus(
    ReviewCycleId cycle,
    ReviewPhase phase,
    SortedSet<EmployeeId> participants,
    SortedMap<ReviewRole, List<ReviewId>> pending,
    SortedSet<EmployeeId> withoutGoals,
    SortedSet<EmployeeId> withoutFeedback,
    SortedMap<EmployeeId, List<ReviewId>> overdueByManager) {
  /**
   * Creates a status.
   *
   * @param cycle the cycle
   * @param phase the phase
   * @param participants the participants
   * @param pending the pending reviews by role
   * @param withoutGoals the participants without goals
   * @param withoutFeedback the participants without feedback
   * @param overdueByManager the overdue reviews by manager
   * @throws NullPointerException if an argument or element is null
   */
  public CycleStatus {
    Checks.notNull("cycle", cycle);
    Checks.notNull("phase", phase);
    participants = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.notNull("participants", participants)));
    SortedMap<ReviewRole, List<ReviewId>> p = new TreeMap<>();
    Checks.notNull("pending", pending).forEach((role, ids) -> p.put(role, List.copyOf(ids)));
    pending = Collections.unmodifiableSortedMap(p);
    withoutGoals = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.notNull("withoutGoals", withoutGoals)));
    withoutFeedback = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.notNull("withoutFeedback", withoutFeedback)));
    SortedMap<EmployeeId, List<ReviewId>> o = new TreeMap<>();
    Checks.notNull("overdueByManager", overdueByManager).forEach((m, ids) -> o.put(m, List.copyOf(ids)));
    overdueByManager = Collections.unmodifiableSortedMap(o);
  }

  /**
   * Computes a cycle's status.
   *
   * @param cycle the cycle
   * @param reviews the cycle's reviews; reviews of other cycles are ignored
   * @param withGoals the people who have a goal in the cycle's period
   * @param withFeedback the people who received feedback in the cycle's period
   * @param today the day that decides what is overdue: a review is overdue from the day after its
   *     role's due date
   * @return the status
   * @throws NullPointerException if an argument or element is null
   */
  public static CycleStatus of(
      ReviewCycle cycle,
      Collection<Review> reviews,
      Set<EmployeeId> withGoals,
      Set<EmployeeId> withFeedback,
      LocalDate today) {
    Checks.notNull("cycle", cycle);
    Checks.notNull("reviews", reviews);
    Checks.notNull("withGoals", withGoals);
    Checks.notNull("withFeedback", withFeedback);
    Checks.notNull("today", today);
    List<Review> own = new ArrayList<>();
    Map<EmployeeId, EmployeeId> managerOf = new HashMap<>();
    for (Review review : reviews) {
      if (Checks.notNull("reviews", review).cycle().equals(cycle.id())) {
        own.add(review);
        if (review.role() == ReviewRole.MANAGER) {
          managerOf.put(review.subject(), review.author());
        }
      }
    }
    own.sort(java.util.Comparator.comparing(Review::id));
    Map<ReviewRole, List<ReviewId>> pending = new EnumMap<>(ReviewRole.class);
    SortedMap<EmployeeId, List<ReviewId>> overdue = new TreeMap<>();
    for (Review review : own) {
      if (review.status().isSubmitted()) {
        continue;
      }
      pending.computeIfAbsent(review.role(), r -> new ArrayList<>()).add(review.id());
      LocalDate due = cycle.dueDates().get(review.role());
      if (due != null && today.isAfter(due)) {
        EmployeeId manager = managerOf.getOrDefault(review.subject(), review.author());
        overdue.computeIfAbsent(manager, m -> new ArrayList<>()).add(review.id());
      }
    }
    SortedSet<EmployeeId> noGoals = new TreeSet<>(cycle.participants());
    noGoals.removeAll(withGoals);
    SortedSet<EmployeeId> noFeedback = new TreeSet<>(cycle.participants());
    noFeedback.removeAll(withFeedback);
    return new CycleStatus(
        cycle.id(), cycle.phase(), cycle.participants(), new TreeMap<>(pending), noGoals, noFeedback, overdue);
  }

  /**
   * Returns the pending reviews of one role.
   *
   * @param role the role
   * @return the reviews not yet submitted, in id order; empty if none
   * @throws NullPointerException if {@code role} is null
   */
  public List<ReviewId> pending(ReviewRole role) {
    return pending.getOrDefault(Checks.notNull("role", role), List.of());
  }

  /**
   * Returns the pending reviews written in one phase, by role.
   *
   * @param phase the phase
   * @return the pending reviews of the roles written in it
   * @throws NullPointerException if {@code phase} is null
   */
  public SortedMap<ReviewRole, List<ReviewId>> pendingIn(ReviewPhase phase) {
    Checks.notNull("phase", phase);
    SortedMap<ReviewRole, List<ReviewId>> in = new TreeMap<>();
    pending.forEach((role, ids) -> {
      if (role.writtenIn() == phase) {
        in.put(role, ids);
      }
    });
    return Collections.unmodifiableSortedMap(in);
  }

  /**
   * Returns the work that must be done before a phase closes: in {@link ReviewPhase#GOAL_SETTING}
   * everyone needs a goal; in {@link ReviewPhase#SELF_REVIEW} and {@link
   * ReviewPhase#MANAGER_REVIEW} the reviews written in it must be submitted; in {@link
   * ReviewPhase#CALIBRATION} every manager review must be submitted. Other phases have none.
   *
   * @param phase the phase
   * @return one line per open item kind, such as {@code "2 SELF reviews unsubmitted: [r1, r2]"};
   *     empty when the phase may close
   * @throws NullPointerException if {@code phase} is null
   */
  public List<String> openWork(ReviewPhase phase) {
    Checks.notNull("phase", phase);
    List<String> open = new ArrayList<>();
    switch (phase) {
      case GOAL_SETTING:
        if (!withoutGoals.isEmpty()) {
          open.add(withoutGoals.size() + " participants without goals: " + withoutGoals);
        }
        break;
      case SELF_REVIEW:
      case MANAGER_REVIEW:
        pendingIn(phase).forEach((role, ids) -> open.add(ids.size() + " " + role + " reviews unsubmitted: " + ids));
        break;
      case CALIBRATION:
        if (!pending(ReviewRole.MANAGER).isEmpty()) {
          open.add(pending(ReviewRole.MANAGER).size() + " MANAGER reviews unsubmitted: " + pending(ReviewRole.MANAGER));
        }
        break;
      default:
        break;
    }
    return List.copyOf(open);
  }
}
