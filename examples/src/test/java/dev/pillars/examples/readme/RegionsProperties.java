package dev.pillars.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

class RegionsProperties {
  private static final Gen<List<String>> CODE =
      lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 12).map(s -> s.replace("/", "")))
          .ofSizeBetween(0, 8);

  private static List<String> indent(List<String> lines, int by) {
    return lines.stream().map(l -> " ".repeat(by) + l).collect(Collectors.toList());
  }

  @Test
  void indentationDoesNotChangeWhatAReaderSees() {
    qt().forAll(CODE, integers().between(0, 8))
        .check((lines, by) -> Regions.normalise(indent(lines, by)).equals(Regions.normalise(lines)));
  }

  @Test
  void aRegionAndAFencedBlockOfTheSameLinesAreEqual() {
    qt().forAll(CODE, integers().between(0, 8)).checkAssert((lines, by) -> {
      List<String> source = new ArrayList<>(List.of("class A {", " ".repeat(by) + "// region r"));
      source.addAll(indent(lines, by));
      source.addAll(List.of(" ".repeat(by) + "// endregion", "}"));
      List<String> markdown = new ArrayList<>(List.of("<!-- snippet: r -->", "```java"));
      markdown.addAll(lines.stream().filter(l -> !l.startsWith("```")).collect(Collectors.toList()));
      markdown.add("```");
      String block = Regions.blocks(markdown).get(0).text();
      String region = Regions.of("A.java", source).getOrDefault("r", "");
      assertThat(block).isEqualTo(Regions.normalise(lines.stream().filter(l -> !l.startsWith("```")).collect(Collectors.toList())));
      if (lines.stream().noneMatch(l -> l.startsWith("```"))) {
        assertThat(region).isEqualTo(block);
      }
    });
  }
}
