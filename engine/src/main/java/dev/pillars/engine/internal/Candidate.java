package dev.pillars.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiId;
import java.time.LocalDate;

/** A change tried in a sandbox: what it would do, without doing it. */
public sealed interface Candidate {
  /**
   * A KPI value for a day: recorded, or a correction if the day has one.
   *
   * @param kpi the KPI
   * @param day the observation date
   * @param value the value
   */
  record Measure(KpiId kpi, LocalDate day, double value) implements Candidate {
    /**
     * Creates the candidate.
     *
     * @param kpi the KPI
     * @param day the observation date
     * @param value the value
     */
    public Measure {
      requireNonNull(kpi, "kpi");
      requireNonNull(day, "day");
    }
  }

  /**
   * A check-in with a progress.
   *
   * @param goal the goal
   * @param progress the progress
   */
  record CheckIn(GoalId goal, double progress) implements Candidate {
    /**
     * Creates the candidate.
     *
     * @param goal the goal
     * @param progress the progress
     */
    public CheckIn {
      requireNonNull(goal, "goal");
    }
  }

  /**
   * A new alignment link.
   *
   * @param link the link
   */
  record Link(AlignmentLink link) implements Candidate {
    /**
     * Creates the candidate.
     *
     * @param link the link
     */
    public Link {
      requireNonNull(link, "link");
    }
  }

  /**
   * A link removed.
   *
   * @param child the child
   * @param parent the parent
   */
  record Unlink(GoalId child, GoalId parent) implements Candidate {
    /**
     * Creates the candidate.
     *
     * @param child the child
     * @param parent the parent
     */
    public Unlink {
      requireNonNull(child, "child");
      requireNonNull(parent, "parent");
    }
  }
}
