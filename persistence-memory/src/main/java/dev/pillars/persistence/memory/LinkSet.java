package dev.pillars.persistence.memory;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The alignment links of one goal in one direction: in {@link Tables#LINKS_UP} the links to the
 * goals it contributes to, in {@link Tables#LINKS_DOWN} those from the goals that contribute to it.
 * Immutable; the same {@link AlignmentLink} objects are shared by both directions.
 */
final class LinkSet {
  private final GoalId goal;
  private final AlignmentLink[] links;

  LinkSet(GoalId goal, AlignmentLink[] links) {
    this.goal = goal;
    this.links = links;
  }

  GoalId goal() {
    return goal;
  }

  List<AlignmentLink> links() {
    return List.of(links);
  }

  @Nullable AlignmentLink find(GoalId child, GoalId parent) {
    for (AlignmentLink link : links) {
      if (link.child().equals(child) && link.parent().equals(parent)) {
        return link;
      }
    }
    return null;
  }

  /** Returns this set with one more link. */
  LinkSet with(AlignmentLink link) {
    AlignmentLink[] more = Arrays.copyOf(links, links.length + 1);
    more[links.length] = link;
    return new LinkSet(goal, more);
  }

  /** Returns this set without the link from {@code child} to {@code parent}, or null if it is empty then. */
  @Nullable LinkSet without(GoalId child, GoalId parent) {
    AlignmentLink[] fewer = new AlignmentLink[links.length - 1];
    int n = 0;
    for (AlignmentLink link : links) {
      if (!(link.child().equals(child) && link.parent().equals(parent))) {
        fewer[n++] = link;
      }
    }
    return n == 0 ? null : new LinkSet(goal, fewer);
  }

  @Override
  public String toString() {
    return goal + Arrays.toString(links);
  }
}
