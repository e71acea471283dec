package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.model.Address;
import io.profilesim.model.EngagementPreferences;
import io.profilesim.model.FoundByKeyValue;
import io.profilesim.model.Gender;
import io.profilesim.model.PartyType;
import io.profilesim.model.Profile;
import io.profilesim.model.ProfileType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

final class PackedProfileTest {
  /** The members pack leaves to the record. */
  private static final Set<String> NOT_PACKED = Set.of("foundByItems", "engagementPreferences");

  @Test
  void unpack_ofPack_givesEachOfThousandsOfRandomProfilesBack_nullsEmptiesAndOrderIncluded() {
    Generator generator = new Generator(new SplittableRandom(42));
    for (int i = 0; i < 5_000; i++) {
      Profile p = generator.profile();
      int n = i;
      Supplier<String> what = () -> "profile " + n + ": " + escaped(p);

      byte[] packed = PackedProfile.pack(p);
      Profile back = PackedProfile.unpack(packed, p.profileId());

      assertThat(back).as(what).isEqualTo(p);
      if (p.attributes() != null) {
        assertThat(back.attributes().getClass()).as(what).isEqualTo(p.attributes().getClass());
        assertThat(new ArrayList<>(back.attributes().keySet()))
            .as(what)
            .isEqualTo(new ArrayList<>(p.attributes().keySet()));
      }
      assertThat(PackedProfile.pack(back)).as(what).isEqualTo(packed);
    }
    // The cases above held every kind of String, map and address the generator means to make.
    assertThat(generator.stringKinds).as("Strings of each kind").doesNotContain(0);
    assertThat(generator.nullKeys).as("maps with a null key").isPositive();
    assertThat(generator.nullValues).as("maps with a null value").isPositive();
    assertThat(generator.emptyMaps).as("empty maps").isPositive();
    assertThat(generator.emptyAddresses).as("addresses without parts").isPositive();
  }

  @Test
  void unpack_ofPack_keepsEveryMember_ofAProfileWithAllOfThemSetApart() throws Exception {
    Profile full = fullProfile();
    // A member added to Profile must be set here, and to a String no other member holds, so that
    // a member the codec skips or two it swaps fail the round trip below.
    List<String> strings = new ArrayList<>();
    for (RecordComponent member : Profile.class.getRecordComponents()) {
      if (NOT_PACKED.contains(member.getName())) {
        continue;
      }
      Object value = member.getAccessor().invoke(full);
      assertThat(value).as(member.getName()).isNotNull();
      if (value instanceof String s) {
        strings.add(s);
      } else if (value instanceof Address a) {
        for (RecordComponent part : Address.class.getRecordComponents()) {
          Object partValue = part.getAccessor().invoke(a);
          assertThat(partValue).as(member.getName() + "." + part.getName()).isNotNull();
          strings.add((String) partValue);
        }
      } else if (value instanceof Map<?, ?> m) {
        assertThat(m).as(member.getName()).hasSizeGreaterThan(1);
        m.forEach((k, v) -> {
          strings.add((String) k);
          strings.add((String) v);
        });
      }
    }
    assertThat(strings).hasSize(1 + 16 + 4 * 10 + 2 * 3).doesNotHaveDuplicates();

    Profile back = PackedProfile.unpack(PackedProfile.pack(full), full.profileId());

    for (RecordComponent member : Profile.class.getRecordComponents()) {
      assertThat(member.getAccessor().invoke(back))
          .as(member.getName())
          .isEqualTo(member.getAccessor().invoke(full));
    }
    assertThat(back).isEqualTo(full);
  }

  @Test
  void pack_returnsNull_whenEngagementPreferencesOrFoundByItemsAreSet_evenEmpty() {
    Profile typical = typicalProfile();

    assertThat(PackedProfile.pack(typical.toBuilder()
            .engagementPreferences(new EngagementPreferences(List.of(), null))
            .build()))
        .isNull();
    assertThat(PackedProfile.pack(typical.toBuilder()
            .foundByItems(List.of(new FoundByKeyValue("_email", List.of("a@example.com"))))
            .build()))
        .isNull();
    assertThat(PackedProfile.pack(typical.toBuilder().foundByItems(List.of()).build())).isNull();
  }

  @Test
  void pack_takes96BytesForATypicalCrmProfile_andOneByteForAnEmptyOne() {
    // 3: the mask, whose highest bit, Attributes, is bit 20; 1 + 5: FirstName, a length and 5
    // chars; 1 + 6: LastName; 1 + 12: PhoneNumber; 1 + 24: EmailAddress; 2: Address's part mask,
    // whose highest bit, PostalCode, is bit 9; 1 + 14: Address1; 1 + 7: City; 1 + 5: PostalCode;
    // 1: the count of Attributes; 1 + 4: tier; 1 + 4: gold.
    assertThat(PackedProfile.pack(typicalProfile())).hasSize(96);
    assertThat(PackedProfile.pack(Profile.builder().build())).containsExactly(0);
  }

