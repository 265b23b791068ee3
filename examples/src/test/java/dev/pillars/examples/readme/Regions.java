package dev.pillars.examples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The marked regions of source files and the code blocks of a Markdown file, normalised so that
 * they compare equal when a reader would see the same code: each part dedented, trailing blanks and
 * blank edge lines dropped, the parts of one region (for example its imports and its body) joined
 * by one blank line.
 */
final class Regions {
  private static final Pattern START = Pattern.compile("\\s*// region (\\S+)\\s*");
  private static final Pattern END = Pattern.compile("\\s*// endregion\\s*");
  private static final Pattern MARKER = Pattern.compile("<!-- (snippet|file): (\\S+) -->");

  private Regions() {}

  /** A block of a Markdown file that a marker comment ties to a region or a file. */
  record Block(String kind, String name, int line, String fence, String text) {}

  /** Every region of the {@code .java} files under the roots, by name. */
  static Map<String, String> of(List<Path> roots) {
    Map<String, String> regions = new LinkedHashMap<>();
    Map<String, Path> where = new LinkedHashMap<>();
    for (Path file : javaFiles(roots)) {
      of(file.toString(), read(file)).forEach((name, text) -> {
        Path earlier = where.putIfAbsent(name, file);
        if (earlier != null) {
          throw new IllegalArgumentException("region " + name + " is in both " + earlier + " and " + file);
        }
        regions.put(name, text);
      });
    }
    return regions;
  }

  /**
   * The regions of one file's lines, by name, each the normalised join of its parts.
   *
   * @throws IllegalArgumentException naming the file and line of a region opened inside another,
   *     an {@code endregion} without a region, or a region never closed
   */
  static Map<String, String> of(String file, List<String> lines) {
    Map<String, List<String>> parts = new LinkedHashMap<>();
    String open = null;
    int openedAt = 0;
    List<String> part = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher start = START.matcher(line);
      if (start.matches()) {
        if (open != null) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": region " + start.group(1)
              + " opens inside region " + open + " of line " + openedAt);
        }
        open = start.group(1);
        openedAt = i + 1;
        part = new ArrayList<>();
      } else if (END.matcher(line).matches()) {
        if (open == null) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": endregion without a region");
        }
        parts.computeIfAbsent(open, name -> new ArrayList<>()).add(normalise(part));
        open = null;
      } else if (open != null) {
        part.add(line);
      }
    }
    if (open != null) {
      throw new IllegalArgumentException(file + ":" + openedAt + ": region " + open + " is never closed");
    }
    Map<String, String> regions = new LinkedHashMap<>();
    parts.forEach((name, texts) -> regions.put(name, String.join("\n\n", texts)));
    return regions;
  }

  /** The lines of a file that lie inside no region. */
  static List<String> outsideRegions(List<String> lines) {
    List<String> outside = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      if (START.matcher(line).matches()) {
        inside = true;
      } else if (END.matcher(line).matches()) {
        inside = false;
      } else if (!inside) {
        outside.add(line);
      }
    }
    return outside;
  }

  /** The fenced blocks of a Markdown file, each tied to a name by the marker comment on the line above its fence. */
  static List<Block> blocks(List<String> markdown) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < markdown.size(); i++) {
      String line = markdown.get(i);
      if (!line.startsWith("```") || line.equals("```")) {
        continue;
      }
      int end = i + 1;
      while (end < markdown.size() && !markdown.get(end).equals("```")) {
        end++;
      }
      Matcher marker = i > 0 ? MARKER.matcher(markdown.get(i - 1)) : null;
      boolean marked = marker != null && marker.matches();
      blocks.add(new Block(marked ? marker.group(1) : "", marked ? marker.group(2) : "", i + 1, line.substring(3),
          normalise(markdown.subList(i + 1, Math.min(end, markdown.size())))));
      i = end;
    }
    return blocks;
  }

  /** Lines as a reader sees them: common indentation, trailing blanks and blank edge lines removed. */
  static String normalise(List<String> lines) {
    List<String> stripped = lines.stream().map(String::stripTrailing).collect(Collectors.toList());
    int indent = stripped.stream().filter(l -> !l.isEmpty())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    List<String> dedented = stripped.stream()
        .map(l -> l.isEmpty() ? l : l.substring(indent))
        .collect(Collectors.toList());
    int first = 0;
    int last = dedented.size();
    while (first < last && dedented.get(first).isEmpty()) {
      first++;
    }
    while (last > first && dedented.get(last - 1).isEmpty()) {
      last--;
    }
    return String.join("\n", dedented.subList(first, last));
  }

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> javaFiles(List<Path> roots) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files.stream().filter(Objects::nonNull).collect(Collectors.toList());
  }
}
