package dev.pillars.examples.conventions.good.internal;

/** Public for technical reasons only. */
public final class Hidden {
  /** A number. */
  public static final int SIZE = 3;
}