  @Test
  void pack_keepsEmptyApartFromAbsent_inOneByteForEach() {
    Profile p =
        Profile.builder()
            .firstName("")
            .address(Address.builder().build())
            .attributes(Map.of())
            .build();

    byte[] packed = PackedProfile.pack(p);
    Profile back = PackedProfile.unpack(packed, null);

    // The mask's highest bit, Attributes, is bit 20: the mask takes 3 bytes.
    assertThat(packed).hasSize(3 + 1 + 1 + 1);
    assertThat(back.firstName()).isEmpty();
    assertThat(back.lastName()).isNull();
    assertThat(back.address()).isEqualTo(Address.builder().build());
    assertThat(back.shippingAddress()).isNull();
    assertThat(back.attributes()).isEmpty();
    assertThat(back).isEqualTo(p);
  }

  @Test
  void pack_keepsEveryChar_aLoneSurrogateToo_inOneByteEachUpTo255_elseTwo() {
    Profile p =
        Profile.builder()
            .firstName("Zoë")
            .middleName("Ωμέγα")
            .lastName("a\uD83D\uDE00b")
            .birthDate("x\uD800")
            .genderString("\uDC00\u00FF")
            .build();

    byte[] packed = PackedProfile.pack(p);

    // The mask's highest bit, GenderString, is bit 22: the mask takes 4 bytes.
    assertThat(packed).hasSize(4 + (1 + 3) + (1 + 2 * 5) + (1 + 2 * 4) + (1 + 2 * 2) + (1 + 2 * 2));
    assertThat(PackedProfile.unpack(packed, null)).isEqualTo(p);
    assertThat(PackedProfile.unpack(packed, null).birthDate()).isEqualTo("x\uD800");
  }

  @Test
  void unpack_setsTheGivenProfileId_whichPackLeavesOut() {
    Profile p = typicalProfile().toBuilder().profileId("p-1").build();

    byte[] packed = PackedProfile.pack(p);

    assertThat(PackedProfile.unpack(packed, "p-2"))
        .isEqualTo(p.toBuilder().profileId("p-2").build());
    assertThat(PackedProfile.unpack(packed, "p-2").profileId()).isEqualTo("p-2");
    assertThat(PackedProfile.unpack(packed, null).profileId()).isNull();
    assertThat(PackedProfile.pack(p.toBuilder().profileId("another").build())).isEqualTo(packed);
  }

  private static Profile typicalProfile() {
    return Profile.builder()
        .firstName("Maria")
        .lastName("Garcia")
        .phoneNumber("+12065550100")
        .emailAddress("maria.garcia@example.com")
        .address(
            Address.builder()
                .address1("123 Any Street")
                .city("Seattle")
                .postalCode("98101")
                .build())
        .attributes(Map.of("tier", "gold"))
        .build();
  }

  private static Profile fullProfile() {
    Map<String, String> attributes = new HashMap<>();
    attributes.put("tier", "gold");
    attributes.put("名前", "東京");
    attributes.put("emoji", "a\uD83D\uDE00b");
    return Profile.builder()
        .profileId("p-full")
        .accountNumber("acct-17")
        .additionalInformation("Prefers mornings. Ünïcödé too.")
        .partyType(PartyType.BUSINESS)
        .businessName("Ωmega Ltd")
        .firstName("Zoë")
        .middleName("J")
        .lastName("Łukasiewicz")
        .birthDate("1970-01-02")
        .gender(Gender.FEMALE)
        .phoneNumber("+1 206 555 0100")
        .mobilePhoneNumber("+1 206 555 0101")
        .homePhoneNumber("+1 206 555 0102")
        .businessPhoneNumber("+1 206 555 0103")
        .emailAddress("zoe@example.com")
        .personalEmailAddress("zoe@home.example")
        .businessEmailAddress("zoe@work.example")
        .address(fullAddress("a"))
        .shippingAddress(fullAddress("s"))
        .mailingAddress(fullAddress("m"))
        .billingAddress(fullAddress("b\uD800"))
        .attributes(attributes)
        .partyTypeString("Partnership")
        .genderString("nonbinary")
        .profileType(ProfileType.ACCOUNT_PROFILE)
        .build();
  }

