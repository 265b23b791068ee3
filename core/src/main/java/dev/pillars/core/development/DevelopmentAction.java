package dev.pillars.core.development;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.value.PillarsStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One action of a development plan: a training, coaching, mentoring, stretch assignment,
 * cross-functional project or certification, with its due date, status, milestones and cost.
 *
 * <p>An action's progress is 1 when it is completed, else the share of its milestones reached (0
 * without milestones); a cancelled action does not count. Status moves only as {@link
 * ActionStatus} allows, through its {@link DevelopmentPlan}.
 */
@Value.Immutable
@PillarsStyle
public abstract class DevelopmentAction {
  DevelopmentAction() {}

  /**
   * Returns the action's id, unique within its plan.
   *
   * @return the id
   */
  public abstract ActionId id();

  /**
   * Returns the kind of action.
   *
   * @return the kind
   */
  public abstract ActionKind kind();

  /**
   * Returns what the action is, such as {@code "Lean six sigma green belt"}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the competency the action develops, if it names one.
   *
   * @return the competency
   */
  public abstract Optional<CompetencyId> competency();

  /**
   * Returns when the action is due.
   *
   * @return the due date
   */
  public abstract LocalDate due();

  /**
   * Returns where the action stands; {@link ActionStatus#PLANNED} unless set.
   *
   * @return the status
   */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.PLANNED;
  }

  /**
   * Returns the action's milestones, in order.
   *
   * @return the milestones; empty unless set
   */
  public abstract List<Milestone> milestones();

  /**
   * Returns what the action costs, if recorded.
   *
   * @return the cost
   */
  public abstract Optional<Cost> cost();

  /**
   * Returns the action's progress: 1 if completed, else the share of milestones reached, 0 without
   * milestones.
   *
   * @return the progress in [0, 1]
   */
  public double progress() {
    if (status() == ActionStatus.COMPLETED) {
      return 1;
    }
    if (milestones().isEmpty()) {
      return 0;
    }
    return (double) milestones().stream().filter(Milestone::done).count() / milestones().size();
  }

  /**
   * Returns a builder; {@code id}, {@code kind}, {@code title} and {@code due} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  DevelopmentAction movedTo(ActionStatus status) {
    return ((ImmutableDevelopmentAction) ImmutableDevelopmentAction.copyOf(this)).withStatus(status);
  }

  DevelopmentAction withMilestoneList(List<Milestone> milestones) {
    return ((ImmutableDevelopmentAction) ImmutableDevelopmentAction.copyOf(this)).withMilestones(milestones);
  }

  @Value.Check
  void check() {
    Checks.notBlank("title", title());
  }

  /** Builds a {@link DevelopmentAction}; each attribute may be set once. */
  public static final class Builder extends ImmutableDevelopmentAction.Builder {
    Builder() {}
  }
}
