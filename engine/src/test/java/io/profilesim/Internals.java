package io.profilesim;

import io.profilesim.domain.Domain;

/** Lets tests reach a domain behind the facade, as the weekly job will. */
public final class Internals {
  private Internals() {}

  /** Returns the domains of the instance, for tests that drive a feature's service directly. */
  public static io.profilesim.domain.DomainRegistry registry(CustomerProfiles profiles) {
    return ((DefaultCustomerProfiles) profiles).registry();
  }

  /** Returns the live domain of that name. */
  public static Domain domain(CustomerProfiles profiles, String name) {
    return ((DefaultCustomerProfiles) profiles).registry().get(name);
  }
}
