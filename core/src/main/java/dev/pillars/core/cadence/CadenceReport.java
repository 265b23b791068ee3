package dev.pillars.core.cadence;

import dev.pillars.core.Checks;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * The feedback and 1:1 cadence of an organisation on one day: per person the days since they last
 * received and gave feedback and since their last 1:1, and the feedback they receive per month; per
 * manager the share of direct reports without feedback, or without a 1:1 with them, in the last
 * {@code windowDays} days.
 *
 * <p>"In the last {@code N} days" means on one of the {@code N} days ending on the report's day
 * ({@code daysSince < N}); facts dated after the report's day and facts naming nobody in the
 * organisation are left out. Withdrawn feedback is left out by {@link FeedbackFact#of}; anonymous
 * feedback counts as received but as given by nobody.
 *
 * <p>Computed in one pass over the facts (an index per person and primitive arrays), so a report
 * over a hundred thousand people and a million facts takes a fraction of a second. Immutable.
 */
public final class CadenceReport {
  private static final int NEVER = Integer.MIN_VALUE;

  private final LocalDate asOf;
  private final int windowDays;
  private final EmployeeId[] ids;
  private final IdIndex index;
  private final int[] received;
  private final int[] given;
  private final int[] met;
  private final int[] inWindow;
  private final int[] managerAt;
  private final List<PersonCadence> people = new PersonList();
  private final List<ManagerCadence> managers;

  private CadenceReport(LocalDate asOf, int windowDays, EmployeeId[] ids, IdIndex index, int[][] days, int[] inWindow,
      int[] managerAt, List<ManagerCadence> managers) {
    this.asOf = asOf;
    this.windowDays = windowDays;
    this.ids = ids;
    this.index = index;
    this.received = days[0];
    this.given = days[1];
    this.met = days[2];
    this.inWindow = inWindow;
    this.managerAt = managerAt;
    this.managers = List.copyOf(managers);
  }

  /**
   * Computes the report.
   *
   * @param organisation the organisation, whose employees and managers the report covers
   * @param feedback the feedback facts
   * @param meetings the facts of held 1:1s
   * @param asOf the report's day
   * @param windowDays the window of "in the last N days", 1 to 3,650
   * @return the report
   * @throws NullPointerException if an argument is or holds null
   * @throws dev.pillars.core.InvalidInputException if {@code windowDays} is out of range
   */
  public static CadenceReport of(
      Organisation organisation, Iterable<FeedbackFact> feedback, Iterable<MeetingFact> meetings, LocalDate asOf, int windowDays) {
    Checks.notNull("organisation", organisation);
    Checks.notNull("feedback", feedback);
    Checks.notNull("meetings", meetings);
    Checks.notNull("asOf", asOf);
    Checks.inRange("windowDays", windowDays, 1, 3650);
    List<Employee> employees = organisation.employees();
    int n = employees.size();
    EmployeeId[] ids = new EmployeeId[n];
    for (int i = 0; i < n; i++) {
      ids[i] = employees.get(i).id();
    }
    IdIndex index = new IdIndex(ids);
    int[] managerOf = new int[n];
    for (int i = 0; i < n; i++) {
      Optional<EmployeeId> manager = employees.get(i).manager();
      managerOf[i] = manager.isPresent() ? index.indexOf(manager.get()) : -1;
    }
    long today = asOf.toEpochDay();
    int[] received = filled(n);
    int[] given = filled(n);
    int[] met = filled(n);
    int[] metManager = filled(n);
    int[] inWindow = new int[n];
    for (FeedbackFact fact : feedback) {
      int ago = daysAgo(today, Checks.notNull("feedback", fact).on());
      if (ago < 0) {
        continue;
      }
      int r = index.indexOf(fact.receiver());
      if (r >= 0) {
        received[r] = latest(received[r], ago);
        if (ago < windowDays) {
          inWindow[r]++;
        }
      }
      if (fact.giver().isPresent()) {
        int g = index.indexOf(fact.giver().get());
        if (g >= 0) {
          given[g] = latest(given[g], ago);
        }
      }
    }
    for (MeetingFact fact : meetings) {
      int ago = daysAgo(today, Checks.notNull("meetings", fact).on());
      if (ago < 0) {
        continue;
      }
      int m = index.indexOf(fact.manager());
      int r = index.indexOf(fact.report());
      if (m >= 0) {
        met[m] = latest(met[m], ago);
      }
      if (r >= 0) {
        met[r] = latest(met[r], ago);
        if (m >= 0 && managerOf[r] == m) {
          metManager[r] = latest(metManager[r], ago);
        }
      }
    }
    int[] reports = new int[n];
    int[] withoutFeedback = new int[n];
    int[] withoutMeeting = new int[n];
    for (int i = 0; i < n; i++) {
      int m = managerOf[i];
      if (m >= 0) {
        reports[m]++;
        withoutFeedback[m] += within(received[i], windowDays) ? 0 : 1;
        withoutMeeting[m] += within(metManager[i], windowDays) ? 0 : 1;
      }
    }
    List<ManagerCadence> managers = new ArrayList<>();
    int[] managerAt = new int[n];
    for (int i = 0; i < n; i++) {
      managerAt[i] = reports[i] > 0 ? managers.size() : -1;
      if (reports[i] > 0) {
        managers.add(new ManagerCadence(ids[i], reports[i], (double) withoutFeedback[i] / reports[i],
            (double) withoutMeeting[i] / reports[i]));
      }
    }
    return new CadenceReport(asOf, windowDays, ids, index, new int[][] {received, given, met}, inWindow, managerAt, managers);
  }

  /** The people's cadence, each made from the arrays when it is read. */
  private final class PersonList extends AbstractList<PersonCadence> implements RandomAccess {
    @Override
    public PersonCadence get(int i) {
      return new PersonCadence(ids[i], optional(received[i]), optional(given[i]), optional(met[i]),
          inWindow[i] * 30.0 / windowDays);
    }

    @Override
    public int size() {
      return ids.length;
    }
  }

  private static int[] filled(int n) {
    int[] days = new int[n];
    Arrays.fill(days, NEVER);
    return days;
  }

  private static int daysAgo(long today, LocalDate on) {
    long ago = today - on.toEpochDay();
    return ago > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) ago;
  }

  private static int latest(int current, int ago) {
    return current == NEVER || ago < current ? ago : current;
  }

  private static boolean within(int ago, int windowDays) {
    return ago != NEVER && ago < windowDays;
  }

  private static OptionalInt optional(int ago) {
    return ago == NEVER ? OptionalInt.empty() : OptionalInt.of(ago);
  }

  /**
   * Returns the report's day.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the window of "in the last N days".
   *
   * @return the number of days
   */
  public int windowDays() {
    return windowDays;
  }

  /**
   * Returns every person's cadence, in the organisation's order of employees (each made when it is
   * read).
   *
   * @return the people
   */
  public List<PersonCadence> people() {
    return people;
  }

  /**
   * Returns every manager's cadence, for each employee with at least one direct report.
   *
   * @return the managers
   */
  public List<ManagerCadence> managers() {
    return managers;
  }

  /**
   * Returns one person's cadence.
   *
   * @param person the person
   * @return their cadence; empty if they are not in the organisation
   */
  public Optional<PersonCadence> person(EmployeeId person) {
    int i = index.indexOf(Checks.notNull("person", person));
    return i < 0 ? Optional.empty() : Optional.of(people.get(i));
  }

  /**
   * Returns one manager's cadence.
   *
   * @param manager the manager
   * @return their cadence; empty if they have no direct reports
   */
  public Optional<ManagerCadence> manager(EmployeeId manager) {
    int i = index.indexOf(Checks.notNull("manager", manager));
    return i < 0 || managerAt[i] < 0 ? Optional.empty() : Optional.of(managers.get(managerAt[i]));
  }

  @Override
  public String toString() {
    return "CadenceReport{asOf=" + asOf + ", windowDays=" + windowDays + ", " + people.size() + " people, " + managers.size() + " managers}";
  }
}
