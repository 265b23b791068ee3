/**
 * The calibration workflow: open a session over a cycle's proposed ratings, read its distribution
 * against a guideline and the fewest moves that bring it within tolerance, apply a suggested or a
 * manual move with its reason, keep notes only calibrators read, close it, and place its people
 * on a 9-box. Each call is checked (calibrators see their session and its notes; HR by grant;
 * nobody else), runs in one unit of work and delivers its events after commit.
 */
@NullMarked
package dev.pillars.engine.calibration;

import org.jspecify.annotations.NullMarked;
