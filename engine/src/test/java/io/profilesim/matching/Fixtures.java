package io.profilesim.matching;

import io.profilesim.model.Address;
import io.profilesim.model.Profile;

/** Hand-made profiles for tests. */
final class Fixtures {
  private Fixtures() {}

  /** A person's profile; null leaves a member absent. */
  static Profile person(String id, String first, String last, String birthDate, String email,
      String phone, String street, String city, String postalCode) {
    return Profile.builder()
        .profileId(id)
        .firstName(first)
        .lastName(last)
        .birthDate(birthDate)
        .emailAddress(email)
        .phoneNumber(phone)
        .address(street == null && city == null && postalCode == null ? null
            : Address.builder().address1(street).city(city).postalCode(postalCode).build())
        .build();
  }

  /** A profile with only an id, a name and a birth date. */
  static Profile named(String id, String first, String last, String birthDate) {
    return person(id, first, last, birthDate, null, null, null, null, null);
  }
}
