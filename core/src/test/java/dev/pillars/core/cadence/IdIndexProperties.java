package dev.pillars.core.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.org.EmployeeId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdIndexProperties {
  @Test
  void findsEveryIdAtItsPositionByValueAndNothingElseAsAHashMapDoes() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int n = random.nextInt(random.nextBoolean() ? 10 : 2_000);
      Set<String> distinct = new LinkedHashSet<>();
      while (distinct.size() < n) {
        // "Aa" and "BB" share a hash code, so equal hashes with different ids occur
        distinct.add((random.nextBoolean() ? "Aa" : "BB") + random.nextInt(4 * n + 1));
      }
      EmployeeId[] ids = distinct.stream().map(EmployeeId::of).toArray(EmployeeId[]::new);
      Map<EmployeeId, Integer> expected = new HashMap<>();
      for (int i = 0; i < ids.length; i++) {
        expected.put(ids[i], i);
      }
      IdIndex index = new IdIndex(ids);
      for (int probe = 0; probe < 4 * n + 10; probe++) {
        EmployeeId id = EmployeeId.of((random.nextBoolean() ? "Aa" : "BB") + random.nextInt(4 * n + 1));
        assertThat(index.indexOf(id)).isEqualTo(expected.getOrDefault(id, -1));
      }
    });
  }
}
