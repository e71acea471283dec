package io.profilesim.ingest;

import static io.profilesim.ingest.Fixtures.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.CustomerProfiles;
import io.profilesim.Internals;
import io.profilesim.TestClock;
import io.profilesim.domain.Domain;
import io.profilesim.domain.FieldStamps;
import io.profilesim.domain.StoredProfile;
import io.profilesim.exception.CustomerProfilesException;
import io.profilesim.model.AddProfileKeyRequest;
import io.profilesim.model.CreateProfileRequest;
import io.profilesim.model.DeleteProfileKeyRequest;
import io.profilesim.model.DeleteProfileObjectRequest;
import io.profilesim.model.DeleteProfileRequest;
import io.profilesim.model.ListProfileObjectsItem;
import io.profilesim.model.ListProfileObjectsRequest;
import io.profilesim.model.UpdateProfileRequest;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * GetDomain.Stats, kept incrementally, equal a recount of the store after every step of random
 * sequences of profile, key, object, merge and expiry operations.
 */
final class StatsPropertyTest {
  /** One operation: what to do and two numbers that pick its arguments. */
  record Op(int kind, int a, int b) {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 40))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(60);
  }

  @Property(tries = 150)
  void statsEqualARecount_afterEveryOperation(@ForAll("operations") List<Op> ops) {
    TestClock clock = TestClock.atMonday();
    try (CustomerProfiles profiles = Fixtures.profiles(clock)) {
      Fixtures.domain(profiles, true);
      profiles.putProfileObjectType(Fixtures.crm().toBuilder().expirationDays(3).build());
      Domain domain = Internals.domain(profiles, DOMAIN);
      for (Op op : ops) {
        try {
          apply(profiles, domain, clock, op);
        } catch (CustomerProfilesException expected) {
          // Operations on profiles or objects that no longer exist fail; the stats must not care.
        }
        assertThat(profiles.getDomain(DOMAIN).stats())
            .as("after %s", op)
            .isEqualTo(domain.store().recount());
      }
    }
  }

  private static void apply(CustomerProfiles profiles, Domain domain, TestClock clock, Op op) {
    List<StoredProfile> all = domain.store().snapshot();
    String some = all.isEmpty() ? "0".repeat(32) : all.get(op.a() % all.size()).profileId();
    String other = all.isEmpty() ? some : all.get(op.b() % all.size()).profileId();
    switch (op.kind()) {
      case 0 ->
          profiles.createProfile(
              CreateProfileRequest.builder()
                  .domainName(DOMAIN)
                  .emailAddress("p" + op.a() + "@x.com")
                  .build());
      case 1, 2 ->
          profiles.putProfileObject(
              DOMAIN,
              "Crm",
              "{\"id\":\""
                  + op.a()
                  + "\",\"email\":\"p"
                  + op.b()
                  + "@x.com\",\"first\":\""
                  + "x".repeat(op.b())
                  + "\"}");
      case 3 ->
          profiles.updateProfile(
              UpdateProfileRequest.builder()
                  .domainName(DOMAIN)
                  .profileId(some)
                  .emailAddress(op.b() % 2 == 0 ? "" : "q" + op.b() + "@x.com")
                  .build());
      case 4 -> profiles.deleteProfile(new DeleteProfileRequest(some, DOMAIN));
      case 5 -> {
        List<ListProfileObjectsItem> items =
            profiles
                .listProfileObjects(
                    ListProfileObjectsRequest.builder()
                        .domainName(DOMAIN)
                        .objectTypeName("Crm")
                        .profileId(some)
                        .build())
                .items();
        if (!items.isEmpty()) {
          profiles.deleteProfileObject(
              new DeleteProfileObjectRequest(
                  some, items.get(op.b() % items.size()).profileObjectUniqueKey(), "Crm", DOMAIN));
        }
      }
      case 6 ->
          profiles.addProfileKey(
              new AddProfileKeyRequest(some, "crmId", List.of(Integer.toString(op.b())), DOMAIN));
      case 7 ->
          profiles.deleteProfileKey(
              new DeleteProfileKeyRequest(
                  some, "crmId", List.of(Integer.toString(op.b())), DOMAIN));
      case 8 -> {
        if (!some.equals(other)) {
          domain.write(
              () -> {
                domain
                    .store()
                    .merge(
                        some,
                        List.of(other),
                        domain.store().profile(some).profile(),
                        FieldStamps.EMPTY);
                return null;
              });
        }
      }
      default -> clock.advance(Duration.ofHours(op.a() * 3L));
    }
  }
}
