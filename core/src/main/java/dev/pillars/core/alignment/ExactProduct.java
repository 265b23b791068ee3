package dev.pillars.core.alignment;

import java.math.BigInteger;
import java.util.List;

/**
 * Exact products of positive finite doubles, for comparing path weights where rounding could
 * reorder them. Each double is {@code m × 2^e} with an integer {@code m} of at most 53 bits, so a
 * product of {@code n} of them is an integer of at most {@code 53 n} bits times a power of two;
 * the paths compared this way are the short stretches where two near-equal paths differ.
 */
final class ExactProduct {
  private ExactProduct() {}

  /** Compares the exact products of two lists of positive finite factors, as {@code compareTo}. */
  static int compare(List<Double> left, List<Double> right) {
    Product l = Product.of(left);
    Product r = Product.of(right);
    long shift = l.exponent - r.exponent;
    BigInteger a = shift > 0 ? l.mantissa.shiftLeft((int) shift) : l.mantissa;
    BigInteger b = shift < 0 ? r.mantissa.shiftLeft((int) -shift) : r.mantissa;
    return a.compareTo(b);
  }

  /** A product: {@code mantissa × 2^exponent}. */
  private record Product(BigInteger mantissa, long exponent) {
    static Product of(List<Double> factors) {
      BigInteger mantissa = BigInteger.ONE;
      long exponent = 0;
      for (double factor : factors) {
        int e = Math.getExponent(factor) - 52; // subnormal: getExponent is -1023, m = factor × 2^1075
        mantissa = mantissa.multiply(BigInteger.valueOf((long) Math.scalb(factor, -e)));
        exponent += e;
      }
      return new Product(mantissa, exponent);
    }
  }
}
