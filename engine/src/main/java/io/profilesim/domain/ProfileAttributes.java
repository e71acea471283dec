package io.profilesim.domain;

import io.profilesim.model.Address;
import io.profilesim.model.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The attribute names a configuration may use to point into a profile, and how to read them.
 *
 * <p>Three forms, as Customer Profiles' consolidation criteria and rule-based rules use them:
 * <ul>
 *   <li>a standard field: {@code FirstName}, {@code EmailAddress}, {@code BirthDate} ...;
 *   <li>an address type, whole or by part: {@code Address}, {@code ShippingAddress.City},
 *       {@code MailingAddress.PostalCode} ...;
 *   <li>a custom attribute: {@code Attributes.<key>}.
 * </ul>
 * A whole address reads as its non-empty parts joined in model order; it is missing when every part
 * is.
 */
public final class ProfileAttributes {
  /** The address members of a profile, in model order. */
  public static final List<String> ADDRESS_TYPES =
      List.of("Address", "ShippingAddress", "MailingAddress", "BillingAddress");

  /** The parts of an address, in model order. */
  public static final List<String> ADDRESS_PARTS = List.of("Address1", "Address2", "Address3",
      "Address4", "City", "County", "State", "Province", "Country", "PostalCode");

  private static final Map<String, Function<Profile, String>> STANDARD = makeStandardReaders();
  private static final Map<String, Function<Address, String>> PARTS = addressParts();
  private static final List<Function<Address, String>> PART_READERS = List.copyOf(PARTS.values());
  /** {@code ShippingAddress.City} and the like, by address type, then part. */
  private static final List<List<String>> ADDRESS_ATTRIBUTES = ADDRESS_TYPES.stream()
      .map(type -> ADDRESS_PARTS.stream().map(part -> type + "." + part).toList()).toList();
  /** What a custom attribute's name starts with: {@code Attributes.<key>}. */
  static final String ATTRIBUTES_PREFIX = "Attributes.";

  private ProfileAttributes() {}

  /** Returns the standard single-valued fields of a profile, in model order. */
  public static List<String> standardFields() {
    return List.copyOf(STANDARD.keySet());
  }

  /** Returns the standard single-valued fields' readers (empty reads as null), in model order. */
  public static Map<String, Function<Profile, String>> standardReaders() {
    return STANDARD;
  }

  /**
   * Returns the attributes of the address type of index {@code typeIndex} ({@link
   * #ADDRESS_TYPES}), one per part of {@link #ADDRESS_PARTS}: {@code ShippingAddress.City}.
   */
  public static List<String> addressAttributes(int typeIndex) {
    return ADDRESS_ATTRIBUTES.get(typeIndex);
  }

  /** Returns part {@code partIndex} ({@link #ADDRESS_PARTS}) of an address, null when empty. */
  public static String addressPart(Address a, int partIndex) {
    return emptyToNull(PART_READERS.get(partIndex).apply(a));
  }

  /** Returns whether {@code name} names something a profile can hold. */
  public static boolean isValid(String name) {
    return reader(name).isPresent();
  }

  /**
   * Returns a function that reads the attribute from a profile (returning {@code null} when the
   * profile has no value), or empty if the name is not one of the three forms.
   */
  public static Optional<Function<Profile, String>> reader(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    Function<Profile, String> standard = STANDARD.get(name);
    if (standard != null) {
      return Optional.of(standard);
    }
    if (name.startsWith(ATTRIBUTES_PREFIX) && name.length() > ATTRIBUTES_PREFIX.length()) {
      String key = name.substring(ATTRIBUTES_PREFIX.length());
      return Optional.of(p -> p.attributes() == null ? null : emptyToNull(p.attributes().get(key)));
    }
    int dot = name.indexOf('.');
    String type = dot < 0 ? name : name.substring(0, dot);
    int typeIndex = ADDRESS_TYPES.indexOf(type);
    if (typeIndex < 0) {
      return Optional.empty();
    }
    Function<Profile, Address> address = addressOf(typeIndex);
    if (dot < 0) {
      return Optional.of(p -> whole(address.apply(p)));
    }
    Function<Address, String> part = PARTS.get(name.substring(dot + 1));
    if (part == null) {
      return Optional.empty();
    }
    return Optional.of(p -> {
      Address a = address.apply(p);
      return a == null ? null : emptyToNull(part.apply(a));
    });
  }

  /** Returns the address of the given type index ({@link #ADDRESS_TYPES}) of a profile. */
  public static Function<Profile, Address> addressOf(int typeIndex) {
    return switch (typeIndex) {
      case 0 -> Profile::address;
      case 1 -> Profile::shippingAddress;
      case 2 -> Profile::mailingAddress;
      case 3 -> Profile::billingAddress;
      default -> throw new IllegalArgumentException("no address type " + typeIndex);
    };
  }

  private static String whole(Address a) {
    if (a == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (Function<Address, String> part : PARTS.values()) {
      String v = emptyToNull(part.apply(a));
      if (v != null) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(v);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static Map<String, Function<Profile, String>> makeStandardReaders() {
    Map<String, Function<Profile, String>> m = new LinkedHashMap<>();
    m.put("AccountNumber", Profile::accountNumber);
    m.put("AdditionalInformation", Profile::additionalInformation);
    m.put("PartyType", p -> p.partyType() == null ? null : p.partyType().name());
    m.put("BusinessName", Profile::businessName);
    m.put("FirstName", Profile::firstName);
    m.put("MiddleName", Profile::middleName);
    m.put("LastName", Profile::lastName);
    m.put("BirthDate", Profile::birthDate);
    m.put("Gender", p -> p.gender() == null ? null : p.gender().name());
    m.put("PhoneNumber", Profile::phoneNumber);
    m.put("MobilePhoneNumber", Profile::mobilePhoneNumber);
    m.put("HomePhoneNumber", Profile::homePhoneNumber);
    m.put("BusinessPhoneNumber", Profile::businessPhoneNumber);
    m.put("EmailAddress", Profile::emailAddress);
    m.put("PersonalEmailAddress", Profile::personalEmailAddress);
    m.put("BusinessEmailAddress", Profile::businessEmailAddress);
    m.put("PartyTypeString", Profile::partyTypeString);
    m.put("GenderString", Profile::genderString);
    m.put("ProfileType", p -> p.profileType() == null ? null : p.profileType().name());
    Map<String, Function<Profile, String>> nonEmpty = new LinkedHashMap<>();
    m.forEach((k, f) -> nonEmpty.put(k, p -> emptyToNull(f.apply(p))));
    return java.util.Collections.unmodifiableMap(nonEmpty);
  }

  private static Map<String, Function<Address, String>> addressParts() {
    Map<String, Function<Address, String>> m = new LinkedHashMap<>();
    m.put("Address1", Address::address1);
    m.put("Address2", Address::address2);
    m.put("Address3", Address::address3);
    m.put("Address4", Address::address4);
    m.put("City", Address::city);
    m.put("County", Address::county);
    m.put("State", Address::state);
    m.put("Province", Address::province);
    m.put("Country", Address::country);
    m.put("PostalCode", Address::postalCode);
    return java.util.Collections.unmodifiableMap(m);
  }
}
