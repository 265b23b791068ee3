package dev.pillars.examples;

import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the example chooses its store; everything else talks to the persistence SPI.
 *
 * <p>The system property {@value #STORE} selects it: {@code memory} (the default) is the in-memory
 * reference store. {@code h2} and {@code postgres} name the JDBC store, which {@value #JDBC_URL}
 * points at a database.
 */
final class ExampleStores {
  /** The system property that selects the store: {@code memory}, {@code h2} or {@code postgres}. */
  static final String STORE = "pillars.store";
  /** The system property that names a database's JDBC URL for the JDBC store. */
  static final String JDBC_URL = "pillars.jdbc.url";

  private ExampleStores() {}

  /**
   * An open store, what it is, and how to release what it holds (a connection pool, say).
   *
   * @param store the store
   * @param description what the report calls it
   * @param release releases the store's resources; does nothing for the in-memory store
   */
  record OpenStore(PillarsStore store, String description, Runnable release) implements AutoCloseable {
    @Override
    public void close() {
      release.run();
    }
  }

  /** Opens the store the system properties select. */
  static OpenStore fromSystemProperties() {
    return open(System.getProperty(STORE), System.getProperty(JDBC_URL));
  }

  /**
   * Opens a store.
   *
   * @param kind {@code memory}, {@code h2} or {@code postgres}; null means {@code memory}
   * @param url the database's JDBC URL, for the JDBC store
   * @throws IllegalArgumentException if the kind is unknown or this build cannot open it
   */
  static OpenStore open(@Nullable String kind, @Nullable String url) {
    String chosen = kind == null || kind.isBlank() ? "memory" : kind.trim().toLowerCase(Locale.ROOT);
    switch (chosen) {
      case "memory":
        return new OpenStore(MemoryStore.create(), "the in-memory store", () -> {});
      case "h2":
      case "postgres":
        throw new IllegalArgumentException("-D" + STORE + "=" + chosen + " needs the JDBC store (module persistence-jdbc), "
            + "which this build does not include yet; run with -D" + STORE + "=memory (the default)"
            + (url == null ? "" : " and without -D" + JDBC_URL + "=" + url));
      default:
        throw new IllegalArgumentException(
            "-D" + STORE + " must be memory, h2 or postgres, was \"" + kind + "\"");
    }
  }
}
