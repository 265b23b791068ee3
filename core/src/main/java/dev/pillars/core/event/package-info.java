/**
 * Domain events: what every state change of an aggregate yields, and the {@link
 * dev.pillars.core.event.Change} that carries them beside the new state.
 */
@NullMarked
package dev.pillars.core.event;

import org.jspecify.annotations.NullMarked;
