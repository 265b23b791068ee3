/**
 * Composition of a review score from named components, such as goals 60 %, competencies 30 % and
 * feedback 10 %: {@link dev.pillars.scoring.composition.CompositionStrategy}, the built-in weighted
 * composition, and the explicit {@link dev.pillars.scoring.composition.AbsentComponentPolicy} for
 * components that have no score.
 */
@NullMarked
package dev.pillars.scoring.composition;

import org.jspecify.annotations.NullMarked;
