/**
 * The organisation the host supplies: employees, their managers (a forest) and organisational units,
 * held in an immutable, validated {@link dev.pillars.core.org.Organisation} snapshot with fast
 * queries, and the {@link dev.pillars.core.org.OrganisationEvent}s of its changes.
 */
@NullMarked
package dev.pillars.core.org;

import org.jspecify.annotations.NullMarked;
