package dev.pillars.core.feedback;

/** The groups of raters of a 360 round. Every group but {@link #SELF} answers anonymously. */
public enum RaterGroup {
  /** The person themself; not anonymous, shown to them as given. */
  SELF,
  /** Their manager or managers. */
  MANAGER,
  /** Their peers. */
  PEERS,
  /** Their direct reports. */
  REPORTS,
  /** Anyone else, such as customers or colleagues in other teams. */
  OTHERS
}
