package dev.pillars.persistence.spi;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Export and erasure of one employee's data within one tenant: the right of access and the right
 * to be forgotten.
 *
 * <p><b>What export returns.</b> The employee's record, the goals they own and the check-ins on
 * those goals, and each pillar's data about or by them (see {@link PersonalDataExport}): reviews
 * about them or written by them with their amendment history, the calibration adjustments of their
 * rating, their assessments, plans, coaching sessions and succession candidacies (their own place
 * on a slate, never the slate), the recognitions they gave or received and their points budgets,
 * their lines of allocation runs with receipts, the feedback they received (the giver named only
 * when it is not anonymous) and gave (anonymous included: it is theirs), and their 1:1s without the
 * notes private to the other side. No export names another person as the giver of anonymous
 * feedback. Alignment links, KPI definitions and measurements name no employee.
 *
 * <p><b>What erasure does.</b> Aggregates that are personal data only are removed. Aggregates that
 * the organisation keeps but that name the employee are pseudonymised: the employee's id is
 * replaced by a pseudonym the host chooses, everywhere it appears, so that everything that refers
 * to those aggregates (alignment links, roll-ups, calibration) stays consistent. Each changed
 * aggregate gets a new version, as by an update. In detail:
 *
 * <ul>
 *   <li><b>Employee record.</b> Removed, and replaced by a bare record under the pseudonym (at
 *       version 1) that keeps what the organisation's structure needs (manager, unit, role, grade,
 *       hire date), shows the pseudonym as its display name and has no attributes ({@link
 *       dev.pillars.core.org.Employee#pseudonymised}). Everyone the
 *       employee managed now reports to the pseudonym, so the organisation stays a valid forest.
 *   <li><b>Goals.</b> An individual goal owned by the employee is kept, with the pseudonym as its
 *       owner and everything else unchanged; its alignment links are untouched. Unit and
 *       organisation goals do not name employees and are untouched.
 *   <li><b>Check-ins</b> on the employee's goals are the employee's statements: they are kept,
 *       with their progress and confidence, but lose their comments.
 *   <li><b>Outbox messages</b> ({@link OutboxRepository}) whose {@link OutboxMessage#aggregateId()}
 *       or {@link OutboxMessage#actor()} is the employee's id are removed, published or not, and
 *       counted as removed: their payloads are opaque to the store and may hold anything about the
 *       employee, so they are never relayed after the erasure. Messages that mention the employee
 *       only inside their payload cannot be recognised; a host that writes such messages relays
 *       them before it erases (relaying often keeps that window short). Their ids stay used.
 *   <li><b>Review cycles and reviews</b> are kept with the pseudonym wherever the employee was named
 *       (participant, HR actor of an override, subject, author, actor of a revision), ratings and
 *       times unchanged; reviews the employee wrote lose their answers and comments, in the draft
 *       and in every revision ({@code Review.erasing}).
 * </ul>
 *
 * <p>Goal titles and descriptions describe work and are kept as they are, as are role, grade and
 * hire date; a host whose users write personal data into them redacts them by updating the
 * aggregates before the erasure.
 *
 * <p><b>Feedback, 1:1s and surveys.</b> Feedback the employee gave is kept for its receiver, with
 * the pseudonym as its giver (anonymous or not); feedback they received is removed, as are feedback
 * requests and 360 rounds about them. Where they are a requester, respondent or rater, the
 * pseudonym stands for them and their answers stay. A 1:1 in which they are the report is removed;
 * one in which they are the manager is kept with the pseudonym, without their private notes.
 * Surveys keep their responses, so their aggregates are unchanged; the pseudonym stands for them
 * in the population and among the respondents. Export lists feedback and 1:1s; survey responses
 * are anonymous and not part of anyone's export.
 *
 * <p><b>Erasure against concurrent writers.</b> Of an erasure and a unit of work that writes data
 * naming the erased employee, whichever commits second fails with {@link PersistenceException},
 * nothing of it is committed, and it may be run again. Data naming an employee is an employee
 * record of theirs or one naming them as manager, a goal they own ({@link #employeesNamedBy}), a
 * check-in with a comment on a goal that was theirs when the check-in was appended, and any
 * aggregate of the pillars that names them: a recognition or points budget, a review or review
 * cycle, a calibration session, an allocation run, an assessment, development plan, coaching
 * session or succession plan, feedback (given anonymously or not), a feedback request, a 360
 * round, a 1:1 or a survey. So an
 * erasure never leaves behind data that a unit of work begun before it committed after it, and
 * after a committed erasure no later commit may store an employee record or goal naming the erased
 * employee: their id is retired in the tenant. (A check-in appended after the erasure to a goal the
 * pseudonym now owns is not the erased employee's, and is stored as any other.)
 *
 * <p><b>Choosing a pseudonym.</b> The pseudonym must not identify anyone in the tenant yet, and
 * should not be derivable from the employee's id (a plain hash of a guessable id is not a
 * pseudonym); a random id such as {@code erased-7f3c9a} serves.
 *
 * <p><b>Duties of an implementation.</b> The same as {@link AggregateRepository}'s: the repository
 * of a tenant store is thread-safe and refuses erasure with {@link TransactionRequiredException};
 * the repository of a unit of work is used by one thread at a time and erases within the unit of
 * work, all or nothing; a call that throws changes nothing. Each store extends export and erasure
 * to every aggregate it stores.
 *
 * <p><b>Recognitions and points budgets</b> follow their repositories' erasure rules ({@link
 * RecognitionRepository}, {@link PointsBudgetRepository}): given recognitions and budgets are
 * pseudonymised with their messages kept, the erased employee is pseudonymised among several
 * receivers, and a recognition they alone received is removed; the report counts them as
 * pseudonymised or removed.
 *
 * <p><b>Allocation runs</b> ({@link AllocationRunRepository}): an erased employee's receipt in
 * every merit round and bonus pool is kept under the pseudonym with its amounts unchanged, so that
 * each run still adds up to its budget to the minor unit while the pay is no longer theirs by name.
 *
 * <p><b>Calibration sessions</b> that name the employee (as calibrator, rated person, rater, or
 * actor of an adjustment) are pseudonymised the same way, their ratings, adjustments and reasons
 * kept so that the history still explains every rating; the notes the employee wrote are removed
 * and counted as redacted ({@link CalibrationSessionRepository#pseudonymise}). Sessions are part of
 * the guard against concurrent writers above.
 *
 * <p><b>Development.</b> The employee's own assessments, development plans and coaching
 * sessions are personal data only and are removed. Assessments they made of others are kept with
 * the pseudonym as assessor; coaching sessions they gave are kept with the pseudonym as coach (and
 * as the coach's name); succession plans naming them as incumbent, candidate or emergency cover
 * are kept with the pseudonym in their place. Each counts as removed or pseudonymised.
 */
public interface PersonalDataRepository {

  /**
   * Returns everything this tenant's store holds about one employee.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param employee the employee
   * @return the export; empty if the store holds nothing about them (for example after erasure)
   * @throws NullPointerException if {@code employee} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  PersonalDataExport export(EmployeeId employee);

  /**
   * Erases one employee's personal data, pseudonymising what the organisation keeps.
   *
   * <p>Erasing an employee the store holds nothing about changes nothing and reports so. After a
   * committed erasure, {@link #export(EmployeeId)} of the employee is empty, no stored aggregate
   * names them, and no read returns their display name, attributes or check-in comments.
   *
   * <p>Thread safety: only a unit of work's repository writes, used by one thread at a time.
   *
   * @param employee the employee to erase
   * @param pseudonym the id that stands for them from now on; different from {@code employee} and
   *     not yet named by any of the tenant's data
   * @return what was changed
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code pseudonym} equals {@code employee} or
   *     already names someone in the tenant's data (an employee record, a manager, a goal owner)
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws PersistenceException if the underlying storage fails
   */
  ErasureReport erase(EmployeeId employee, EmployeeId pseudonym);

  /**
   * Returns the employees a goal names, as erasure reads it: its owner, if an employee owns it.
   *
   * <p>A store refuses to commit a goal that names an erased employee (see the class
   * documentation).
   *
   * @param goal the goal
   * @return the employees it names, none or one
   * @throws NullPointerException if {@code goal} is null
   */
  static List<EmployeeId> employeesNamedBy(Goal goal) {
    Objects.requireNonNull(goal, "goal");
    return goal.owner() instanceof GoalOwner.Employee owner ? List.of(owner.id()) : List.of();
  }

  /**
   * Returns the employees an employee record names, as erasure reads it: the employee and their
   * manager, if any.
   *
   * @param employee the record
   * @return the employees it names, one or two
   * @throws NullPointerException if {@code employee} is null
   */
  static List<EmployeeId> employeesNamedBy(Employee employee) {
    Objects.requireNonNull(employee, "employee");
    List<EmployeeId> named = new ArrayList<>(2);
    named.add(employee.id());
    employee.manager().ifPresent(named::add);
    return named;
  }
}