  private static Address fullAddress(String tag) {
    return new Address(
        tag + " line 1",
        tag + " line 2",
        tag + " line 3",
        tag + " line 4",
        tag + " city",
        tag + " county",
        tag + " state",
        tag + " province",
        tag + " country",
        tag + " 98101");
  }

  /** The record's text, each char outside printable ASCII as a Java escape, lone surrogates too. */
  private static String escaped(Object o) {
    StringBuilder s = new StringBuilder();
    for (char c : String.valueOf(o).toCharArray()) {
      if (c >= 0x20 && c < 0x7F) {
        s.append(c);
      } else {
        s.append(String.format("\\u%04X", (int) c));
      }
    }
    return s.toString();
  }

  /** Random profiles and Strings, and a tally of the kinds of value it made. */
  static final class Generator {
    private static final int KINDS = 8;

    private final SplittableRandom random;
    final int[] stringKinds = new int[KINDS];
    int nullKeys;
    int nullValues;
    int emptyMaps;
    int emptyAddresses;

    Generator(SplittableRandom random) {
      this.random = random;
    }

    Profile profile() {
      return Profile.builder()
          .profileId(string())
          .accountNumber(string())
          .additionalInformation(string())
          .partyType(constant(PartyType.values()))
          .businessName(string())
          .firstName(string())
          .middleName(string())
          .lastName(string())
          .birthDate(string())
          .gender(constant(Gender.values()))
          .phoneNumber(string())
          .mobilePhoneNumber(string())
          .homePhoneNumber(string())
          .businessPhoneNumber(string())
          .emailAddress(string())
          .personalEmailAddress(string())
          .businessEmailAddress(string())
          .address(address())
          .shippingAddress(address())
          .mailingAddress(address())
          .billingAddress(address())
          .attributes(attributes())
          .partyTypeString(string())
          .genderString(string())
          .profileType(constant(ProfileType.values()))
          .build();
    }

    private <E> E constant(E[] constants) {
      int i = random.nextInt(constants.length + 1);
      return i == constants.length ? null : constants[i];
    }

    private Address address() {
      return switch (random.nextInt(3)) {
        case 0 -> null;
        case 1 -> {
          emptyAddresses++;
          yield Address.builder().build();
        }
        default -> new Address(
            string(), string(), string(), string(), string(), string(), string(), string(),
            string(), string());
      };
    }

    private Map<String, String> attributes() {
      int count = random.nextInt(5) - 1;
      if (count < 0) {
        return null;
      }
      if (count == 0) {
        emptyMaps++;
      }
      // The record copies any map; the kind of its copy depends on the size and the nulls only.
      Map<String, String> attributes =
          random.nextBoolean() ? new HashMap<>() : new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String key = string();
        String value = string();
        nullKeys += key == null ? 1 : 0;
        nullValues += value == null ? 1 : 0;
        attributes.put(key, value);
      }
      return attributes;
    }

    /** Returns null, "", or chars of one kind: ASCII, Latin-1, wide, emoji, or lone surrogates. */
    String string() {
      int kind = random.nextInt(KINDS);
      stringKinds[kind]++;
      if (kind == 0) {
        return null;
      }
      if (kind == 1) {
        return "";
      }
      // Long Strings take a length of two bytes; their chars are of any other kind.
      int length = kind == 7 ? 64 + random.nextInt(200) : 1 + random.nextInt(12);
      int charKind = kind == 7 ? 2 + random.nextInt(KINDS - 3) : kind;
      StringBuilder s = new StringBuilder(length * 2);
      for (int i = 0; i < length; i++) {
        switch (charKind) {
          case 2 -> s.append((char) (0x20 + random.nextInt(0x5F)));
          case 3 -> s.append((char) random.nextInt(0x100));
          case 4 -> s.append(wideChar());
          case 5 -> s.appendCodePoint(random.nextBoolean()
              ? 0x1F600 + random.nextInt(0x50)
              : 0x10000 + random.nextInt(0x100000));
          default -> s.append(random.nextBoolean()
              ? (char) (0xD800 + random.nextInt(0x800))
              : (char) ('a' + random.nextInt(26)));
        }
      }
      if (charKind == 6) {
        // At least one lone surrogate, not followed by a low one: the String's last char.
        s.append((char) (0xD800 + random.nextInt(0x400)));
      }
      return s.toString();
    }

    private char wideChar() {
      return switch (random.nextInt(4)) {
        case 0 -> (char) (0x391 + random.nextInt(0x39)); // Greek
        case 1 -> (char) (0x4E00 + random.nextInt(0x5200)); // CJK
        case 2 -> (char) (0x100 + random.nextInt(0xD800 - 0x100));
        default -> (char) (0xE000 + random.nextInt(0x2000)); // up to U+FFFF
      };
    }
  }
}
