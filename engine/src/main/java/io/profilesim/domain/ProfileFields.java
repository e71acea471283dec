package io.profilesim.domain;

import static io.profilesim.domain.ProfileAttributes.ATTRIBUTES_PREFIX;

import io.profilesim.model.Address;
import io.profilesim.model.Gender;
import io.profilesim.model.PartyType;
import io.profilesim.model.Profile;
import io.profilesim.model.ProfileType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Writes a profile's fields by attribute name, the names {@link ProfileAttributes} reads: a
 * standard field ({@code FirstName}, {@code Gender} ...), an address part ({@code
 * ShippingAddress.City}) or a custom attribute ({@code Attributes.tier}). Field-level provenance,
 * object type targets and UpdateProfile all speak these names, so one writer serves them all.
 */
public final class ProfileFields {
  /** AWS: AdditionalInformation holds up to 1,000 characters; every other field up to 255. */
  private static final int LONG_FIELD_MAX = 1000;

  private static final int FIELD_MAX = 255;

  private static final Map<String, BiConsumer<Profile.Builder, String>> STANDARD =
      standardWriters();
  private static final Map<String, BiConsumer<Address.Builder, String>> PARTS = partWriters();
  private static final int MAX_SHARED_KEYS = 10_000;

  /** Writers by attribute name; the custom attributes' keys in them are one instance per key. */
  private static final Map<String, Writer> WRITERS = new ConcurrentHashMap<>();

  private ProfileFields() {}

  /**
   * Returns whether a value can be written to {@code attribute}: a standard field, a part of one of
   * the four addresses, or {@code Attributes.<key>} with a key of 1 to 255 characters.
   */
  public static boolean isWritable(String attribute) {
    if (attribute == null) {
      return false;
    }
    if (STANDARD.containsKey(attribute)) {
      return true;
    }
    if (attribute.startsWith(ATTRIBUTES_PREFIX)) {
      int keyLength = attribute.length() - ATTRIBUTES_PREFIX.length();
      return keyLength >= 1 && keyLength <= FIELD_MAX;
    }
    int dot = attribute.indexOf('.');
    return dot > 0
        && ProfileAttributes.ADDRESS_TYPES.contains(attribute.substring(0, dot))
        && PARTS.containsKey(attribute.substring(dot + 1));
  }

