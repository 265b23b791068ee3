package dev.pillars.persistence.memory;

/**
 * The value of the alignment graph's one entry in {@link Tables#GRAPH}: how many links the graph
 * has. The entry's version is the graph version.
 *
 * @param links the number of links
 */
record LinkCount(long links) {
  /** The key of the graph's entry. */
  static final String KEY = "graph";
}
