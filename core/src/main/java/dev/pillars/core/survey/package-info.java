/**
 * Pulse and engagement surveys: a {@link dev.pillars.core.survey.Survey} asks a population
 * questions on a scale within a window; its responses are always anonymous, and its {@link
 * dev.pillars.core.survey.SurveyResults} (engagement index and eNPS per team and in total, under the
 * rule of {@link dev.pillars.core.anonymity}) become KPI measurements, so that a survey feeds a KPI
 * series.
 */
@NullMarked
package dev.pillars.core.survey;

import org.jspecify.annotations.NullMarked;
