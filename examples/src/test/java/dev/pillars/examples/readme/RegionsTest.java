package dev.pillars.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionsTest {

  @Test
  void aRegionIsItsPartsDedentedAndJoinedByABlankLine() {
    Map<String, String> regions = Regions.of("A.java", List.of(
        "// region a",
        "import x.Y;",
        "// endregion",
        "class A {",
        "  void f() {",
        "    // region a",
        "    int i = 1;   ",
        "",
        "      i++;",
        "    // endregion",
        "  }",
        "}"));
    assertThat(regions).containsExactly(Map.entry("a", "import x.Y;\n\nint i = 1;\n\n  i++;"));
  }

  @Test
  void blocksAreTiedToTheMarkerAboveTheirFence() {
    List<Regions.Block> blocks = Regions.blocks(List.of(
        "text", "<!-- snippet: a -->", "```java", "  int i;", "```", "```bash", "ls", "```"));
    assertThat(blocks).containsExactly(
        new Regions.Block("snippet", "a", 3, "java", "int i;"), new Regions.Block("", "", 6, "bash", "ls"));
  }

  @Test
  void badMarkersAreRejectedWithTheirFileAndLine() {
    assertThatThrownBy(() -> Regions.of("A.java", List.of("// region a", "// region b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A.java:2: region b opens inside region a of line 1");
    assertThatThrownBy(() -> Regions.of("A.java", List.of("x", "// endregion")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A.java:2: endregion without a region");
    assertThatThrownBy(() -> Regions.of("A.java", List.of("// region a", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A.java:1: region a is never closed");
  }
}
