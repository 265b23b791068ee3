package dev.pillars.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's opening paragraph says what is there and what is planned, and stays true as each pillar
 * lands: a pillar is "planned" exactly while its package does not exist, and everything the opening
 * claims has its package.
 */
class ReadmeOpeningTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern OPENING =
      Pattern.compile("Pillars is an embeddable performance-management domain library for the JVM\\.(.*?)"
          + "Planned, not there yet: (.*?)\\. ");

  /** What the opening claims is there, with the package that holds it. */
  private static final Map<String, String> THERE = Map.of(
      "sets goals", "core/src/main/java/dev/pillars/core/goal",
      "aligns them", "core/src/main/java/dev/pillars/core/alignment",
      "KPIs", "core/src/main/java/dev/pillars/core/kpi",
      "SMART", "core/src/main/java/dev/pillars/core/smart",
      "scores them up the cascade", "scoring/src/main/java/dev/pillars/scoring/cascade",
      "persistence SPI", "persistence-spi/src/main/java/dev/pillars/persistence/spi");

  /**
   * The pillars still to come, with the engine package each will have when it lands: a pillar is
   * there when a host can call its workflows, not when its first value type exists.
   */
  private static final Map<String, String> PLANNED = Map.of(
      "feedback", "engine/src/main/java/dev/pillars/engine/feedback",
      "reviews", "engine/src/main/java/dev/pillars/engine/review",
      "development", "engine/src/main/java/dev/pillars/engine/development",
      "reward", "engine/src/main/java/dev/pillars/engine/reward");

  private static Matcher opening() {
    String readme = String.join(" ", Regions.read(ROOT.resolve("README.md"))).replaceAll("\\s+", " ");
    Matcher matcher = OPENING.matcher(readme);
    assertThat(matcher.find()).as("README's opening paragraph with its 'Planned, not there yet:' sentence").isTrue();
    return matcher;
  }

  @Test
  void whatTheOpeningSaysIsThereIsThere() {
    String there = opening().group(1);
    THERE.forEach((claim, folder) -> {
      assertThat(there).contains(claim);
      assertThat(Files.isDirectory(ROOT.resolve(folder))).as("%s, claimed by '%s'", folder, claim).isTrue();
    });
  }

  @Test
  void aPillarIsPlannedExactlyWhileItsPackageIsMissing() {
    String planned = opening().group(2);
    PLANNED.forEach((pillar, folder) -> assertThat(planned.contains(pillar))
        .as("'%s' in the planned list while %s %s", pillar, folder,
            Files.isDirectory(ROOT.resolve(folder)) ? "exists: move it to what is there" : "is missing")
        .isEqualTo(!Files.isDirectory(ROOT.resolve(folder))));
  }
}
