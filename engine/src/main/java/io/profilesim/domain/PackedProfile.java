package io.profilesim.domain;

import static io.profilesim.domain.ProfileAttributes.ATTRIBUTES_PREFIX;

import io.profilesim.model.Address;
import io.profilesim.model.Gender;
import io.profilesim.model.PartyType;
import io.profilesim.model.Profile;
import io.profilesim.model.ProfileType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A profile's fields in one byte array, from which the store makes a {@link Profile} when one is
 * read. A Profile costs about seven objects (itself, an Address, Strings and their bytes) where
 * this costs one; the store keeps a million profiles live, and a collection during ingestion takes
 * time in proportion to the live objects.
 *
 * <p>The array starts with a varint mask of the members present, so an absent member costs one
 * bit; then come the present members' values in model order. A String is a varint of its length
 * shifted left by one, the low bit set when a char is above 255, then one byte a char (ISO-8859-1,
 * which the JDK turns into a String by a plain copy) or two (UTF-16, big-endian). Chars are kept as
 * they are, not as code points, so a lone surrogate survives, which UTF-8 would replace. An enum is
 * its ordinal in one byte: packed arrays live no longer than the JVM that made them, so ordinals
 * cannot move under them. An address is a varint mask of its ten parts and then the parts present,
 * so a present address without parts stays present. Attributes are a varint of their count shifted
 * left by one, the low bit set when a key or a value is null (the record keeps those); then each
 * entry is its key and value, led, only in that case, by a byte telling which of them is null.
 *
 * <p>A profile is packed from its record, or, when ingestion creates it, straight from the values
 * of a {@link Layout}'s attributes by number, with the same bytes. Both measure before they write,
 * so the array returned is the only one made. Packed arrays are never changed once made.
 */
final class PackedProfile {
  // The presence mask: a bit per member in model order. profileId is the store's key, not packed.
  private static final int ACCOUNT_NUMBER = 1;
  private static final int ADDITIONAL_INFORMATION = 1 << 1;
  private static final int PARTY_TYPE = 1 << 2;
  private static final int BUSINESS_NAME = 1 << 3;
  private static final int FIRST_NAME = 1 << 4;
  private static final int MIDDLE_NAME = 1 << 5;
  private static final int LAST_NAME = 1 << 6;
  private static final int BIRTH_DATE = 1 << 7;
  private static final int GENDER = 1 << 8;
  private static final int PHONE_NUMBER = 1 << 9;
  private static final int MOBILE_PHONE_NUMBER = 1 << 10;
  private static final int HOME_PHONE_NUMBER = 1 << 11;
  private static final int BUSINESS_PHONE_NUMBER = 1 << 12;
  private static final int EMAIL_ADDRESS = 1 << 13;
  private static final int PERSONAL_EMAIL_ADDRESS = 1 << 14;
  private static final int BUSINESS_EMAIL_ADDRESS = 1 << 15;
  private static final int ADDRESS = 1 << 16;
  private static final int SHIPPING_ADDRESS = 1 << 17;
  private static final int MAILING_ADDRESS = 1 << 18;
  private static final int BILLING_ADDRESS = 1 << 19;
  private static final int ATTRIBUTES = 1 << 20;
  private static final int PARTY_TYPE_STRING = 1 << 21;
  private static final int GENDER_STRING = 1 << 22;
  private static final int PROFILE_TYPE = 1 << 23;

  // An address's part mask, in model order.
  private static final int ADDRESS_1 = 1;
  private static final int ADDRESS_2 = 1 << 1;
  private static final int ADDRESS_3 = 1 << 2;
  private static final int ADDRESS_4 = 1 << 3;
  private static final int CITY = 1 << 4;
  private static final int COUNTY = 1 << 5;
  private static final int STATE = 1 << 6;
  private static final int PROVINCE = 1 << 7;
  private static final int COUNTRY = 1 << 8;
  private static final int POSTAL_CODE = 1 << 9;

  // The byte before an attribute when some key or value is null.
  private static final int NULL_KEY = 1;
  private static final int NULL_VALUE = 2;

