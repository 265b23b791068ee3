package dev.pillars.core.competency;

import dev.pillars.core.Checks;
import java.util.Comparator;

/**
 * One revision of a competency model: the id of a stored model. Revising a model stores a new
 * revision beside the old ones, so an assessment taken against revision 2 keeps meaning what it
 * meant when revision 3 changes the required levels.
 *
 * @param model the model
 * @param revision the revision number, from 1
 */
public record ModelRevision(CompetencyModelId model, int revision) implements Comparable<ModelRevision> {
  private static final Comparator<ModelRevision> ORDER =
      Comparator.comparing(ModelRevision::model).thenComparingInt(ModelRevision::revision);

  /**
   * Creates a revision id.
   *
   * @param model the model
   * @param revision the revision number, from 1
   * @throws NullPointerException if {@code model} is null
   * @throws dev.pillars.core.InvalidInputException if {@code revision} is below 1
   */
  public ModelRevision {
    Checks.notNull("model", model);
    Checks.require(revision >= 1, "revision", revision, "must be 1 or more");
  }

  /**
   * Returns the first revision of a model.
   *
   * @param model the model
   * @return revision 1 of it
   */
  public static ModelRevision first(CompetencyModelId model) {
    return new ModelRevision(model, 1);
  }

  /**
   * Returns the revision after this one.
   *
   * @return the same model at {@code revision + 1}
   */
  public ModelRevision next() {
    return new ModelRevision(model, revision + 1);
  }

  @Override
  public int compareTo(ModelRevision other) {
    return ORDER.compare(this, Checks.notNull("other", other));
  }

  /** Returns {@code model#revision}, such as {@code acme-core#2}. */
  @Override
  public String toString() {
    return model + "#" + revision;
  }
}
