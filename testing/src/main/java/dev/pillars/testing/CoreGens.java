package dev.pillars.testing;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Generators of the values every concept shares: tenants and periods. */
public final class CoreGens {
  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  private CoreGens() {}

  /**
   * Returns tenant ids such as {@code tenant-17}.
   *
   * @return a generator of valid tenant ids
   */
  public static Gen<TenantId> tenantIds() {
    return SourceDSL.integers().between(0, 999).map(i -> TenantId.of("tenant-" + i));
  }

  /**
   * Returns periods starting between 2020 and 2029 and lasting 1 to 730 days.
   *
   * @return a generator of valid periods
   */
  public static Gen<Period> periods() {
    return SourceDSL.integers()
        .between(0, 3650)
        .zip(SourceDSL.integers().between(0, 729), (start, length) -> {
          LocalDate first = EPOCH.plusDays(start);
          return Period.of(first, first.plusDays(length));
        });
  }

  /**
   * Returns periods that lie inside {@code outer}, ends included.
   *
   * @param outer the enclosing period
   * @return a generator of periods enclosed by {@code outer}
   */
  public static Gen<Period> periodsInside(Period outer) {
    java.util.Objects.requireNonNull(outer, "outer");
    int days = (int) Math.min(Integer.MAX_VALUE, outer.days() - 1);
    return SourceDSL.integers()
        .between(0, days)
        .zip(SourceDSL.integers().between(0, days), (a, b) -> Period.of(
            outer.start().plusDays(Math.min(a, b)), outer.start().plusDays(Math.max(a, b))));
  }
}
