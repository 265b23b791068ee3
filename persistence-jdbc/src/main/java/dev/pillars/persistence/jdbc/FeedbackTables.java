package dev.pillars.persistence.jdbc;

import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.FeedbackRequestId;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import java.util.List;

/** The SQL of the feedback pillar's tables under given schema options, built once per store. */
final class FeedbackTables {
  final AggregateTable<FeedbackId, Feedback> feedback;
  final AggregateTable<FeedbackRequestId, FeedbackRequest> requests;
  final AggregateTable<ThreeSixtyRoundId, ThreeSixtyRound> rounds;
  final AggregateTable<OneOnOneId, OneOnOne> oneOnOnes;
  final AggregateTable<SurveyId, Survey> surveys;
  final String givers;
  final String insertGiver;
  final String deleteGiver;
  final String giverNamed;
  final List<String> namedQueries;

  FeedbackTables(SchemaOptions options) {
    feedback = new AggregateTable<>(FeedbackMappings.FeedbackMapping.INSTANCE, options);
    requests = new AggregateTable<>(FeedbackMappings.RequestMapping.INSTANCE, options);
    rounds = new AggregateTable<>(FeedbackMappings.RoundMapping.INSTANCE, options);
    oneOnOnes = new AggregateTable<>(FeedbackMappings.OneOnOneMapping.INSTANCE, options);
    surveys = new AggregateTable<>(FeedbackMappings.SurveyMapping.INSTANCE, options);
    givers = options.table("feedback_anonymous_givers");
    insertGiver = "INSERT INTO " + givers + " (tenant, feedback_id, giver) VALUES (?, ?, ?)";
    deleteGiver = "DELETE FROM " + givers + " WHERE tenant = ? AND feedback_id = ?";
    giverNamed = "SELECT 1 FROM " + givers + " WHERE tenant = ? AND giver = ?";
    namedQueries = List.of(feedback.name, requests.name, rounds.name, oneOnOnes.name, surveys.name).stream()
        .map(table -> "SELECT 1 FROM " + table + " WHERE tenant = ? AND named LIKE ? ESCAPE '!'")
        .toList();
  }
}
