package dev.pillars.core.oneonone;

/** Who may read a note of a 1:1. */
public enum NoteVisibility {
  /** Its author only. */
  PRIVATE,
  /** Both the manager and the report. */
  SHARED
}
