/**
 * The data-protection workflows: export everything held about one person (the right of access)
 * and erase them (the right to be forgotten), over the store's export and erasure, with the
 * engine's in-memory state about them forgotten too.
 */
@NullMarked
package dev.pillars.engine.privacy;

import org.jspecify.annotations.NullMarked;
