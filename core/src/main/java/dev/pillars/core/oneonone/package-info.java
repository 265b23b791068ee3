/**
 * 1:1 conversations between a manager and a report: {@link dev.pillars.core.oneonone.OneOnOne}
 * with its agenda, notes private to their author or shared, and agreed actions that are carried
 * over to the next 1:1 while open. A note's text appears in no event and in no {@code toString}.
 */
@NullMarked
package dev.pillars.core.oneonone;

import org.jspecify.annotations.NullMarked;
