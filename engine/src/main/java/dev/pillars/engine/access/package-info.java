/**
 * Who may do what: the {@link dev.pillars.engine.access.Actor} a call is made for, the {@link
 * dev.pillars.engine.access.Action} it performs on a {@link dev.pillars.engine.access.Resource},
 * and the pluggable {@link dev.pillars.engine.access.AccessPolicy} that decides. Every engine call,
 * reads included, asks the policy first; a denial is an {@link
 * dev.pillars.engine.access.AccessDeniedException} naming the actor, the action, the resource and
 * the rule, never partial data.
 */
@NullMarked
package dev.pillars.engine.access;

import org.jspecify.annotations.NullMarked;
