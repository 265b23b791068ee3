/**
 * The organisation the host supplies: employees, their managers (a forest) and organisational units.
 */
@NullMarked
package dev.pillars.core.org;

import org.jspecify.annotations.NullMarked;
