/**
 * Compensation workflows: merit matrices and bonus plans defined, merit rounds and bonus pools
 * shared out exactly and kept with a receipt per person, scenarios compared before approval, pay
 * for performance read back; pay data seen only by the person, their management chain and
 * compensation roles (HR grants with {@link dev.pillars.engine.access.Action#VIEW_PAY}).
 */
@NullMarked
package dev.pillars.engine.reward;

import org.jspecify.annotations.NullMarked;