  /**
   * Returns why {@code value} cannot be written to {@code attribute} (too long, or not a value of
   * the field's enumeration), or {@code null} when it can.
   */
  public static String checkValue(String attribute, String value) {
    int max = attribute.equals("AdditionalInformation") ? LONG_FIELD_MAX : FIELD_MAX;
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      return "the value of "
          + attribute
          + " is "
          + length
          + " characters long, more than the "
          + max
          + " a profile field holds";
    }
    List<String> allowed = enumValues(attribute);
    if (allowed != null && !allowed.contains(value.toUpperCase(Locale.ROOT))) {
      return "the value '" + value + "' of " + attribute + " is not one of " + allowed;
    }
    return null;
  }

  /**
   * Returns every field of a profile that has a value, by attribute name: standard fields in model
   * order, then address parts, then custom attributes in key order. The profile id is not a field.
   */
  public static Map<String, String> values(Profile profile) {
    // Merging reads every profile of every group this way: no reader is looked up, no name built.
    Map<String, String> values = new LinkedHashMap<>();
    ProfileAttributes.standardReaders().forEach((field, reader) ->
        put(values, field, reader.apply(profile)));
    for (int t = 0; t < ProfileAttributes.ADDRESS_TYPES.size(); t++) {
      Address address = ProfileAttributes.addressOf(t).apply(profile);
      if (address == null) {
        continue;
      }
      List<String> attributes = ProfileAttributes.addressAttributes(t);
      for (int part = 0; part < attributes.size(); part++) {
        put(values, attributes.get(part), ProfileAttributes.addressPart(address, part));
      }
    }
    if (profile.attributes() != null) {
      profile.attributes().forEach((k, v) -> put(values, ATTRIBUTES_PREFIX + k, v));
    }
    return values;
  }

  /**
   * Returns the profile with the given changes: a non-empty value sets the field, {@code null} or
   * an empty string clears it. An address left without parts becomes absent, as do empty {@code
   * Attributes}. Enumerated fields ({@code Gender}, {@code PartyType}, {@code ProfileType}) take
   * their value case-insensitively.
   *
   * @throws IllegalArgumentException if an attribute is not {@linkplain #isWritable writable} or an
   *     enumerated value is not one of its constants
   */
  public static Profile apply(Profile profile, Map<String, String> changes) {
    if (changes.isEmpty()) {
      return profile;
    }
    String[] attributes = new String[changes.size()];
    String[] values = new String[attributes.length];
    int i = 0;
    for (Map.Entry<String, String> change : changes.entrySet()) {
      attributes[i] = change.getKey();
      values[i++] = change.getValue();
    }
    return apply(profile, attributes, values);
  }

  /**
   * Returns the profile with the given changes, {@code values[i]} for {@code attributes[i]}, as
   * {@link #apply(Profile, Map)} makes them; a later change of the same attribute wins.
   *
   * @throws IllegalArgumentException as {@link #apply(Profile, Map)} does
   */
  public static Profile apply(Profile profile, String[] attributes, String[] values) {
    if (attributes.length == 0) {
      return profile;
    }
    Profile.Builder builder = profile.toBuilder();
    Address.Builder[] addresses = null;
    TreeMap<String, String> custom = null;
    // Without custom attributes yet, a single one is held as is: most profiles have at most one.
    String singleKey = null;
    String singleValue = null;
    boolean customChanged = false;
    for (int i = 0; i < attributes.length; i++) {
      Writer writer = writer(attributes[i]);
      String value = values[i] == null || values[i].isEmpty() ? null : values[i];
      if (writer.standard != null) {
        writer.standard.accept(builder, value);
      } else if (writer.attributeKey != null) {
        customChanged = true;
        String key = writer.attributeKey;
        if (custom == null && profile.attributes() == null) {
          if (singleKey == null || singleKey.equals(key)) {
            singleKey = value == null ? null : key;
            singleValue = value;
            continue;
          }
          custom = new TreeMap<>();
          custom.put(singleKey, singleValue);
          singleKey = null;
        } else if (custom == null) {
          custom = new TreeMap<>(profile.attributes());
        }
        if (value == null) {
          custom.remove(key);
        } else {
          custom.put(key, value);
        }
      } else {
        if (addresses == null) {
          addresses = new Address.Builder[ProfileAttributes.ADDRESS_TYPES.size()];
        }
        int type = writer.addressType;
        if (addresses[type] == null) {
          Address current = ProfileAttributes.addressOf(type).apply(profile);
          addresses[type] = current == null ? Address.builder() : current.toBuilder();
        }
        writer.part.accept(addresses[type], value);
      }
    }
    if (addresses != null) {
      for (int t = 0; t < addresses.length; t++) {
        if (addresses[t] != null) {
          setAddress(builder, t, emptyToNull(addresses[t].build()));
        }
      }
    }
    if (customChanged) {
      if (custom != null) {
        builder.attributes(custom.isEmpty() ? null : custom);
      } else {
        builder.attributes(singleKey == null ? null : Map.of(singleKey, singleValue));
      }
    }
    return builder.build();
  }

  /**
   * How a value is written to one attribute: a standard field, an address part or a custom
   * attribute. Parsed once per attribute name rather than for every profile written.
   */
  private record Writer(
      BiConsumer<Profile.Builder, String> standard,
      int addressType,
      BiConsumer<Address.Builder, String> part,
      String attributeKey) {}

  private static Writer writer(String attribute) {
    Writer writer = WRITERS.get(attribute);
    if (writer == null) {
      writer = parseWriter(attribute);
      if (WRITERS.size() < MAX_SHARED_KEYS) {
        WRITERS.putIfAbsent(attribute, writer);
      }
    }
    return writer;
  }

  private static Writer parseWriter(String attribute) {
    BiConsumer<Profile.Builder, String> standard = STANDARD.get(attribute);
    if (standard != null) {
      return new Writer(standard, -1, null, null);
    }
    if (attribute.startsWith(ATTRIBUTES_PREFIX)) {
      return new Writer(null, -1, null, attribute.substring(ATTRIBUTES_PREFIX.length()));
    }
    int dot = attribute.indexOf('.');
    int type = dot < 0 ? -1 : ProfileAttributes.ADDRESS_TYPES.indexOf(attribute.substring(0, dot));
    BiConsumer<Address.Builder, String> part =
        type < 0 ? null : PARTS.get(attribute.substring(dot + 1));
    if (part == null) {
      throw new IllegalArgumentException("not a writable profile attribute: " + attribute);
    }
    return new Writer(null, type, part, null);
  }

  private static void setAddress(Profile.Builder b, int type, Address address) {
    switch (type) {
      case 0 -> b.address(address);
      case 1 -> b.shippingAddress(address);
      case 2 -> b.mailingAddress(address);
      case 3 -> b.billingAddress(address);
      default -> throw new IllegalArgumentException("no address type " + type);
    }
  }

  private static Address emptyToNull(Address a) {
    boolean empty =
        a.address1() == null
            && a.address2() == null
            && a.address3() == null
            && a.address4() == null
            && a.city() == null
            && a.county() == null
            && a.state() == null
            && a.province() == null
            && a.country() == null
            && a.postalCode() == null;
    return empty ? null : a;
  }

  private static void put(Map<String, String> values, String attribute, String value) {
    if (value != null && !value.isEmpty()) {
      values.put(attribute, value);
    }
  }

  private static List<String> enumValues(String attribute) {
    return switch (attribute) {
      case "Gender" -> names(Gender.values());
      case "PartyType" -> names(PartyType.values());
      case "ProfileType" -> names(ProfileType.values());
      default -> null;
    };
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).collect(Collectors.toUnmodifiableList());
  }

  /** Returns the constant a value names, case-insensitively; null for null. */
  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
  }

  private static Map<String, BiConsumer<Profile.Builder, String>> standardWriters() {
    Map<String, BiConsumer<Profile.Builder, String>> m = new LinkedHashMap<>();
    m.put("AccountNumber", Profile.Builder::accountNumber);
    m.put("AdditionalInformation", Profile.Builder::additionalInformation);
    m.put("PartyType", (b, v) -> b.partyType(parse(PartyType.class, v)));
    m.put("BusinessName", Profile.Builder::businessName);
    m.put("FirstName", Profile.Builder::firstName);
    m.put("MiddleName", Profile.Builder::middleName);
    m.put("LastName", Profile.Builder::lastName);
    m.put("BirthDate", Profile.Builder::birthDate);
    m.put("Gender", (b, v) -> b.gender(parse(Gender.class, v)));
    m.put("PhoneNumber", Profile.Builder::phoneNumber);
    m.put("MobilePhoneNumber", Profile.Builder::mobilePhoneNumber);
    m.put("HomePhoneNumber", Profile.Builder::homePhoneNumber);
    m.put("BusinessPhoneNumber", Profile.Builder::businessPhoneNumber);
    m.put("EmailAddress", Profile.Builder::emailAddress);
    m.put("PersonalEmailAddress", Profile.Builder::personalEmailAddress);
    m.put("BusinessEmailAddress", Profile.Builder::businessEmailAddress);
    m.put("PartyTypeString", Profile.Builder::partyTypeString);
    m.put("GenderString", Profile.Builder::genderString);
    m.put("ProfileType", (b, v) -> b.profileType(parse(ProfileType.class, v)));
    if (!m.keySet().equals(java.util.Set.copyOf(ProfileAttributes.standardFields()))) {
      throw new IllegalStateException("writers and readers of standard fields disagree");
    }
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, BiConsumer<Address.Builder, String>> partWriters() {
    Map<String, BiConsumer<Address.Builder, String>> m = new LinkedHashMap<>();
    m.put("Address1", Address.Builder::address1);
    m.put("Address2", Address.Builder::address2);
    m.put("Address3", Address.Builder::address3);
    m.put("Address4", Address.Builder::address4);
    m.put("City", Address.Builder::city);
    m.put("County", Address.Builder::county);
    m.put("State", Address.Builder::state);
    m.put("Province", Address.Builder::province);
    m.put("Country", Address.Builder::country);
    m.put("PostalCode", Address.Builder::postalCode);
    return Collections.unmodifiableMap(m);
  }
}
