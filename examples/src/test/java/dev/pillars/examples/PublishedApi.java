package dev.pillars.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one published module, read from its jar or classes directory: every public
 * class (and public member class of one) in the packages its {@code module-info} exports, or in
 * every package but {@code internal} ones where the module has no descriptor. New classes are
 * found without being listed anywhere.
 */
record PublishedApi(String module, List<Class<?>> classes) {
  /** Reads the published API of the module that holds {@code anchor}. */
  static PublishedApi of(Class<?> anchor) {
    return withRoot(anchor, root -> read(anchor, root));
  }

  /** Reads the module descriptor of the module that holds {@code anchor}, if it has one. */
  static Optional<ModuleDescriptor> descriptorOf(Class<?> anchor) {
    return withRoot(anchor, PublishedApi::descriptor);
  }

  private interface RootReader<T> {
    T read(Path root) throws IOException;
  }

  private static <T> T withRoot(Class<?> anchor, RootReader<T> reader) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try {
      if (Files.isDirectory(root)) {
        return reader.read(root);
      }
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        return reader.read(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<ModuleDescriptor> descriptor(Path root) throws IOException {
    Path file = root.resolve("module-info.class");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(ModuleDescriptor.read(in));
    }
  }

  private static PublishedApi read(Class<?> anchor, Path root) throws IOException {
    Optional<ModuleDescriptor> descriptor = descriptor(root);
    String module = descriptor.map(ModuleDescriptor::name).orElse(anchor.getPackageName() + " (no module-info)");
    Set<String> exported =
        descriptor
            .map(d -> d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
            .orElse(null);
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        boolean published = exported != null ? exported.contains(pkg) : !pkg.isEmpty() && !pkg.contains(".internal");
        if (!published || name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = load(name, anchor.getClassLoader());
        if (isPublished(type)) {
          classes.add(type);
        }
      }
    }
    classes.sort(Comparator.comparing(Class::getName));
    return new PublishedApi(module, List.copyOf(classes));
  }

  private static boolean isPublished(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
