/**
 * Goals: what people and units commit to, how progress is measured, the status lifecycle and
 * check-ins.
 */
@NullMarked
package dev.pillars.core.goal;

import org.jspecify.annotations.NullMarked;
