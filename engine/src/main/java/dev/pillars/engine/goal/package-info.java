/**
 * The goal workflows: create, activate and move goals through their lifecycle, reweight them,
 * check in, complete milestones, and align goals to each other. Each call is checked, runs in one
 * unit of work, keeps the scores current and delivers its events after commit.
 */
@NullMarked
package dev.pillars.engine.goal;

import org.jspecify.annotations.NullMarked;
