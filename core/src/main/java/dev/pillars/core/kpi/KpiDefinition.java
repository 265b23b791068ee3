package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import dev.pillars.core.value.PillarsStyle;
import java.time.Clock;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a key performance indicator measures and how: its name and unit, which way is better, how
 * measurements combine over a period, and how often they are taken.
 *
 * <pre>{@code
 * KpiDefinition defectRate = KpiDefinition.builder()
 *     .id(KpiId.of("defect-rate"))
 *     .name("Defect rate")
 *     .unit("%")
 *     .direction(Direction.LOWER_IS_BETTER)
 *     .aggregation(Aggregation.MEAN)
 *     .frequency(Frequency.WEEKLY)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PillarsStyle
public abstract class KpiDefinition {
  KpiDefinition() {}

  /**
   * Returns the KPI's id.
   *
   * @return the id
   */
  public abstract KpiId id();

  /**
   * Returns the display name, such as "Defect rate".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the unit of the values, such as {@code "%"}, {@code "units/h"} or {@code "days"}.
   *
   * @return the unit, not blank
   */
  public abstract String unit();

  /**
   * Returns a longer description, if any.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns which way values get better.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * Returns how measurements within a period combine into the period's value.
   *
   * @return the aggregation
   */
  public abstract Aggregation aggregation();

  /**
   * Returns how often the KPI is measured; the step of its trend's slope.
   *
   * @return the frequency
   */
  public abstract Frequency frequency();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Defines a KPI: the definition itself and the {@link KpiDefined} event that announces it.
   *
   * @param definition the definition
   * @param clock the clock that dates the event
   * @return the change
   * @throws NullPointerException if an argument is null
   */
  public static Change<KpiDefinition> define(KpiDefinition definition, Clock clock) {
    java.util.Objects.requireNonNull(definition, "definition");
    java.util.Objects.requireNonNull(clock, "clock");
    return Change.of(definition, new KpiDefined(definition, clock.instant()));
  }

  /**
   * Returns whether a target points the same way as this KPI: a target above its baseline for
   * {@link Direction#HIGHER_IS_BETTER}, below for {@link Direction#LOWER_IS_BETTER}, with a band
   * for {@link Direction#WITHIN_RANGE}.
   *
   * @param target the target
   * @return true if {@code target.direction() == direction()}
   */
  public boolean accepts(KpiTarget target) {
    Checks.notNull("target", target);
    return target.direction() == direction();
  }

  /**
   * Returns the target if it points the same way as this KPI, and fails otherwise.
   *
   * @param target the target
   * @return {@code target}
   * @throws InvalidInputException if the target's direction differs from this KPI's, naming both
   */
  public KpiTarget requireCompatible(KpiTarget target) {
    Checks.require(
        accepts(target),
        "target",
        target,
        "must be " + direction() + " like KPI " + id() + ", but its numbers make it " + target.direction());
    return target;
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    Checks.notBlank("unit", unit());
    description().ifPresent(d -> Checks.notBlank("description", d));
  }

  /** Builds a {@link KpiDefinition}; each attribute may be set once. */
  public static final class Builder extends ImmutableKpiDefinition.Builder {
    Builder() {}
  }
}