  // values() clones its array on every call.
  private static final PartyType[] PARTY_TYPES = PartyType.values();
  private static final Gender[] GENDERS = Gender.values();
  private static final ProfileType[] PROFILE_TYPES = ProfileType.values();

  private PackedProfile() {}

  /**
   * Packs a profile's members, all but profileId, into one array; returns null when the profile has
   * members this codec does not pack (non-null foundByItems or engagementPreferences): the store
   * then keeps the record itself. foundByItems only decorates search results, and engagement
   * preferences are lists of records: a layout for them would be code for profiles that the record
   * already keeps exactly.
   */
  static byte[] pack(Profile profile) {
    if (profile.foundByItems() != null || profile.engagementPreferences() != null) {
      return null;
    }
    int mask = presence(profile);
    byte[] packed = new byte[encode(profile, mask, null)];
    encode(profile, mask, packed);
    return packed;
  }

  /**
   * Rebuilds the profile, with profileId set to the given id: the store keeps the id as the key it
   * finds the array by, so the array need not hold it a second time.
   */
  static Profile unpack(byte[] packed, String profileId) {
    int mask = varint(packed, 0);
    int at = varintSize(mask);
    String accountNumber = (mask & ACCOUNT_NUMBER) == 0 ? null : string(packed, at);
    at = after(packed, at, accountNumber);
    String additionalInformation =
        (mask & ADDITIONAL_INFORMATION) == 0 ? null : string(packed, at);
    at = after(packed, at, additionalInformation);
    PartyType partyType = (mask & PARTY_TYPE) == 0 ? null : PARTY_TYPES[packed[at]];
    at = after(at, partyType);
    String businessName = (mask & BUSINESS_NAME) == 0 ? null : string(packed, at);
    at = after(packed, at, businessName);
    String firstName = (mask & FIRST_NAME) == 0 ? null : string(packed, at);
    at = after(packed, at, firstName);
    String middleName = (mask & MIDDLE_NAME) == 0 ? null : string(packed, at);
    at = after(packed, at, middleName);
    String lastName = (mask & LAST_NAME) == 0 ? null : string(packed, at);
    at = after(packed, at, lastName);
    String birthDate = (mask & BIRTH_DATE) == 0 ? null : string(packed, at);
    at = after(packed, at, birthDate);
    Gender gender = (mask & GENDER) == 0 ? null : GENDERS[packed[at]];
    at = after(at, gender);
    String phoneNumber = (mask & PHONE_NUMBER) == 0 ? null : string(packed, at);
    at = after(packed, at, phoneNumber);
    String mobilePhoneNumber = (mask & MOBILE_PHONE_NUMBER) == 0 ? null : string(packed, at);
    at = after(packed, at, mobilePhoneNumber);
    String homePhoneNumber = (mask & HOME_PHONE_NUMBER) == 0 ? null : string(packed, at);
    at = after(packed, at, homePhoneNumber);
    String businessPhoneNumber = (mask & BUSINESS_PHONE_NUMBER) == 0 ? null : string(packed, at);
    at = after(packed, at, businessPhoneNumber);
    String emailAddress = (mask & EMAIL_ADDRESS) == 0 ? null : string(packed, at);
    at = after(packed, at, emailAddress);
    String personalEmailAddress =
        (mask & PERSONAL_EMAIL_ADDRESS) == 0 ? null : string(packed, at);
    at = after(packed, at, personalEmailAddress);
    String businessEmailAddress =
        (mask & BUSINESS_EMAIL_ADDRESS) == 0 ? null : string(packed, at);
    at = after(packed, at, businessEmailAddress);
    Address address = (mask & ADDRESS) == 0 ? null : address(packed, at);
    at = after(packed, at, address);
    Address shippingAddress = (mask & SHIPPING_ADDRESS) == 0 ? null : address(packed, at);
    at = after(packed, at, shippingAddress);
    Address mailingAddress = (mask & MAILING_ADDRESS) == 0 ? null : address(packed, at);
    at = after(packed, at, mailingAddress);
    Address billingAddress = (mask & BILLING_ADDRESS) == 0 ? null : address(packed, at);
    at = after(packed, at, billingAddress);
    Map<String, String> attributes = (mask & ATTRIBUTES) == 0 ? null : attributes(packed, at);
    at = after(packed, at, attributes);
    String partyTypeString = (mask & PARTY_TYPE_STRING) == 0 ? null : string(packed, at);
    at = after(packed, at, partyTypeString);
    String genderString = (mask & GENDER_STRING) == 0 ? null : string(packed, at);
    at = after(packed, at, genderString);
    ProfileType profileType = (mask & PROFILE_TYPE) == 0 ? null : PROFILE_TYPES[packed[at]];
    return new Profile(
        profileId,
        accountNumber,
        additionalInformation,
        partyType,
        businessName,
        firstName,
        middleName,
        lastName,
        birthDate,
        gender,
        phoneNumber,
        mobilePhoneNumber,
        homePhoneNumber,
        businessPhoneNumber,
        emailAddress,
        personalEmailAddress,
        businessEmailAddress,
        address,
        shippingAddress,
        mailingAddress,
        billingAddress,
        attributes,
        null,
        partyTypeString,
        genderString,
        profileType,
        null);
  }

