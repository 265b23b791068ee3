package dev.pillars.persistence.memory;

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
import dev.pillars.persistence.spi.internal.FeedbackErasure;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The feedback pillar's repositories of a tenant store or unit of work in the in-memory store:
 * feedback, requests, 360 rounds, 1:1s and surveys. Their queries scan the tenant's aggregates of
 * the type: time linear in their number, no index to keep. The store keeps each aggregate as the
 * object it is given, so an anonymous giver is on no record a reader of the store could see.
 */
final class MemoryFeedbackRepositories {
  final Feedbacks feedback;
  final Requests requests;
  final Rounds rounds;
  final OneOnOnes oneOnOnes;
  final Surveys surveys;

  MemoryFeedbackRepositories(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    feedback = new Feedbacks(store, work);
    requests = new Requests(store, work);
    rounds = new Rounds(store, work);
    oneOnOnes = new OneOnOnes(store, work);
    surveys = new Surveys(store, work);
  }

  /** Returns whether a tenant's state holds feedback-pillar data naming an employee. */
  static boolean namesAnyone(Trie[] state, EmployeeId employee) {
    boolean[] named = {false};
    state[Tables.FEEDBACK.index].forEach((value, version) -> named[0] |= FeedbackErasure.names((Feedback) value, employee));
    state[Tables.FEEDBACK_REQUESTS.index].forEach(
        (value, version) -> named[0] |= FeedbackErasure.names((FeedbackRequest) value, employee));
    state[Tables.THREE_SIXTY_ROUNDS.index].forEach(
        (value, version) -> named[0] |= FeedbackErasure.names((ThreeSixtyRound) value, employee));
    state[Tables.ONE_ON_ONES.index].forEach((value, version) -> named[0] |= FeedbackErasure.names((OneOnOne) value, employee));
    state[Tables.SURVEYS.index].forEach((value, version) -> named[0] |= FeedbackErasure.names((Survey) value, employee));
    return named[0];
  }

  /** The feedback of one tenant. */
  static final class Feedbacks extends MemoryRepository<FeedbackId, Feedback> implements FeedbackRepository {
    Feedbacks(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.FEEDBACK, "FeedbackRepository");
    }

    @Override
    public Stream<Versioned<Feedback>> streamByReceiver(EmployeeId receiver) {
      Checks.notNull("receiver", receiver);
      return stream().filter(f -> f.value().receiver().equals(receiver));
    }

    @Override
    public Stream<Versioned<Feedback>> streamByGiver(EmployeeId giver) {
      Checks.notNull("giver", giver);
      return stream().filter(f -> f.value().giver().equals(giver));
    }
  }

  /** The feedback requests of one tenant. */
  static final class Requests extends MemoryRepository<FeedbackRequestId, FeedbackRequest> implements FeedbackRequestRepository {
    Requests(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.FEEDBACK_REQUESTS, "FeedbackRequestRepository");
    }
  }

  /** The 360 rounds of one tenant. */
  static final class Rounds extends MemoryRepository<ThreeSixtyRoundId, ThreeSixtyRound> implements ThreeSixtyRoundRepository {
    Rounds(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.THREE_SIXTY_ROUNDS, "ThreeSixtyRoundRepository");
    }
  }

  /** The 1:1s of one tenant. */
  static final class OneOnOnes extends MemoryRepository<OneOnOneId, OneOnOne> implements OneOnOneRepository {
    OneOnOnes(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.ONE_ON_ONES, "OneOnOneRepository");
    }

    @Override
    public Stream<Versioned<OneOnOne>> streamByParticipant(EmployeeId participant) {
      Checks.notNull("participant", participant);
      return stream().filter(m -> FeedbackErasure.names(m.value(), participant));
    }
  }

  /** The surveys of one tenant. */
  static final class Surveys extends MemoryRepository<SurveyId, Survey> implements SurveyRepository {
    Surveys(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.SURVEYS, "SurveyRepository");
    }
  }
}
