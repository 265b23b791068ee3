package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.FeedbackRequestId;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import dev.pillars.persistence.spi.FeedbackRepository;
import dev.pillars.persistence.spi.FeedbackRequestRepository;
import dev.pillars.persistence.spi.OneOnOneRepository;
import dev.pillars.persistence.spi.SurveyRepository;
import dev.pillars.persistence.spi.ThreeSixtyRoundRepository;
import dev.pillars.persistence.spi.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The feedback pillar's repositories of one session: feedback, requests, 360 rounds, 1:1s and
 * surveys, over the tables of {@code V5__feedback.sql}.
 */
final class JdbcFeedbackRepositories {
  final Feedbacks feedback;
  final Requests requests;
  final Rounds rounds;
  final OneOnOnes oneOnOnes;
  final Surveys surveys;

  JdbcFeedbackRepositories(Session session) {
    FeedbackTables tables = session.jdbc().feedbackTables;
    feedback = new Feedbacks(session, tables);
    requests = new Requests(session, tables);
    rounds = new Rounds(session, tables);
    oneOnOnes = new OneOnOnes(session, tables);
    surveys = new Surveys(session, tables);
  }

  /**
   * Feedback; the giver of anonymous feedback is written to {@code feedback_anonymous_givers} in the
   * same unit of work, and read back through the select list ({@link FeedbackMappings.FeedbackMapping}).
   */
  static final class Feedbacks extends JdbcRepository<FeedbackId, Feedback> implements FeedbackRepository {
    private final FeedbackTables tables;

    Feedbacks(Session session, FeedbackTables tables) {
      super(session, tables.feedback);
      this.tables = tables;
    }

    @Override
    public Versioned<Feedback> insert(Feedback aggregate) {
      Versioned<Feedback> inserted = super.insert(aggregate);
      writeGivers(List.of(aggregate), false, 1);
      return inserted;
    }

    @Override
    public Versioned<Feedback> update(Feedback aggregate, long expectedVersion) {
      Versioned<Feedback> updated = super.update(aggregate, expectedVersion);
      writeGivers(List.of(aggregate), true, 1);
      return updated;
    }

    @Override
    public long insertAll(Iterator<? extends Feedback> aggregates, int batchSize) {
      Checks.notNull("aggregates", aggregates);
      List<Feedback> anonymous = new ArrayList<>();
      Iterator<Feedback> noting = new Iterator<>() {
        @Override
        public boolean hasNext() {
          return aggregates.hasNext();
        }

        @Override
        public Feedback next() {
          Feedback next = aggregates.next();
          if (next != null && next.anonymous()) {
            anonymous.add(next);
          }
          return next;
        }
      };
      long inserted = super.insertAll(noting, batchSize);
      writeGivers(anonymous, false, batchSize);
      return inserted;
    }

    /**
     * Writes the givers of the anonymous feedback among {@code written} to their table, in JDBC
     * batches of up to {@code batchSize} rows; with {@code replace}, first deletes the rows of all of
     * {@code written} (an update may turn anonymous feedback into named feedback).
     */
    private void writeGivers(List<Feedback> written, boolean replace, int batchSize) {
      if (written.isEmpty()) {
        return;
      }
      String tenant = session.tenant().value();
      List<Feedback> anonymous = written.stream().filter(Feedback::anonymous).toList();
      session.write(operation("anonymousGivers"), connection -> {
        if (replace) {
          Batches.executeAll(connection, tables.deleteGiver, written, batchSize, (statement, f) -> {
            statement.setString(1, tenant);
            statement.setString(2, f.id().value());
          });
        }
        Batches.executeAll(connection, tables.insertGiver, anonymous, batchSize, (statement, f) -> {
          statement.setString(1, tenant);
          statement.setString(2, f.id().value());
          statement.setString(3, f.giver().value());
        });
        return Boolean.TRUE;
      });
    }

    @Override
    public Stream<Versioned<Feedback>> streamByReceiver(EmployeeId receiver) {
      Checks.notNull("receiver", receiver);
      return streamWhere("streamByReceiver", "receiver = ?", s -> s.setString(2, receiver.value()));
    }

    @Override
    public Stream<Versioned<Feedback>> streamByGiver(EmployeeId giver) {
      Checks.notNull("giver", giver);
      return streamWhere("streamByGiver", "(giver = ? OR id IN (SELECT feedback_id FROM " + tables.givers
          + " WHERE tenant = ? AND giver = ?))", s -> {
            s.setString(2, giver.value());
            s.setString(3, session.tenant().value());
            s.setString(4, giver.value());
          });
    }
  }

  /** Feedback requests. */
  static final class Requests extends JdbcRepository<FeedbackRequestId, FeedbackRequest> implements FeedbackRequestRepository {
    Requests(Session session, FeedbackTables tables) {
      super(session, tables.requests);
    }
  }

  /** 360 rounds. */
  static final class Rounds extends JdbcRepository<ThreeSixtyRoundId, ThreeSixtyRound> implements ThreeSixtyRoundRepository {
    Rounds(Session session, FeedbackTables tables) {
      super(session, tables.rounds);
    }
  }

  /** 1:1s. */
  static final class OneOnOnes extends JdbcRepository<OneOnOneId, OneOnOne> implements OneOnOneRepository {
    OneOnOnes(Session session, FeedbackTables tables) {
      super(session, tables.oneOnOnes);
    }

    @Override
    public Stream<Versioned<OneOnOne>> streamByParticipant(EmployeeId participant) {
      Checks.notNull("participant", participant);
      return streamWhere("streamByParticipant", "(manager = ? OR report = ?)", s -> {
        s.setString(2, participant.value());
        s.setString(3, participant.value());
      });
    }
  }

  /** Surveys. */
  static final class Surveys extends JdbcRepository<SurveyId, Survey> implements SurveyRepository {
    Surveys(Session session, FeedbackTables tables) {
      super(session, tables.surveys);
    }
  }

  /**
   * Returns whether any feedback-pillar row of the tenant names an employee, the anonymous givers
   * included, for an erasure's check before it commits.
   */
  static boolean namesAnyone(Connection connection, FeedbackTables tables, String tenant, EmployeeId employee) throws SQLException {
    String pattern = "%|" + employee.value().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "|%";
    for (String query : tables.namedQueries) {
      try (PreparedStatement s = connection.prepareStatement(query)) {
        s.setString(1, tenant);
        s.setString(2, pattern);
        try (ResultSet row = s.executeQuery()) {
          if (row.next()) {
            return true;
          }
        }
      }
    }
    try (PreparedStatement s = connection.prepareStatement(tables.giverNamed)) {
      s.setString(1, tenant);
      s.setString(2, employee.value());
      try (ResultSet row = s.executeQuery()) {
        return row.next();
      }
    }
  }
}
