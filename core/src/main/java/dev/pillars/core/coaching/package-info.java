/**
 * Coaching: sessions between a coach (manager, mentor or external) and a person, with topics,
 * agreed actions that are carried into the person's development plan, and follow-up. Every type
 * is null-marked.
 */
@NullMarked
package dev.pillars.core.coaching;

import org.jspecify.annotations.NullMarked;
