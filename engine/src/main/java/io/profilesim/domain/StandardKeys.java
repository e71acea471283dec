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

  private StandardKeys() {}

  /** Returns whether profiles have values of this key because of their fields. */
  public static boolean isDerived(String keyName) {
    return CONTENT_TYPES.containsKey(keyName);
  }

  /**
   * Returns the normalized values of a derived key that a profile's fields give, without repeats.
   */
  public static List<String> values(String keyName, Profile p) {
    List<String> values = new ArrayList<>(2);
    // Each case names its content type (CONTENT_TYPES' entry) rather than looking it up: ingestion
    // asks this for every new profile.
    switch (keyName) {
      case EMAIL -> {
        FieldContentType email = FieldContentType.EMAIL_ADDRESS;
        add(values, email, p.emailAddress());
        add(values, email, p.personalEmailAddress());
        add(values, email, p.businessEmailAddress());
      }
      case PHONE -> {
        FieldContentType phone = FieldContentType.PHONE_NUMBER;
        add(values, phone, p.phoneNumber());
        add(values, phone, p.mobilePhoneNumber());
        add(values, phone, p.homePhoneNumber());
        add(values, phone, p.businessPhoneNumber());
      }
      case ACCOUNT -> add(values, FieldContentType.STRING, p.accountNumber());
      case FULL_NAME -> add(values, FieldContentType.NAME, fullName(p));
      default -> throw new IllegalArgumentException("not a derived key: " + keyName);
    }
    return values;
  }

  private static String fullName(Profile p) {
    boolean first = p.firstName() != null && !p.firstName().isEmpty();
    boolean last = p.lastName() != null && !p.lastName().isEmpty();
    if (first && last) {
      return p.firstName() + " " + p.lastName();
    }
    return first ? p.firstName() : last ? p.lastName() : null;
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
