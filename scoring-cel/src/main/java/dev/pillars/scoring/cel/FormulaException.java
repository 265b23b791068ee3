package dev.pillars.scoring.cel;

import dev.pillars.scoring.InvalidParameterException;

/**
 * A formula does not compile: it does not parse, names an undeclared variable, does not give a
 * number, or has a part of dynamic type ({@code dyn(...)}, a value of a mixed map) whose use CEL
 * would check only when scoring. The message and {@link #line()} and {@link #column()} point at the error, such as {@code
 * "formula.expression was 'goals +* 2': must be a valid formula: line 1, column 8: ..."}.
 */
public class FormulaException extends InvalidParameterException {
  private static final long serialVersionUID = 1L;

  /** The line of the error, from 1; 0 if CEL gave no position. */
  private final int line;

  /** The column of the error, from 1; 0 if CEL gave no position. */
  private final int column;

  /**
   * Creates an exception for a formula error at a position.
   *
   * @param strategy the strategy's name
   * @param expression the formula
   * @param line the error's line, from 1; 0 if unknown
   * @param column the error's column, from 1; 0 if unknown
   * @param message what is wrong there
   */
  public FormulaException(String strategy, String expression, int line, int column, String message) {
    super(
        strategy,
        "expression",
        expression,
        "must be a valid formula: " + (line > 0 ? "line " + line + ", column " + column + ": " : "") + message);
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the line of the error.
   *
   * @return the line, from 1; 0 if CEL gave no position
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the error.
   *
   * @return the column, from 1; 0 if CEL gave no position
   */
  public int column() {
    return column;
  }
}
