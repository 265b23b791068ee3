/**
 * Review cycles: a period in which people are reviewed by role against a template, identified by
 * {@link dev.pillars.core.review.ReviewCycleId}.
 */
@NullMarked
package dev.pillars.core.review;

import org.jspecify.annotations.NullMarked;
