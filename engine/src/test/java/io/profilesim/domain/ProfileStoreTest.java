package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.Address;
import io.profilesim.model.DomainStats;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.Gender;
import io.profilesim.model.Profile;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ProfileStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final long DAY = 86_400_000L;

  private Domain domain;
  private ProfileStore store;

  @BeforeEach
  void setUp() {
    domain = newDomain();
    store = domain.store();
  }

  static Domain newDomain() {
    return new Domain(
        new DomainConfig("retail", 30, null, null, null, null, null, Map.of(), T0, T0, null, false),
        7);
  }

  private <T> T write(java.util.function.Supplier<T> action) {
    return domain.write(action);
  }

  /** Returns the unique key the helper below gives the object named {@code name}. */
  static String key(String name) {
    return IdGenerator.of(0, "test", name);
  }

  /** An object named {@code name}: its unique key is {@link #key}, its crmId key the name. */
  private static ProfileObject object(
      String name, String type, String json, long expiresAfterDays) {
    return new ProfileObject(
        key(name),
        type,
        json,
        T0.toEpochMilli(),
        T0.toEpochMilli() + expiresAfterDays * DAY,
        new String[] {"crmId", name});
  }

  private DomainStats stats() {
    return domain.stats().snapshot();
  }

  @Test
  void createProfile_givesSeededHexIds_andCountsTheProfile() {
    String a =
        write(
            () ->
                store.createProfile(Profile.builder().firstName("Ann").build(), FieldStamps.EMPTY));
    String b = write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));

    assertThat(a).matches("[a-f0-9]{32}").isEqualTo(IdGenerator.of(7, "profile/retail", "0"));
    assertThat(b).isEqualTo(IdGenerator.of(7, "profile/retail", "1"));
    assertThat(domain.read(() -> store.profile(a).profile()))
        .isEqualTo(Profile.builder().profileId(a).firstName("Ann").build());
    assertThat(stats()).isEqualTo(new DomainStats(2L, 2L, 0L, 0L)).isEqualTo(store.recount());
  }

  @Test
  void objects_countTowardsStats_andMeteringCrossesEachHundred() {
    String id = write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));
    for (int i = 0; i < 101; i++) {
      String key = "k" + i;
      write(
          () -> {
            store.putObject(id, object(key, "Crm", "{\"i\":1}", 30));
            return null;
          });
    }
    assertThat(stats()).isEqualTo(new DomainStats(1L, 2L, 101L, 707L)).isEqualTo(store.recount());

    write(() -> store.removeObject(key("k0")));

    assertThat(stats()).isEqualTo(new DomainStats(1L, 1L, 100L, 700L)).isEqualTo(store.recount());
  }

  @Test
  void putObject_withAKnownUniqueKey_replacesTheObject_evenInAnotherProfile() {
    String a = write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));
    String b = write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));
    write(
        () -> {
          store.putObject(a, object("k1", "Crm", "{\"v\":1}", 30));
          store.putObject(b, object("k1", "Crm", "{\"v\":22}", 30));
          return null;
        });

    assertThat(domain.read(() -> store.objects(a))).isEmpty();
    assertThat(domain.read(() -> store.objects(b)))
        .extracting(ProfileObject::json)
        .containsExactly("{\"v\":22}");
    assertThat(stats()).isEqualTo(new DomainStats(2L, 2L, 1L, 8L)).isEqualTo(store.recount());
  }

  @Test
  void deleteProfile_removesItsObjectsAndKeys() {
    String id = write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));
    write(
        () -> {
          store.putObject(id, object("k1", "Crm", "{}", 30));
          store.addKeys(id, "crmId", List.of("k1"));
          store.deleteProfile(id);
          return null;
        });

    assertThat(domain.read(() -> store.find("crmId", "k1"))).isEmpty();
    assertThat(domain.read(() -> store.object(key("k1")))).isNull();
    assertThat(stats()).isEqualTo(new DomainStats(0L, 0L, 0L, 0L)).isEqualTo(store.recount());
  }

  @Test
  void merge_movesObjectsAndKeys_deletesTheMerged_andKeepsStatsExact() {
    String main =
        write(
            () ->
                store.createProfile(Profile.builder().firstName("Ann").build(), FieldStamps.EMPTY));
    String other =
        write(
            () ->
                store.createProfile(Profile.builder().lastName("Lee").build(), FieldStamps.EMPTY));
    write(
        () -> {
          for (int i = 0; i < 60; i++) {
            store.putObject(main, object("m" + i, "Crm", "{}", 30));
            store.putObject(other, object("o" + i, "Web", "{}", 30));
          }
          store.addKeys(main, "crmId", List.of("A"));
          store.addKeys(other, "crmId", List.of("B"));
          store.addKeys(other, "_email", List.of("lee@x.com"));
          return null;
        });
    assertThat(stats()).isEqualTo(new DomainStats(2L, 2L, 120L, 240L));
    FieldStamps stamps = FieldStamps.EMPTY.with(List.of("FirstName", "LastName"), 5, "Crm");

    write(
        () -> {
          store.merge(
              main,
              List.of(other),
              Profile.builder().firstName("Ann").lastName("Lee").build(),
              stamps);
          return null;
        });

    assertThat(stats()).isEqualTo(new DomainStats(1L, 2L, 120L, 240L)).isEqualTo(store.recount());
    StoredProfile merged = domain.read(() -> store.profile(main));
    assertThat(merged.profile())
        .isEqualTo(Profile.builder().profileId(main).firstName("Ann").lastName("Lee").build());
    assertThat(merged.stamps()).isEqualTo(stamps);
    assertThat(merged.objectCount()).isEqualTo(120);
    assertThat(domain.read(() -> store.profile(other))).isNull();
    assertThat(domain.read(() -> store.find("crmId", "B"))).containsExactly(main);
    assertThat(domain.read(() -> store.find("_email", "lee@x.com"))).containsExactly(main);
    assertThat(domain.read(() -> store.keys(main)))
        .isEqualTo(Map.of("crmId", List.of("A", "B"), "_email", List.of("lee@x.com")));
    assertThat(domain.read(() -> store.ownerOf(key("o7")))).isEqualTo(main);
    assertThat(domain.read(() -> store.objects(main)))
        .extracting(ProfileObject::sequence)
        .isSorted();
  }

  @Test
  void merge_refusesUnknownProfilesAndTheMainItself() {
    String main = write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));
    Profile p = Profile.builder().build();

    assertThatThrownBy(
            () ->
                write(
                    () -> {
                      store.merge(main, List.of("0".repeat(32)), p, FieldStamps.EMPTY);
                      return null;
                    }))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Profile 00000000000000000000000000000000 not found in domain retail");
    assertThatThrownBy(
            () ->
                write(
                    () -> {
                      store.merge(main, List.of(main), p, FieldStamps.EMPTY);
                      return null;
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile " + main + " cannot be merged into itself");
  }

  @Test
  void expire_removesDueObjects_andProfilesLeftWithout_keepingProfilesThatNeverHadAny() {
    String shortLived =
        write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));
    String mixed = write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));
    String bare = write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));
    write(
        () -> {
          store.putObject(shortLived, object("a", "Crm", "{}", 1));
          store.putObject(mixed, object("b", "Crm", "{}", 1));
          store.putObject(mixed, object("c", "Crm", "{}", 10));
          store.addKeys(shortLived, "crmId", List.of("a"));
          return null;
        });
    assertThat(store.nextExpiryMillis()).isEqualTo(T0.toEpochMilli() + DAY);

    domain.expireDue(T0.plusMillis(DAY - 1));
    assertThat(stats().objectCount()).isEqualTo(3L);

    domain.expireDue(T0.plusMillis(DAY));

    assertThat(domain.read(() -> store.profile(shortLived))).isNull();
    assertThat(domain.read(() -> store.find("crmId", "a"))).isEmpty();
    assertThat(domain.read(() -> store.objects(mixed)))
        .extracting(ProfileObject::uniqueKey)
        .containsExactly(key("c"));
    assertThat(domain.read(() -> store.profile(bare))).isNotNull();
    assertThat(stats()).isEqualTo(new DomainStats(2L, 2L, 1L, 2L)).isEqualTo(store.recount());
    assertThat(store.nextExpiryMillis()).isEqualTo(T0.toEpochMilli() + 10 * DAY);
  }

  @Test
  void nextExpiry_isTheEarliest_whenAnEarlierExpiringObjectIsStoredLater() {
    String id = write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));
    write(
        () -> {
          store.putObject(id, object("late", "Crm", "{}", 10));
          return null;
        });
    assertThat(store.nextExpiryMillis()).isEqualTo(T0.toEpochMilli() + 10 * DAY);

    write(
        () -> {
          store.putObject(id, object("early", "Crm", "{}", 2));
          store.putObject(id, object("later", "Crm", "{}", 5));
          return null;
        });

    assertThat(store.nextExpiryMillis()).isEqualTo(T0.toEpochMilli() + 2 * DAY);
    domain.expireDue(T0.plusMillis(2 * DAY));
    assertThat(store.nextExpiryMillis()).isEqualTo(T0.toEpochMilli() + 5 * DAY);
  }

  @Test
  void expire_skipsObjectsReplacedOrDeletedBefore() {
    String id = write(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY));
    write(
        () -> {
          store.putObject(id, object("a", "Crm", "{}", 1));
          store.putObject(id, object("a", "Crm", "{\"v\":2}", 5));
          return null;
        });

    int expired = write(() -> store.expire(T0.plusMillis(2 * DAY)));

    assertThat(expired).isZero();
    assertThat(domain.read(() -> store.objects(id)))
        .extracting(ProfileObject::json)
        .containsExactly("{\"v\":2}");
  }

  @Test
  void snapshot_isNotChangedByLaterWrites() {
    String id =
        write(
            () ->
                store.createProfile(Profile.builder().firstName("Ann").build(), FieldStamps.EMPTY));
    List<StoredProfile> snapshot = store.snapshot();

    write(
        () -> {
          store.updateProfile(id, Profile.builder().firstName("Bob").build(), FieldStamps.EMPTY);
          store.createProfile(Profile.builder().build(), FieldStamps.EMPTY);
          return null;
        });

    assertThat(snapshot).hasSize(1);
    assertThat(snapshot.get(0).profile().firstName()).isEqualTo("Ann");
    assertThat(store.snapshot())
        .extracting(s -> s.profile().firstName())
        .containsExactly("Bob", null);
  }

  @Test
  void derivedKeys_becomeFindableOnceIndexed_andFollowTheFields() {
    String id =
        write(
            () ->
                store.createProfile(
                    Profile.builder()
                        .phoneNumber("+1 555 010 0000")
                        .emailAddress("Ann@X.com")
                        .build(),
                    FieldStamps.EMPTY));
    assertThat(domain.read(() -> store.find("_phone", "5550100000"))).isEmpty();

    write(
        () -> {
          store.indexDerivedKey("_phone");
          store.indexDerivedKey("_email");
          return null;
        });
    assertThat(domain.read(() -> store.find("_phone", "5550100000"))).containsExactly(id);
    assertThat(domain.read(() -> store.find("_email", "ann@x.com"))).containsExactly(id);

    write(
        () -> {
          store.updateProfile(
              id, Profile.builder().phoneNumber("555-010-9999").build(), FieldStamps.EMPTY);
          return null;
        });
    assertThat(domain.read(() -> store.find("_phone", "5550100000"))).isEmpty();
    assertThat(domain.read(() -> store.find("_phone", "5550109999"))).containsExactly(id);
    assertThat(domain.read(() -> store.find("_email", "ann@x.com"))).isEmpty();
  }

  @Test
  void aProfilePreparedBeforeTheLock_isIndexedUnderItsDerivedKeys_evenIfOneWasIndexedMeanwhile() {
    Profile fields =
        Profile.builder().phoneNumber("+1 555 010 0000").emailAddress("Ann@X.com").build();
    write(() -> {
      store.indexDerivedKey("_email");
      return null;
    });
    ProfileStore.NewProfile current = store.prepare(fields);
    String first = write(() -> store.createProfile(current, FieldStamps.EMPTY));

    ProfileStore.NewProfile stale = store.prepare(fields);
    write(() -> {
      store.indexDerivedKey("_phone");
      return null;
    });
    String second = write(() -> store.createProfile(stale, FieldStamps.EMPTY));

    assertThat(domain.read(() -> store.find("_email", "ann@x.com")))
        .containsExactly(first, second);
    assertThat(domain.read(() -> store.find("_phone", "5550100000")))
        .containsExactly(first, second);
    assertThat(domain.read(() -> store.requireProfile(second).profile()))
        .isEqualTo(fields.toBuilder().profileId(second).build());
  }

  @Test
  void aProfilePreparedFromAPlansValues_isStoredAndIndexedAsTheRecordOfThoseValuesIs() {
    AttributePlan plan =
        AttributePlan.of("Address.City", "EmailAddress", "FirstName", "Gender", "PhoneNumber");
    String[] values = {"Oslo", "Ann@X.com", "Ann", "female", null};
    write(() -> {
      store.indexDerivedKey("_email");
      store.indexDerivedKey("_phone");
      return null;
    });

    ProfileStore.NewProfile prepared = store.prepare(plan, values);
    String id = write(() -> store.createProfile(prepared, FieldStamps.EMPTY));

    assertThat(domain.read(() -> store.requireProfile(id).profile()))
        .isEqualTo(
            Profile.builder()
                .profileId(id)
                .firstName("Ann")
                .emailAddress("Ann@X.com")
                .gender(Gender.FEMALE)
                .address(Address.builder().city("Oslo").build())
                .build());
    assertThat(domain.read(() -> store.find("_email", "ann@x.com"))).containsExactly(id);
  }

  @Test
  void aProfileWithEngagementPreferences_isKeptAsTheRecord_andReadsBackWithItsId() {
    Profile fields = Profile.builder().firstName("Ann")
        .engagementPreferences(new io.profilesim.model.EngagementPreferences(
            List.of(new io.profilesim.model.ContactPreference("_phone", "+15550100", null, null)),
            null))
        .build();
    String id = write(() -> store.createProfile(fields, FieldStamps.EMPTY));
    Profile expected = fields.toBuilder().profileId(id).build();

    assertThat(domain.read(() -> store.requireProfile(id).profile())).isEqualTo(expected);
    assertThat(store.profiles()).containsExactly(expected);
    write(() -> {
      store.updateProfile(id, fields.toBuilder().lastName("Lee").build(), FieldStamps.EMPTY);
      return null;
    });
    assertThat(store.profiles())
        .containsExactly(expected.toBuilder().lastName("Lee").build());
  }

  @Test
  void anObject_keepsItsJsonExactly_andMetersItsUtf8Length_butRefusesALoneSurrogate() {
    ProfileObject o = object("k1", "Crm", "{\"n\":\"Zoë\"}", 30);
    assertThat(o.json()).isEqualTo("{\"n\":\"Zoë\"}");
    assertThat(o.sizeBytes()).isEqualTo(12); // 11 characters, ë two bytes

    assertThatThrownBy(() -> object("k2", "Crm", "{\"n\":\"\uD800\"}", 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unpaired surrogate at index 6");
  }

  @Test
  void anObject_givesBackItsUniqueKey_andRefusesOneThatIsNotAnId() {
    assertThat(object("k1", "Crm", "{}", 30).uniqueKey()).isEqualTo(key("k1"));

    assertThatThrownBy(() -> new ProfileObject("k1", "Crm", "{}", 0, 0, new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("uniqueKey must be 32 lower-case hex digits, not k1");
  }

  @Test
  void removeKeys_keepsAValueTheFieldsStillGive() {
    String id =
        write(
            () ->
                store.createProfile(
                    Profile.builder().emailAddress("a@x.com").build(), FieldStamps.EMPTY));
    write(
        () -> {
          store.indexDerivedKey("_email");
          store.addKeys(id, "_email", List.of("a@x.com", "b@x.com"));
          return null;
        });

    int removed = write(() -> store.removeKeys(id, "_email", List.of("a@x.com", "b@x.com")));

    assertThat(removed).isEqualTo(2);
    assertThat(domain.read(() -> store.find("_email", "a@x.com"))).containsExactly(id);
    assertThat(domain.read(() -> store.find("_email", "b@x.com"))).isEmpty();
  }

  @Test
  void removeObjectType_deletesItsObjects_andScrubsTheFieldsItGave() {
    String id =
        write(
            () ->
                store.createProfile(
                    Profile.builder().firstName("Ann").lastName("Lee").build(),
                    FieldStamps.builder()
                        .put("FirstName", 1, "Crm")
                        .put("LastName", 1, "Web")
                        .build()));
    write(
        () -> {
          store.putObject(id, object("a", "Crm", "{}", 30));
          store.putObject(id, object("b", "Web", "{}", 30));
          return null;
        });

    int removed = write(() -> store.removeObjectType("Crm"));

    assertThat(removed).isEqualTo(1);
    StoredProfile p = domain.read(() -> store.profile(id));
    assertThat(p.profile().firstName()).isNull();
    assertThat(p.profile().lastName()).isEqualTo("Lee");
    assertThat(p.stamps().attributes()).containsExactly("LastName");
    assertThat(stats()).isEqualTo(new DomainStats(1L, 1L, 1L, 2L)).isEqualTo(store.recount());
  }

  @Test
  void contentTypes_comeFromTheObjectTypes_orTheDerivedKey() {
    write(
        () -> {
          store.contentTypes(Map.of("loyaltyPhone", Set.of(FieldContentType.PHONE_NUMBER)));
          return null;
        });

    assertThat(store.contentTypes("loyaltyPhone")).containsExactly(FieldContentType.PHONE_NUMBER);
    assertThat(store.contentTypes("_email")).containsExactly(FieldContentType.EMAIL_ADDRESS);
    assertThat(store.contentTypes("other")).containsExactly(FieldContentType.STRING);
  }

  @Test
  void writesWithoutTheWriteLock_failFast() {
    assertThatThrownBy(() -> store.createProfile(Profile.builder().build(), FieldStamps.EMPTY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("changing the store of domain retail requires the domain's write lock");
    assertThatThrownBy(() -> store.profile("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("reading the store of domain retail requires the domain's read or write lock");
  }
}
