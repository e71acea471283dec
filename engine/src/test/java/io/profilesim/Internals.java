package io.profilesim;

import io.profilesim.domain.Domain;

/** Lets tests reach a domain behind the facade, as the weekly job will. */
public final class Internals {
  private Internals() {}

  /** Returns the live domain of that name. */
  public static Domain domain(CustomerProfiles profiles, String name) {
    return ((DefaultCustomerProfiles) profiles).registry().get(name);
  }
}