  // ---------------------------------------------------------------- packing from numbered values

  /** The presence bit of each standard field, by attribute name. */
  private static final Map<String, Integer> MEMBER_BITS =
      Map.ofEntries(
          Map.entry("AccountNumber", ACCOUNT_NUMBER),
          Map.entry("AdditionalInformation", ADDITIONAL_INFORMATION),
          Map.entry("PartyType", PARTY_TYPE),
          Map.entry("BusinessName", BUSINESS_NAME),
          Map.entry("FirstName", FIRST_NAME),
          Map.entry("MiddleName", MIDDLE_NAME),
          Map.entry("LastName", LAST_NAME),
          Map.entry("BirthDate", BIRTH_DATE),
          Map.entry("Gender", GENDER),
          Map.entry("PhoneNumber", PHONE_NUMBER),
          Map.entry("MobilePhoneNumber", MOBILE_PHONE_NUMBER),
          Map.entry("HomePhoneNumber", HOME_PHONE_NUMBER),
          Map.entry("BusinessPhoneNumber", BUSINESS_PHONE_NUMBER),
          Map.entry("EmailAddress", EMAIL_ADDRESS),
          Map.entry("PersonalEmailAddress", PERSONAL_EMAIL_ADDRESS),
          Map.entry("BusinessEmailAddress", BUSINESS_EMAIL_ADDRESS),
          Map.entry("PartyTypeString", PARTY_TYPE_STRING),
          Map.entry("GenderString", GENDER_STRING),
          Map.entry("ProfileType", PROFILE_TYPE));

  /** An address's parts take ten bits each of a long, by address type. */
  private static final int PART_BITS = 10;

  /**
   * How to pack a profile from the values of a fixed list of attributes, by number, without
   * building a {@link Profile}: the attributes are put in packed order once, when the list is
   * compiled, and each profile is then a walk over that order.
   */
  static final class Layout {
    /** Attribute numbers in packed order, and what each is: its member's presence bit, ... */
    private final int[] order;

    private final int[] memberBit;

    /** ... an address part's bit and address type (else 0 and -1), ... */
    private final int[] partBit;

    private final int[] addressType;

    /** ... and a custom attribute's key (else null). */
    private final String[] key;

    private Layout(int[] order, int[] memberBit, int[] partBit, int[] addressType, String[] key) {
      this.order = order;
      this.memberBit = memberBit;
      this.partBit = partBit;
      this.addressType = addressType;
      this.key = key;
    }
  }

