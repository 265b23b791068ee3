/**
 * The recognition workflows: allot points budgets, give recognitions tied to company values
 * (spending the giver's points in the same unit of work, so that racing awards cannot overspend a
 * budget), withdraw them (refunding their points), read them as their visibility allows, and report
 * recognition reach per unit with its Gini coefficients.
 */
@NullMarked
package dev.pillars.engine.recognition;

import org.jspecify.annotations.NullMarked;
