/**
 * The 9-box: people placed by performance and potential on a grid whose box definitions are
 * configurable ({@link dev.pillars.core.ninebox.NineBoxGrid}), and their movement between two
 * cycles ({@link dev.pillars.core.ninebox.NineBoxMove}).
 */
@NullMarked
package dev.pillars.core.ninebox;

import org.jspecify.annotations.NullMarked;