  /**
   * Compiles the layout of a list of distinct attributes as {@link ProfileFields} names them.
   *
   * @throws IllegalArgumentException if an attribute is not writable or is listed twice
   */
  static Layout layout(String[] attributes) {
    if (new HashSet<>(Arrays.asList(attributes)).size() != attributes.length) {
      throw new IllegalArgumentException(
          "an attribute listed twice: " + Arrays.toString(attributes));
    }
    // Packed order: by member, then an address's parts in model order, then custom attributes by
    // key, as the record's sorted map holds them.
    Integer[] order = new Integer[attributes.length];
    long[] rank = new long[attributes.length];
    for (int i = 0; i < attributes.length; i++) {
      order[i] = i;
      rank[i] = rank(attributes[i]);
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingLong(i -> rank[i])
            .thenComparing(i -> attributes[i], Comparator.naturalOrder()));
    int n = attributes.length;
    int[] numbers = new int[n];
    int[] memberBit = new int[n];
    int[] partBit = new int[n];
    int[] addressType = new int[n];
    String[] key = new String[n];
    for (int i = 0; i < n; i++) {
      String attribute = attributes[order[i]];
      numbers[i] = order[i];
      memberBit[i] = (int) (rank[order[i]] >>> 32);
      partBit[i] = (int) rank[order[i]];
      int shift = Integer.numberOfTrailingZeros(memberBit[i]);
      addressType[i] = partBit[i] == 0 ? -1 : shift - Integer.numberOfTrailingZeros(ADDRESS);
      key[i] = memberBit[i] == ATTRIBUTES ? attribute.substring(ATTRIBUTES_PREFIX.length()) : null;
    }
    return new Layout(numbers, memberBit, partBit, addressType, key);
  }

  /** Returns an attribute's member bit in the high half, an address part's bit in the low one. */
  private static long rank(String attribute) {
    if (!ProfileFields.isWritable(attribute)) {
      throw new IllegalArgumentException("not a writable profile attribute: " + attribute);
    }
    Integer bit = MEMBER_BITS.get(attribute);
    if (bit != null) {
      return (long) bit << 32;
    }
    if (attribute.startsWith(ATTRIBUTES_PREFIX)) {
      return (long) ATTRIBUTES << 32;
    }
    int dot = attribute.indexOf('.');
    int type = ProfileAttributes.ADDRESS_TYPES.indexOf(attribute.substring(0, dot));
    int part = ProfileAttributes.ADDRESS_PARTS.indexOf(attribute.substring(dot + 1));
    return (long) (ADDRESS << type) << 32 | 1L << part;
  }

