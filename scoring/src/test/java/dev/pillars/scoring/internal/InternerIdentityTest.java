package dev.pillars.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The {@link Interner} finds the first 32 distinct instances again by identity, calling neither
 * {@code hashCode} nor {@code equals}; the 33rd and later, and equal copies, by {@code equals}.
 */
class InternerIdentityTest {
  /** A value that counts the calls of its {@code hashCode} and {@code equals}. */
  private static final class Counted {
    private final int id;
    private final int[] calls;

    Counted(int id, int[] calls) {
      this.id = id;
      this.calls = calls;
    }

    @Override
    public int hashCode() {
      calls[0]++;
      return id;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      calls[0]++;
      return o instanceof Counted c && c.id == id;
    }
  }

  @Test
  void theFirst32InstancesAreFoundAgainWithoutHashCodeOrEquals() {
    int[] calls = new int[1];
    Interner<Counted> interner = new Interner<>();
    List<Counted> values = new ArrayList<>();
    for (int i = 0; i < 33; i++) {
      Counted value = new Counted(i, calls);
      values.add(value);
      assertThat(interner.numberOf(value)).isEqualTo(i);
    }
    calls[0] = 0;
    for (int i = 0; i < 32; i++) {
      assertThat(interner.numberOf(values.get(i))).isEqualTo(i);
    }
    assertThat(calls[0]).isZero();
    assertThat(interner.numberOf(values.get(32))).isEqualTo(32);
    assertThat(calls[0]).isPositive();
    calls[0] = 0;
    assertThat(interner.numberOf(new Counted(5, calls))).isEqualTo(5);
    assertThat(calls[0]).isPositive();
    assertThat(interner.values()).containsExactlyElementsOf(values);
  }
}
