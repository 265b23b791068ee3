/**
 * Development plans: development goals (ordinary goals linked to the competency they develop) and
 * actions (training, coaching, mentoring, stretch assignments, cross-functional projects,
 * certifications) with due dates, status, milestones, cost and progress; each targeted competency
 * before and after; and the leadership development view.
 *
 * <p>Costs are recorded in minor units with an ISO 4217 code, never as {@code double}. Every type
 * is null-marked.
 */
@NullMarked
package dev.pillars.core.development;

import org.jspecify.annotations.NullMarked;
