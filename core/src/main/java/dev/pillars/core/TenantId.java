package dev.pillars.core;

/**
 * Identifies a tenant: one customer organisation of the host. Every stored thing belongs to
 * exactly one tenant and no operation reads across tenants.
 *
 * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
 */
public record TenantId(String value) {
  /**
   * Creates a tenant id.
   *
   * @param value the identifier text, 1 to 128 letters, digits or {@code ._:@/+-}
   * @throws InvalidInputException if {@code value} is not a well-formed identifier
   */
  public TenantId {
    Checks.identifier("tenantId", value);
  }

  /**
   * Returns a tenant id.
   *
   * @param value the identifier text
   * @return the id
   * @throws InvalidInputException if {@code value} is not a well-formed identifier
   */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
