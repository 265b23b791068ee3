package dev.pillars.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Flyway logs through SLF4J, so the host's logging configuration decides what a migration shows. */
class FlywayLoggingTest {
  @Test
  void theMigrationIsConfiguredToLogThroughSlf4jOnly() {
    assertThat(FlywayMigration.configure(TestDatabases.h2().unpooled(), SchemaOptions.defaults()).getLoggers())
        .containsExactly("slf4j");
  }

  @Test
  void aMigrationWritesNothingToJavaUtilLogging() {
    List<LogRecord> records = new ArrayList<>();
    Handler recorder =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLoggerName() != null && record.getLoggerName().startsWith("org.flywaydb")) {
              records.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(recorder);
    try {
      int applied = PillarsSchema.migrate(TestDatabases.h2().unpooled(), SchemaOptions.defaults());

      assertThat(applied).isPositive();
      assertThat(records).extracting(LogRecord::getMessage).isEmpty();
    } finally {
      root.removeHandler(recorder);
    }
  }
}
