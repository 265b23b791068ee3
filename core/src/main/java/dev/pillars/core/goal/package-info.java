/**
 * Goals: what people and units commit to, how progress is measured, the status lifecycle,
 * check-ins, and the {@link dev.pillars.core.goal.GoalEvent}s every change of a goal yields.
 */
@NullMarked
package dev.pillars.core.goal;

import org.jspecify.annotations.NullMarked;