  /**
   * Packs the profile that {@code ProfileFields.apply} makes from no fields and these values,
   * {@code values[i]} for attribute {@code i} of the layout's list, with the same bytes {@link
   * #pack(Profile)} gives that profile: a null or empty value leaves its attribute out, an address
   * is present when one of its parts is, and an enumerated field takes its value
   * case-insensitively.
   *
   * @throws IllegalArgumentException if an enumerated value is not one of its constants
   */
  static byte[] pack(Layout layout, String[] values) {
    int mask = 0;
    long parts = 0;
    int customs = 0;
    for (int i = 0; i < layout.order.length; i++) {
      if (present(values[layout.order[i]])) {
        mask |= layout.memberBit[i];
        if (layout.addressType[i] >= 0) {
          parts |= (long) layout.partBit[i] << (PART_BITS * layout.addressType[i]);
        }
        customs += layout.key[i] != null ? 1 : 0;
      }
    }
    byte[] packed = new byte[encode(layout, values, mask, parts, customs, null)];
    encode(layout, values, mask, parts, customs, packed);
    return packed;
  }

  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }

  /** As {@link #encode(Profile, int, byte[])} does, from values by number. */
  private static int encode(
      Layout layout, String[] values, int mask, long parts, int customs, byte[] out) {
    int at = putVarint(out, 0, mask);
    int openAddress = -1;
    boolean customsOpen = false;
    for (int i = 0; i < layout.order.length; i++) {
      String value = values[layout.order[i]];
      if (!present(value)) {
        continue;
      }
      int type = layout.addressType[i];
      if (type >= 0 && type != openAddress) {
        at = putVarint(out, at, (int) (parts >>> (PART_BITS * type)) & ((1 << PART_BITS) - 1));
        openAddress = type;
      } else if (layout.key[i] != null && !customsOpen) {
        at = putVarint(out, at, customs << 1);
        customsOpen = true;
      }
      at = switch (layout.memberBit[i]) {
        case PARTY_TYPE -> putEnum(out, at, PartyType.class, value);
        case GENDER -> putEnum(out, at, Gender.class, value);
        case PROFILE_TYPE -> putEnum(out, at, ProfileType.class, value);
        case ATTRIBUTES -> putString(out, putString(out, at, layout.key[i]), value);
        default -> putString(out, at, value);
      };
    }
    return at;
  }

  /** Writes the constant a value names, read only when writing: measuring needs no parse. */
  private static <E extends Enum<E>> int putEnum(
      byte[] out, int at, Class<E> type, String value) {
    if (out != null) {
      out[at] = (byte) ProfileFields.parse(type, value).ordinal();
    }
    return Math.addExact(at, 1);
  }

  // ---------------------------------------------------------------- packing

  private static int presence(Profile p) {
    return bit(p.accountNumber(), ACCOUNT_NUMBER)
        | bit(p.additionalInformation(), ADDITIONAL_INFORMATION)
        | bit(p.partyType(), PARTY_TYPE)
        | bit(p.businessName(), BUSINESS_NAME)
        | bit(p.firstName(), FIRST_NAME)
        | bit(p.middleName(), MIDDLE_NAME)
        | bit(p.lastName(), LAST_NAME)
        | bit(p.birthDate(), BIRTH_DATE)
        | bit(p.gender(), GENDER)
        | bit(p.phoneNumber(), PHONE_NUMBER)
        | bit(p.mobilePhoneNumber(), MOBILE_PHONE_NUMBER)
        | bit(p.homePhoneNumber(), HOME_PHONE_NUMBER)
        | bit(p.businessPhoneNumber(), BUSINESS_PHONE_NUMBER)
        | bit(p.emailAddress(), EMAIL_ADDRESS)
        | bit(p.personalEmailAddress(), PERSONAL_EMAIL_ADDRESS)
        | bit(p.businessEmailAddress(), BUSINESS_EMAIL_ADDRESS)
        | bit(p.address(), ADDRESS)
        | bit(p.shippingAddress(), SHIPPING_ADDRESS)
        | bit(p.mailingAddress(), MAILING_ADDRESS)
        | bit(p.billingAddress(), BILLING_ADDRESS)
        | bit(p.attributes(), ATTRIBUTES)
        | bit(p.partyTypeString(), PARTY_TYPE_STRING)
        | bit(p.genderString(), GENDER_STRING)
        | bit(p.profileType(), PROFILE_TYPE);
  }

  private static int parts(Address a) {
    return bit(a.address1(), ADDRESS_1)
        | bit(a.address2(), ADDRESS_2)
        | bit(a.address3(), ADDRESS_3)
        | bit(a.address4(), ADDRESS_4)
        | bit(a.city(), CITY)
        | bit(a.county(), COUNTY)
        | bit(a.state(), STATE)
        | bit(a.province(), PROVINCE)
        | bit(a.country(), COUNTRY)
        | bit(a.postalCode(), POSTAL_CODE);
  }

  private static int bit(Object member, int bit) {
    return member == null ? 0 : bit;
  }

  /**
   * Writes the members into {@code out} and returns where they end; with {@code out} null, only
   * returns where they would end. One walk serves both so that the size cannot disagree with what
   * is written. An absent member writes nothing: the mask already says it is absent.
   */
  private static int encode(Profile p, int mask, byte[] out) {
    int at = putVarint(out, 0, mask);
    at = putString(out, at, p.accountNumber());
    at = putString(out, at, p.additionalInformation());
    at = putEnum(out, at, p.partyType());
    at = putString(out, at, p.businessName());
    at = putString(out, at, p.firstName());
    at = putString(out, at, p.middleName());
    at = putString(out, at, p.lastName());
    at = putString(out, at, p.birthDate());
    at = putEnum(out, at, p.gender());
    at = putString(out, at, p.phoneNumber());
    at = putString(out, at, p.mobilePhoneNumber());
    at = putString(out, at, p.homePhoneNumber());
    at = putString(out, at, p.businessPhoneNumber());
    at = putString(out, at, p.emailAddress());
    at = putString(out, at, p.personalEmailAddress());
    at = putString(out, at, p.businessEmailAddress());
    at = putAddress(out, at, p.address());
    at = putAddress(out, at, p.shippingAddress());
    at = putAddress(out, at, p.mailingAddress());
    at = putAddress(out, at, p.billingAddress());
    at = putAttributes(out, at, p.attributes());
    at = putString(out, at, p.partyTypeString());
    at = putString(out, at, p.genderString());
    return putEnum(out, at, p.profileType());
  }

  private static int putAddress(byte[] out, int at, Address a) {
    if (a == null) {
      return at;
    }
    at = putVarint(out, at, parts(a));
    at = putString(out, at, a.address1());
    at = putString(out, at, a.address2());
    at = putString(out, at, a.address3());
    at = putString(out, at, a.address4());
    at = putString(out, at, a.city());
    at = putString(out, at, a.county());
    at = putString(out, at, a.state());
    at = putString(out, at, a.province());
    at = putString(out, at, a.country());
    return putString(out, at, a.postalCode());
  }

  private static int putAttributes(byte[] out, int at, Map<String, String> attributes) {
    if (attributes == null) {
      return at;
    }
    boolean nulls = hasNull(attributes);
    at = putVarint(out, at, attributes.size() << 1 | (nulls ? 1 : 0));
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      String key = attribute.getKey();
      String value = attribute.getValue();
      if (nulls) {
        if (out != null) {
          out[at] = (byte) ((key == null ? NULL_KEY : 0) | (value == null ? NULL_VALUE : 0));
        }
        at = Math.addExact(at, 1);
      }
      at = putString(out, at, key);
      at = putString(out, at, value);
    }
    return at;
  }

  private static boolean hasNull(Map<String, String> attributes) {
    // Not containsKey(null) nor containsValue(null): the JDK's immutable maps throw on those.
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      if (attribute.getKey() == null || attribute.getValue() == null) {
        return true;
      }
    }
    return false;
  }

  private static int putEnum(byte[] out, int at, Enum<?> constant) {
    if (constant == null) {
      return at;
    }
    if (out != null) {
      out[at] = (byte) constant.ordinal();
    }
    return Math.addExact(at, 1);
  }

  private static int putString(byte[] out, int at, String s) {
    if (s == null) {
      return at;
    }
    int length = s.length();
    boolean wide = isWide(s);
    // Unsigned: a length below 2^31 shifted left by one still fits 32 bits.
    at = putVarint(out, at, length << 1 | (wide ? 1 : 0));
    if (out == null) {
      return Math.addExact(at, wide ? Math.multiplyExact(length, 2) : length);
    }
    if (wide) {
      for (int i = 0; i < length; i++) {
        char c = s.charAt(i);
        out[at++] = (byte) (c >>> 8);
        out[at++] = (byte) c;
      }
    } else {
      for (int i = 0; i < length; i++) {
        out[at++] = (byte) s.charAt(i);
      }
    }
    return at;
  }

  private static boolean isWide(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        return true;
      }
    }
    return false;
  }

  private static int putVarint(byte[] out, int at, int value) {
    if (out == null) {
      return Math.addExact(at, varintSize(value));
    }
    while ((value & ~0x7F) != 0) {
      out[at++] = (byte) (value | 0x80);
      value >>>= 7;
    }
    out[at++] = (byte) value;
    return at;
  }

  /** Returns how many bytes the varint of {@code value}, taken as unsigned, takes: 1 to 5. */
  private static int varintSize(int value) {
    return (31 - Integer.numberOfLeadingZeros(value | 1)) / 7 + 1;
  }

  // ---------------------------------------------------------------- unpacking
  // Each read takes where its value starts; after(...) then tells where the value ends, and
  // returns the same place for an absent one, so a read needs no cursor object.

  private static Address address(byte[] packed, int at) {
    int parts = varint(packed, at);
    at += varintSize(parts);
    String address1 = (parts & ADDRESS_1) == 0 ? null : string(packed, at);
    at = after(packed, at, address1);
    String address2 = (parts & ADDRESS_2) == 0 ? null : string(packed, at);
    at = after(packed, at, address2);
    String address3 = (parts & ADDRESS_3) == 0 ? null : string(packed, at);
    at = after(packed, at, address3);
    String address4 = (parts & ADDRESS_4) == 0 ? null : string(packed, at);
    at = after(packed, at, address4);
    String city = (parts & CITY) == 0 ? null : string(packed, at);
    at = after(packed, at, city);
    String county = (parts & COUNTY) == 0 ? null : string(packed, at);
    at = after(packed, at, county);
    String state = (parts & STATE) == 0 ? null : string(packed, at);
    at = after(packed, at, state);
    String province = (parts & PROVINCE) == 0 ? null : string(packed, at);
    at = after(packed, at, province);
    String country = (parts & COUNTRY) == 0 ? null : string(packed, at);
    at = after(packed, at, country);
    String postalCode = (parts & POSTAL_CODE) == 0 ? null : string(packed, at);
    return new Address(
        address1, address2, address3, address4, city, county, state, province, country, postalCode);
  }

  /**
   * Returns a map for the record to copy, shaped so that the copy is cheap: {@code Map.of} for one
   * entry without nulls, which the record keeps as it is; otherwise the entries in packed order,
   * which is the record's own order (sorted, or insertion order when a key is null).
   */
  private static Map<String, String> attributes(byte[] packed, int at) {
    int header = varint(packed, at);
    at += varintSize(header);
    int count = header >>> 1;
    boolean nulls = (header & 1) != 0;
    if (count == 0) {
      return Map.of();
    }
    if (count == 1 && !nulls) {
      String key = string(packed, at);
      return Map.of(key, string(packed, after(packed, at, key)));
    }
    Map<String, String> attributes = new LinkedHashMap<>(count * 4 / 3 + 1);
    for (int i = 0; i < count; i++) {
      int absent = nulls ? packed[at++] : 0;
      String key = (absent & NULL_KEY) != 0 ? null : string(packed, at);
      at = after(packed, at, key);
      String value = (absent & NULL_VALUE) != 0 ? null : string(packed, at);
      at = after(packed, at, value);
      attributes.put(key, value);
    }
    return attributes;
  }

  private static String string(byte[] packed, int at) {
    int header = varint(packed, at);
    int length = header >>> 1;
    int from = at + varintSize(header);
    if ((header & 1) == 0) {
      return length == 0 ? "" : new String(packed, from, length, StandardCharsets.ISO_8859_1);
    }
    // Not new String(..., UTF_16BE): its decoder replaces a lone surrogate.
    char[] chars = new char[length];
    for (int i = 0; i < length; i++, from += 2) {
      chars[i] = (char) ((packed[from] & 0xFF) << 8 | packed[from + 1] & 0xFF);
    }
    return new String(chars);
  }

  private static int after(byte[] packed, int at, String s) {
    return s == null ? at : skip(packed, at);
  }

  /** Returns where the String at {@code at} ends, past its chars of one or two bytes each. */
  private static int skip(byte[] packed, int at) {
    int header = varint(packed, at);
    return at + varintSize(header) + ((header >>> 1) << (header & 1));
  }

  private static int after(int at, Enum<?> constant) {
    return constant == null ? at : at + 1;
  }

  private static int after(byte[] packed, int at, Address a) {
    if (a == null) {
      return at;
    }
    int parts = varint(packed, at);
    at += varintSize(parts);
    for (int i = Integer.bitCount(parts); i > 0; i--) {
      at = skip(packed, at);
    }
    return at;
  }

  private static int after(byte[] packed, int at, Map<String, String> attributes) {
    if (attributes == null) {
      return at;
    }
    int header = varint(packed, at);
    at += varintSize(header);
    boolean nulls = (header & 1) != 0;
    for (int i = header >>> 1; i > 0; i--) {
      int absent = nulls ? packed[at++] : 0;
      if ((absent & NULL_KEY) == 0) {
        at = skip(packed, at);
      }
      if ((absent & NULL_VALUE) == 0) {
        at = skip(packed, at);
      }
    }
    return at;
  }

  private static int varint(byte[] packed, int at) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = packed[at++];
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }
}
