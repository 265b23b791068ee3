package dev.pillars.core.oneonone;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;

/**
 * A note taken in a 1:1, private to its author or shared by both sides.
 *
 * @param author who wrote it
 * @param visibility who may read it
 * @param text the note, not blank
 */
public record Note(EmployeeId author, NoteVisibility visibility, String text) {
  /**
   * Creates a note.
   *
   * @param author who wrote it
   * @param visibility who may read it
   * @param text the note, not blank
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if the text is blank
   */
  public Note {
    Checks.notNull("author", author);
    Checks.notNull("visibility", visibility);
    Checks.notBlank("text", text);
  }

  /**
   * Tells whether someone may read the note: its author always, the other side only when shared.
   *
   * @param reader who reads
   * @return whether they may
   */
  public boolean readableBy(EmployeeId reader) {
    return author.equals(Checks.notNull("reader", reader)) || visibility == NoteVisibility.SHARED;
  }

  @Override
  public String toString() {
    return "Note{author=" + author + ", visibility=" + visibility + ", " + text.length() + " chars}";
  }
}
