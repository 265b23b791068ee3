/**
 * The review workflows: {@link dev.pillars.engine.review.ReviewService} defines templates, runs
 * cycles through their guarded phases, assigns, writes, submits, amends and acknowledges reviews,
 * scores them, and reports a cycle's status; {@link dev.pillars.engine.review.FeedbackSource} is
 * where the feedback pillar's results come in.
 */
@NullMarked
package dev.pillars.engine.review;

import org.jspecify.annotations.NullMarked;
