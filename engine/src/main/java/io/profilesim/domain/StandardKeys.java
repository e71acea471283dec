package io.profilesim.domain;

import io.profilesim.model.FieldContentType;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The predefined search keys that a profile has because of its own fields, whatever object type or
 * API call wrote them. AWS shows them at work: a profile made by CreateProfile with a PhoneNumber
 * is found through the {@code _phone} key of a contact record. Values are normalized by the key's
 * content type (see {@link KeyNormalizer}).
 *
 * <ul>
 *   <li>{@code _profileId}: the profile id (looked up directly, never indexed);
 *   <li>{@code _email}: EmailAddress, PersonalEmailAddress and BusinessEmailAddress;
 *   <li>{@code _phone}: PhoneNumber, MobilePhoneNumber, HomePhoneNumber and BusinessPhoneNumber;
 *   <li>{@code _account}: AccountNumber;
 *   <li>{@code _fullName}: FirstName and LastName joined by a space (our convention; AWS does not
 *       say which parts make the full name).
 * </ul>
 */
public final class StandardKeys {
  public static final String PROFILE_ID = "_profileId";
  public static final String EMAIL = "_email";
  public static final String PHONE = "_phone";
  public static final String ACCOUNT = "_account";
  public static final String FULL_NAME = "_fullName";

  /** The content type of each derived key, which also compares search values with it. */
  public static final Map<String, FieldContentType> CONTENT_TYPES =
      Map.of(
          EMAIL, FieldContentType.EMAIL_ADDRESS,
          PHONE, FieldContentType.PHONE_NUMBER,
          ACCOUNT, FieldContentType.STRING,
          FULL_NAME, FieldContentType.NAME);

  /**
   * The standard fields each derived key is made of, in the order its values are taken; {@code
   * _fullName} joins its two with a space.
   */
  static final Map<String, List<String>> SOURCES =
      Map.of(
          EMAIL, List.of("EmailAddress", "PersonalEmailAddress", "BusinessEmailAddress"),
          PHONE,
              List.of("PhoneNumber", "MobilePhoneNumber", "HomePhoneNumber", "BusinessPhoneNumber"),
          ACCOUNT, List.of("AccountNumber"),
          FULL_NAME, List.of("FirstName", "LastName"));

  private StandardKeys() {}

  /** Returns whether profiles have values of this key because of their fields. */
  public static boolean isDerived(String keyName) {
    return CONTENT_TYPES.containsKey(keyName);
  }

  /**
   * Returns the normalized values of a derived key that a profile's fields give, without repeats.
   */
  public static List<String> values(String keyName, Profile p) {
    // Each case reads its fields (SOURCES' entry) directly rather than by name: ingestion asks
    // this for every profile it updates.
    return switch (keyName) {
      case EMAIL -> fromFields(
          keyName, p.emailAddress(), p.personalEmailAddress(), p.businessEmailAddress());
      case PHONE -> fromFields(
          keyName,
          p.phoneNumber(),
          p.mobilePhoneNumber(),
          p.homePhoneNumber(),
          p.businessPhoneNumber());
      case ACCOUNT -> fromFields(keyName, p.accountNumber());
      case FULL_NAME -> fromFields(keyName, p.firstName(), p.lastName());
      default -> throw new IllegalArgumentException("not a derived key: " + keyName);
    };
  }

  /**
   * Returns the normalized values of a derived key, without repeats, given the values of the
   * fields it is made of ({@link #SOURCES}' entry), in that order; a field without a value is null.
   */
  static List<String> fromFields(String keyName, String... fields) {
    List<String> values = new ArrayList<>(2);
    // Each case names its content type (CONTENT_TYPES' entry) rather than looking it up.
    switch (keyName) {
      case EMAIL -> addEach(values, FieldContentType.EMAIL_ADDRESS, fields);
      case PHONE -> addEach(values, FieldContentType.PHONE_NUMBER, fields);
      case ACCOUNT -> addEach(values, FieldContentType.STRING, fields);
      case FULL_NAME -> add(values, FieldContentType.NAME, fullName(fields[0], fields[1]));
      default -> throw new IllegalArgumentException("not a derived key: " + keyName);
    }
    return values;
  }

  private static void addEach(List<String> values, FieldContentType type, String[] fields) {
    for (String field : fields) {
      add(values, type, field);
    }
  }

  private static String fullName(String firstName, String lastName) {
    boolean first = firstName != null && !firstName.isEmpty();
    boolean last = lastName != null && !lastName.isEmpty();
    if (first && last) {
      return firstName + " " + lastName;
    }
    return first ? firstName : last ? lastName : null;
  }

  private static void add(List<String> values, FieldContentType type, String raw) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    String v = KeyNormalizer.normalize(type, raw);
    if (!v.isEmpty() && !values.contains(v)) {
      values.add(v);
    }
  }
}
