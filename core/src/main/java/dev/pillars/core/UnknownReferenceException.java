package dev.pillars.core;

import static java.util.Objects.requireNonNull;

/**
 * An id named something that does not exist where it was looked up: an unknown goal in an
 * alignment link, an unknown manager in an organisation.
 */
public class UnknownReferenceException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an id that refers to nothing.
   *
   * @param field the field that held the id, such as {@code "parent"}
   * @param id the unknown id
   * @param rule what it must refer to, such as {@code "must name a goal of this graph"}
   */
  public UnknownReferenceException(String field, Object id, String rule) {
    super(field, requireNonNull(id, "id"), rule);
  }
}
