package dev.pillars.core.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.ReviewCycleId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A calibration session: the proposed ratings of one population of a review cycle, the calibrators
 * who review them, their notes (visible only to them), and every adjustment applied, with actor,
 * time, old and new level and reason.
 *
 * <p>A rating never changes without an adjustment: the session keeps the proposed ratings as they
 * came and derives each person's current level from them and the adjustments, in order. The
 * history is append-only: {@link #adjust}, {@link #addNote} and {@link #close} each return a {@link
 * Change} with the longer history and one {@link CalibrationEvent}, and reject a bad request with an
 * exception naming field, value and rule, changing nothing.
 *
 * <p>A hand-written immutable value (it enforces rules over a sequence of changes): thread-safe,
 * equal by value. {@link #restore} rebuilds a stored session and checks every rule again.
 */
public final class CalibrationSession {
  private final CalibrationSessionId id;
  private final ReviewCycleId cycle;
  private final Population population;
  private final RatingScale scale;
  private final Set<EmployeeId> calibrators;
  private final List<ProposedRating> proposed;
  private final List<CalibrationNote> notes;
  private final List<Adjustment> adjustments;
  private final boolean closed;
  private final Map<EmployeeId, Integer> current;
  private final Map<EmployeeId, ProposedRating> byEmployee;
  private final int hash;

  private CalibrationSession(CalibrationSessionId id, ReviewCycleId cycle, Population population, RatingScale scale,
      Set<EmployeeId> calibrators, List<ProposedRating> proposed, List<CalibrationNote> notes,
      List<Adjustment> adjustments, boolean closed) {
    Checks.notNull("calibrators", calibrators);
    Checks.notNull("proposed", proposed);
    Checks.notNull("notes", notes);
    Checks.notNull("adjustments", adjustments);
    this.id = Checks.notNull("id", id);
    this.cycle = Checks.notNull("cycle", cycle);
    this.population = Checks.notNull("population", population);
    this.scale = Checks.notNull("scale", scale);
    Checks.notNull("calibrators", calibrators);
    Checks.require(!calibrators.isEmpty(), "calibrators", calibrators, "must name at least one calibrator");
    TreeSet<EmployeeId> sortedCalibrators = new TreeSet<>(Comparator.comparing(EmployeeId::value));
    calibrators.forEach(c -> sortedCalibrators.add(Checks.notNull("calibrators[]", c)));
    this.calibrators = java.util.Collections.unmodifiableSet(sortedCalibrators);
    List<ProposedRating> sorted = new ArrayList<>(Checks.notNull("proposed", proposed));
    sorted.forEach(r -> Checks.notNull("proposed[]", r));
    sorted.sort(Comparator.comparing(r -> r.employee().value()));
    this.proposed = List.copyOf(sorted);
    this.byEmployee = new HashMap<>();
    this.current = new HashMap<>();
    int top = scale.levels().size() - 1;
    for (ProposedRating r : this.proposed) {
      Checks.require(byEmployee.put(r.employee(), r) == null, "proposed", r.employee(),
          "must rate each employee at most once");
      Checks.require(r.level() <= top, "proposed[" + r.employee() + "].level", r.level(),
          "must be a level of the scale, 0 to " + top);
      Checks.require(population.contains(r), "proposed[" + r.employee() + "]", r, "must belong to " + population);
      current.put(r.employee(), r.level());
    }
    this.notes = List.copyOf(Checks.notNull("notes", notes));
    for (CalibrationNote note : this.notes) {
      requireCalibrator("notes[].author", note.author());
    }
    this.adjustments = List.copyOf(Checks.notNull("adjustments", adjustments));
    for (Adjustment a : this.adjustments) {
      requireCalibrator("adjustments[].actor", a.actor());
      Integer level = current.get(a.employee());
      Checks.require(level != null, "adjustments[].employee", a.employee(), "must be rated in the session");
      Checks.require(a.from() == level, "adjustments[" + a.employee() + "].from", a.from(),
          "must be the level before the adjustment, " + level);
      Checks.require(a.to() <= top, "adjustments[" + a.employee() + "].to", a.to(), "must be a level of the scale, 0 to " + top);
      current.put(a.employee(), a.to());
    }
    this.closed = closed;
    this.hash = Objects.hash(id, cycle, population, scale, this.calibrators, this.proposed, this.notes, this.adjustments,
        closed);
  }

  /**
   * Opens a session over proposed ratings.
   *
   * @param id the session's id
   * @param cycle the review cycle calibrated
   * @param population the population covered; every proposed rating must belong to it
   * @param scale the cycle's rating scale
   * @param calibrators who calibrates, at least one
   * @param proposed the proposed ratings, each employee at most once, each level on the scale
   * @param clock the clock that dates the event
   * @return the open session and one {@link CalibrationSessionOpened} event
   * @throws dev.pillars.core.InvalidInputException if a rule is broken
   */
  public static Change<CalibrationSession> open(CalibrationSessionId id, ReviewCycleId cycle, Population population,
      RatingScale scale, Set<EmployeeId> calibrators, List<ProposedRating> proposed, Clock clock) {
    Checks.notNull("id", id);
    Checks.notNull("cycle", cycle);
    Checks.notNull("population", population);
    Checks.notNull("scale", scale);
    Checks.notNull("calibrators", calibrators);
    Checks.notNull("proposed", proposed);
    Checks.notNull("clock", clock);
    CalibrationSession session =
        new CalibrationSession(id, cycle, population, scale, calibrators, proposed, List.of(), List.of(), false);
    return Change.of(session,
        new CalibrationSessionOpened(id, cycle, population, session.proposed.size(), clock.instant()));
  }

  /**
   * Rebuilds a stored session, checking every rule again.
   *
   * @param id the session's id
   * @param cycle the review cycle
   * @param population the population
   * @param scale the rating scale
   * @param calibrators the calibrators
   * @param proposed the proposed ratings
   * @param notes the notes, in the order written
   * @param adjustments the adjustments, in the order applied
   * @param closed whether the session is closed
   * @return the session
   * @throws dev.pillars.core.InvalidInputException if a rule is broken, such as an adjustment whose
   *     old level is not the level before it
   */
  public static CalibrationSession restore(CalibrationSessionId id, ReviewCycleId cycle, Population population,
      RatingScale scale, Set<EmployeeId> calibrators, List<ProposedRating> proposed, List<CalibrationNote> notes,
      List<Adjustment> adjustments, boolean closed) {
    return new CalibrationSession(id, cycle, population, scale, calibrators, proposed, notes, adjustments, closed);
  }

  /**
   * Applies an adjustment: moves one person's rating to another level, recorded with actor, time,
   * old and new level and reason.
   *
   * @param employee the person
   * @param toLevel the new level index, on the scale and different from the current level
   * @param actor the calibrator adjusting
   * @param reason why, not blank
   * @param clock the clock that dates the adjustment
   * @return the session with the adjustment and one {@link RatingAdjusted} event
   * @throws dev.pillars.core.InvalidInputException if the session is closed, the actor is not a
   *     calibrator, the person is not rated here, the level is not on the scale or is the current
   *     one, or the reason is blank
   */
  public Change<CalibrationSession> adjust(EmployeeId employee, int toLevel, EmployeeId actor, String reason,
      Clock clock) {
    Checks.notNull("employee", employee);
    Checks.notNull("actor", actor);
    Checks.notNull("reason", reason);
    Checks.notNull("clock", clock);
    requireOpen();
    requireCalibrator("actor", actor);
    int from = level(employee).orElseThrow(
        () -> new dev.pillars.core.InvalidInputException("employee", employee, "must be rated in session " + id));
    Checks.inRange("toLevel", toLevel, 0, scale.levels().size() - 1);
    Adjustment adjustment = new Adjustment(employee, actor, clock.instant(), from, toLevel, reason);
    List<Adjustment> next = new ArrayList<>(adjustments);
    next.add(adjustment);
    return Change.of(with(notes, next, false), new RatingAdjusted(id, adjustment));
  }

  /**
   * Adds a note, which only calibrators may read.
   *
   * @param author the calibrator writing it
   * @param text the note, not blank
   * @param clock the clock that dates it
   * @return the session with the note and one {@link CalibrationNoteAdded} event
   * @throws dev.pillars.core.InvalidInputException if the session is closed, the author is not a
   *     calibrator or the text is blank
   */
  public Change<CalibrationSession> addNote(EmployeeId author, String text, Clock clock) {
    Checks.notNull("author", author);
    Checks.notNull("text", text);
    Checks.notNull("clock", clock);
    requireOpen();
    requireCalibrator("author", author);
    CalibrationNote note = new CalibrationNote(author, clock.instant(), text);
    List<CalibrationNote> next = new ArrayList<>(notes);
    next.add(note);
    return Change.of(with(next, adjustments, false), new CalibrationNoteAdded(id, author, note.at()));
  }

  /**
   * Closes the session: its ratings are final and nothing more can be adjusted or noted.
   *
   * @param actor the calibrator closing it
   * @param clock the clock that dates the event
   * @return the closed session and one {@link CalibrationSessionClosed} event
   * @throws dev.pillars.core.InvalidInputException if the session is closed already or the actor is
   *     not a calibrator
   */
  public Change<CalibrationSession> close(EmployeeId actor, Clock clock) {
    Checks.notNull("actor", actor);
    Checks.notNull("clock", clock);
    requireOpen();
    requireCalibrator("actor", actor);
    return Change.of(with(notes, adjustments, true),
        new CalibrationSessionClosed(id, actor, adjustments.size(), clock.instant()));
  }

  /**
   * Tells whether the session names a person anywhere: as calibrator, rated person, rater, actor or
   * subject of an adjustment, or author of a note.
   *
   * @param who the person
   * @return whether the session names them
   */
  public boolean names(EmployeeId who) {
    Checks.notNull("who", who);
    return calibrators.contains(who)
        || proposed.stream().anyMatch(r -> r.employee().equals(who) || r.rater().equals(who))
        || adjustments.stream().anyMatch(a -> a.employee().equals(who) || a.actor().equals(who))
        || notes.stream().anyMatch(n -> n.author().equals(who));
  }

  /**
   * Returns the session with a person erased: their id replaced by a pseudonym everywhere it
   * appears (calibrators, ratings, raters, adjustments), and the notes they wrote removed, since a
   * note is its author's statement. Ratings, levels, reasons and the order of adjustments are kept,
   * so the history still explains every rating.
   *
   * @param employee the erased person
   * @param pseudonym the id that replaces theirs, not named in the session
   * @return the pseudonymised session; this session if it does not name the person
   * @throws dev.pillars.core.InvalidInputException if the pseudonym is the person or already named
   *     in the session
   */
  public CalibrationSession pseudonymised(EmployeeId employee, EmployeeId pseudonym) {
    Checks.notNull("employee", employee);
    Checks.notNull("pseudonym", pseudonym);
    Checks.require(!pseudonym.equals(employee), "pseudonym", pseudonym, "must differ from the erased employee");
    if (!names(employee)) {
      return this;
    }
    Checks.require(!names(pseudonym), "pseudonym", pseudonym, "must not be named in session " + id);
    java.util.function.UnaryOperator<EmployeeId> swap = e -> e.equals(employee) ? pseudonym : e;
    Set<EmployeeId> newCalibrators = new java.util.HashSet<>();
    calibrators.forEach(c -> newCalibrators.add(swap.apply(c)));
    List<ProposedRating> newProposed = new ArrayList<>();
    for (ProposedRating r : proposed) {
      newProposed.add(new ProposedRating(swap.apply(r.employee()), swap.apply(r.rater()), r.level(), r.unit(), r.grade()));
    }
    List<Adjustment> newAdjustments = new ArrayList<>();
    for (Adjustment a : adjustments) {
      newAdjustments.add(new Adjustment(swap.apply(a.employee()), swap.apply(a.actor()), a.at(), a.from(), a.to(), a.reason()));
    }
    List<CalibrationNote> newNotes = notes.stream().filter(n -> !n.author().equals(employee)).toList();
    return new CalibrationSession(id, cycle, population, scale, newCalibrators, newProposed, newNotes, newAdjustments,
        closed);
  }

  private CalibrationSession with(List<CalibrationNote> newNotes, List<Adjustment> newAdjustments, boolean nowClosed) {
    return new CalibrationSession(id, cycle, population, scale, calibrators, proposed, newNotes, newAdjustments,
        nowClosed);
  }

  private void requireOpen() {
    Checks.require(!closed, "session", id, "must be open; it is closed");
  }

  private void requireCalibrator(String field, EmployeeId who) {
    Checks.require(calibrators.contains(who), field, who, "must be a calibrator of the session " + calibrators);
  }

  /**
   * Returns the session's id.
   *
   * @return the id
   */
  public CalibrationSessionId id() {
    return id;
  }

  /**
   * Returns the review cycle calibrated.
   *
   * @return the cycle
   */
  public ReviewCycleId cycle() {
    return cycle;
  }

  /**
   * Returns the population covered.
   *
   * @return the population
   */
  public Population population() {
    return population;
  }

  /**
   * Returns the rating scale; levels are indices into it.
   *
   * @return the scale
   */
  public RatingScale scale() {
    return scale;
  }

  /**
   * Returns the calibrators, by id.
   *
   * @return the calibrators
   */
  public Set<EmployeeId> calibrators() {
    return calibrators;
  }

  /**
   * Tells whether someone calibrates this session.
   *
   * @param who the person
   * @return whether they are a calibrator
   */
  public boolean isCalibrator(EmployeeId who) {
    return calibrators.contains(Checks.notNull("who", who));
  }

  /**
   * Returns the proposed ratings as they came, by employee id.
   *
   * @return the proposed ratings
   */
  public List<ProposedRating> proposed() {
    return proposed;
  }

  /**
   * Returns the current ratings: the proposed ones with every adjustment applied, by employee id.
   *
   * @return the current ratings
   */
  public List<ProposedRating> ratings() {
    List<ProposedRating> out = new ArrayList<>(proposed.size());
    for (ProposedRating r : proposed) {
      out.add(r.withLevel(current.get(r.employee())));
    }
    return List.copyOf(out);
  }

  /**
   * Returns a person's current level.
   *
   * @param employee the person
   * @return the level index, or empty if the person is not rated in the session
   */
  public Optional<Integer> level(EmployeeId employee) {
    return Optional.ofNullable(current.get(Checks.notNull("employee", employee)));
  }

  /**
   * Returns a person's proposed rating.
   *
   * @param employee the person
   * @return the proposed rating, or empty if the person is not rated in the session
   */
  public Optional<ProposedRating> proposed(EmployeeId employee) {
    return Optional.ofNullable(byEmployee.get(Checks.notNull("employee", employee)));
  }

  /**
   * Returns the notes, in the order written; only calibrators may read them.
   *
   * @return the notes
   */
  public List<CalibrationNote> notes() {
    return notes;
  }

  /**
   * Returns every adjustment, in the order applied.
   *
   * @return the adjustments
   */
  public List<Adjustment> adjustments() {
    return adjustments;
  }

  /**
   * Tells whether the session is closed.
   *
   * @return whether its ratings are final
   */
  public boolean closed() {
    return closed;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CalibrationSession other
        && hash == other.hash && id.equals(other.id) && cycle.equals(other.cycle) && population.equals(other.population)
        && scale.equals(other.scale) && calibrators.equals(other.calibrators) && proposed.equals(other.proposed)
        && notes.equals(other.notes) && adjustments.equals(other.adjustments) && closed == other.closed;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "CalibrationSession[" + id + " of " + cycle + ", " + population + ", " + proposed.size() + " ratings, "
        + adjustments.size() + " adjustments, " + notes.size() + " notes" + (closed ? ", closed" : "") + "]";
  }
}
