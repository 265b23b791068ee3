/**
 * Keeping the tenant's organisation in step with the host's HR system: a snapshot is compared with
 * what is stored, the difference applied in one unit of work with events for joiners, movers and
 * leavers, and each leaver's open goals follow a declared {@link dev.pillars.engine.org.LeaverRule}.
 */
@NullMarked
package dev.pillars.engine.org;

import org.jspecify.annotations.NullMarked;
