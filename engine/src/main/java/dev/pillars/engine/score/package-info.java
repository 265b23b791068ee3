/**
 * Reading the scores the engine keeps current: a goal's score with the receipt that explains it.
 */
@NullMarked
package dev.pillars.engine.score;

import org.jspecify.annotations.NullMarked;
