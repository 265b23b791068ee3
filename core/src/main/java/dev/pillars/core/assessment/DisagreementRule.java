package dev.pillars.core.assessment;

/**
 * How one assessed level is read from a person's self, manager and assessor ratings of a
 * competency when they disagree. Each role's rating is its latest: the one of the latest
 * assessment day, and of the greatest {@link AssessmentId} among assessments of that day, so the
 * result never depends on the order assessments are given in.
 */
public enum DisagreementRule {
  /** The manager's rating if there is one, else the assessor's, else the person's own. */
  MANAGER_FIRST {
    @Override
    int resolve(int self, int manager, int assessor) {
      return manager > 0 ? manager : assessor > 0 ? assessor : self;
    }
  },
  /** The lowest of the ratings there are: a gap is never hidden by a generous rater. */
  LOWEST {
    @Override
    int resolve(int self, int manager, int assessor) {
      return Math.min(Math.min(orMax(self), orMax(manager)), orMax(assessor)) == Integer.MAX_VALUE
          ? 0
          : Math.min(Math.min(orMax(self), orMax(manager)), orMax(assessor));
    }
  },
  /** The mean of the ratings there are, rounded down to a level. */
  MEAN_ROUNDED_DOWN {
    @Override
    int resolve(int self, int manager, int assessor) {
      int count = Integer.signum(self) + Integer.signum(manager) + Integer.signum(assessor);
      return count == 0 ? 0 : (self + manager + assessor) / count;
    }
  };

  /**
   * Returns the assessed level from each role's latest rating, 0 where a role has none; 0 if no
   * role has one.
   */
  abstract int resolve(int self, int manager, int assessor);

  private static int orMax(int level) {
    return level > 0 ? level : Integer.MAX_VALUE;
  }
}
