/**
 * The engine's machinery, public only so the service packages can share it: the unit-of-work
 * runner with access checks, retries, after-commit delivery and score upkeep, and each tenant's
 * live scores. Not exported by the module and not part of the API: it may change in any release.
 */
@NullMarked
package dev.pillars.engine.internal;

import org.jspecify.annotations.NullMarked;
