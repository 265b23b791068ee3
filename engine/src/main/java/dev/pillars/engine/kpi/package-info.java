/**
 * The KPI workflows: define a KPI, record a measurement, correct one, and read a KPI's series.
 * Recording or correcting a measurement updates, incrementally, the score of every goal the KPI
 * measures and of their ancestors.
 */
@NullMarked
package dev.pillars.engine.kpi;

import org.jspecify.annotations.NullMarked;
