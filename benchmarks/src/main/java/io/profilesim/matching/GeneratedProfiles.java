package io.profilesim.matching;

import io.profilesim.model.Address;
import io.profilesim.model.Profile;
import io.profilesim.samples.generate.CustomerDataGenerator;
import io.profilesim.samples.generate.GeneratedRecord;
import io.profilesim.samples.generate.GeneratorSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Profiles made from the samples generator's records, one profile per record, with the fields its
 * object type maps ({@code ObjectTypeMappings} in the samples module), and the true person behind
 * each: the data a job would find after ingesting the generated files, without the time it takes
 * to ingest them.
 */
final class GeneratedProfiles {
  private GeneratedProfiles() {}

  /**
   * A generated set.
   *
   * @param person for each profile, the id of the person it was made from
   */
  record Data(List<Profile> profiles, List<String> person) {}

  /** The first {@code size} records of the generator's default settings under {@code seed}. */
  static Data generate(int size, long seed) {
    List<Profile> profiles = new ArrayList<>(size);
    List<String> person = new ArrayList<>(size);
    CustomerDataGenerator.create(GeneratorSettings.defaults(size, seed)).stream()
        .forEach(r -> {
          profiles.add(profile(r));
          person.add(r.cluster());
        });
    return new Data(profiles, person);
  }

  private static Profile profile(GeneratedRecord r) {
    Profile.Builder b = Profile.builder()
        .profileId(r.source().objectTypeName() + "-" + r.sourceKey());
    switch (r.source()) {
      case CRM -> b.firstName(r.value("first_name"))
          .lastName(r.value("last_name"))
          .emailAddress(r.value("email"))
          .phoneNumber(r.value("phone"))
          .address(Address.builder()
              .address1(join(r.value("street_number"), r.value("street_name")))
              .address2(r.value("unit"))
              .city(r.value("city"))
              .state(r.value("state"))
              .postalCode(r.value("postal_code"))
              .build())
          .birthDate(r.value("birth_date"))
          .genderString(r.value("gender"))
          .accountNumber(r.value("account_number"));
      case WEB_ORDERS -> b.firstName(r.value("customer.first_name"))
          .lastName(r.value("customer.last_name"))
          .emailAddress(r.value("customer.email"))
          .phoneNumber(r.value("customer.phone"))
          .accountNumber(r.value("customer.loyalty_id"))
          .shippingAddress(Address.builder()
              .address1(r.value("shipping.street"))
              .address2(r.value("shipping.unit"))
              .city(r.value("shipping.city"))
              .state(r.value("shipping.region"))
              .postalCode(r.value("shipping.postcode"))
              .country(r.value("shipping.country"))
              .build());
      case CONTACT_CENTER -> {
        b.phoneNumber(r.value("phone_number")).accountNumber(r.value("account_number"));
        if (r.value("caller_name") != null) {
          b.attributes(Map.of("CallerName", r.value("caller_name")));
        }
      }
    }
    return b.build();
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }
}
