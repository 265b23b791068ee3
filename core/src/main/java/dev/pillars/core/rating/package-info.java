/**
 * Rating scales: an ordered list of levels, each a value and a label, as review templates,
 * calibration guidelines and merit matrices use them. Mapping a continuous score to a level is a
 * scoring strategy ({@code dev.pillars.scoring.rating.RatingStrategy}).
 */
@NullMarked
package dev.pillars.core.rating;

import org.jspecify.annotations.NullMarked;
