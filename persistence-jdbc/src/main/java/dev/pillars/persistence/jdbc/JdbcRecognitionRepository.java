package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.persistence.spi.RecognitionRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;

/**
 * The recognitions of one tenant in the JDBC store: the query by period uses the index on {@code
 * (tenant, given_on)}; the query by person matches the giver or a receiver in the receivers text,
 * a scan of the tenant's rows that export and erasure run.
 */
final class JdbcRecognitionRepository extends JdbcRepository<RecognitionId, Recognition>
    implements RecognitionRepository {
  JdbcRecognitionRepository(Session session) {
    super(session, session.jdbc().recognitions);
  }

  @Override
  public Stream<Versioned<Recognition>> streamGivenIn(Period period) {
    Checks.notNull("period", period);
    return streamWhere(
        "streamGivenIn",
        "given_on >= ? AND given_on <= ?",
        statement -> {
          Columns.setDate(statement, 2, period.start());
          Columns.setDate(statement, 3, period.end());
        });
  }

  @Override
  public Stream<Versioned<Recognition>> streamNaming(EmployeeId employee) {
    Checks.notNull("employee", employee);
    return streamWhere(
        "streamNaming",
        "(giver_id = ? OR receivers LIKE ? ESCAPE '!')",
        statement -> {
          statement.setString(2, employee.value());
          statement.setString(3, RecognitionMapping.naming(employee));
        });
  }
}
