package dev.pillars.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * README.md's code is the examples' compiled and tested code: every Java block is a region of a
 * source file here, marked {@code <!-- snippet: name -->} above its fence, and every block marked
 * {@code <!-- file: path -->} is that file. A change on either side without the other fails here.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"));

  private static List<Regions.Block> blocks() {
    return Regions.blocks(Regions.read(README));
  }

  @Test
  void everyJavaBlockOfTheReadmeNamesTheRegionItShows() {
    List<Regions.Block> java = blocks().stream().filter(b -> b.fence().equals("java")).collect(Collectors.toList());
    assertThat(java).hasSizeGreaterThanOrEqualTo(9);
    assertThat(java)
        .as("Java blocks of README.md without a <!-- snippet: name --> line above the fence")
        .allSatisfy(block -> assertThat(block.kind()).as("README.md line %d", block.line()).isEqualTo("snippet"));
  }

  @Test
  void everySnippetIsItsRegionAsCompiledAndTested() {
    Map<String, String> regions = Regions.of(SOURCES);
    for (Regions.Block block : blocks()) {
      if (block.kind().equals("snippet")) {
        assertThat(regions).as("a region named %s for README.md line %d", block.name(), block.line())
            .containsKey(block.name());
        assertThat(block.text()).as("README.md line %d, snippet %s", block.line(), block.name())
            .isEqualTo(regions.get(block.name()));
      }
    }
  }

  @Test
  void everyRegionIsShownInTheReadme() {
    List<String> shown = blocks().stream().map(Regions.Block::name).collect(Collectors.toList());
    assertThat(shown).containsAll(Regions.of(SOURCES).keySet());
  }

  @Test
  void everyFileBlockIsThatFile() {
    List<Regions.Block> files = blocks().stream().filter(b -> b.kind().equals("file")).collect(Collectors.toList());
    assertThat(files).isNotEmpty();
    for (Regions.Block block : files) {
      Path file = Path.of("..", block.name());
      assertThat(file).as("README.md line %d", block.line()).exists();
      assertThat(block.text()).as("README.md line %d", block.line()).isEqualTo(Regions.normalise(Regions.read(file)));
    }
  }

  @Test
  void aSnippetShowsEveryImportOfItsFile() {
    for (Path file : Regions.javaFiles(SOURCES)) {
      List<String> lines = Regions.read(file);
      if (!Regions.of(file.toString(), lines).isEmpty()) {
        assertThat(Regions.outsideRegions(lines)).as("imports of %s outside its regions", file)
            .noneMatch(line -> line.startsWith("import "));
      }
    }
  }

  @Test
  void theReadmeIsFoundWhereTheTestsRun() {
    assertThat(Files.isRegularFile(README)).isTrue();
  }
}
