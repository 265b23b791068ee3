/**
 * {@link dev.pillars.scoring.preset.Presets}: ready configurations that reproduce the scoring
 * conventions of existing HR systems and of OKR grading, so that a vendor migrating customers can
 * keep their numbers.
 */
@NullMarked
package dev.pillars.scoring.preset;

import org.jspecify.annotations.NullMarked;
