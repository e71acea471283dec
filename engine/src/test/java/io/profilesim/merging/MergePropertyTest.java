package io.profilesim.merging;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.CustomerProfiles;
import io.profilesim.Internals;
import io.profilesim.TestClock;
import io.profilesim.domain.Domain;
import io.profilesim.domain.ProfileObject;
import io.profilesim.domain.ServiceContext;
import io.profilesim.domain.StoredProfile;
import io.profilesim.exception.CustomerProfilesException;
import io.profilesim.job.MatchOutcome;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.MatchItem;
import io.profilesim.model.MergeProfilesRequest;
import io.profilesim.model.ObjectTypeField;
import io.profilesim.model.ObjectTypeKey;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.StandardIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random sequences of ingestion, MergeProfiles and auto-merges: no object is ever lost or
 * duplicated by a merge, a merge removes exactly the profiles it merged, and GetDomain.Stats always
 * equal a recount.
 */
final class MergePropertyTest {
  private static final String DOMAIN = "retail";

  /** One operation: what to do and three numbers that pick its arguments. */
  record Op(int kind, int a, int b, int c) {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 30);
    return Combinators.combine(Arbitraries.integers().between(0, 3), n, n, n).as(Op::new)
        .list().ofMinSize(1).ofMaxSize(50);
  }

  @Property(tries = 100)
  void mergesNeverLoseOrDuplicateAnObject_andStatsEqualARecount(
      @ForAll("operations") List<Op> ops) {
    TestClock clock = TestClock.atMonday();
    try (CustomerProfiles profiles = CustomerProfiles.builder().clock(clock).seed(7).build()) {
      setUp(profiles);
      Domain domain = Internals.domain(profiles, DOMAIN);
      MergeService merging = new MergeService(
          new ServiceContext(clock, "us-east-1", "123456789012", 7), Internals.registry(profiles));
      for (Op op : ops) {
        Map<String, Integer> objectsBefore = objectKeys(domain);
        int profilesBefore = domain.store().snapshot().size();
        long mergedAway = 0;
        try {
          mergedAway = apply(profiles, merging, domain, op);
        } catch (CustomerProfilesException expected) {
          // A merge of profiles that are gone fails or skips; the invariants must not care.
        }
        if (op.kind() > 0) {
          assertThat(objectKeys(domain)).as("objects after %s", op).isEqualTo(objectsBefore);
          assertThat(domain.store().snapshot()).as("profiles after %s", op)
              .hasSize(profilesBefore - (int) mergedAway);
        }
        assertThat(profiles.getDomain(DOMAIN).stats()).as("after %s", op)
            .isEqualTo(domain.store().recount());
      }
    }
  }

  private static void setUp(CustomerProfiles profiles) {
    profiles.createDomain(CreateDomainRequest.builder().domainName(DOMAIN)
        .defaultExpirationDays(30).build());
    profiles.putProfileObjectType(PutProfileObjectTypeRequest.builder()
        .domainName(DOMAIN).objectTypeName("Crm").description("CRM export")
        .allowProfileCreation(true)
        .fields(Map.of(
            "id", new ObjectTypeField("_source.id", null, null),
            "first", new ObjectTypeField("_source.first", "_profile.FirstName", FieldContentType.NAME),
            "email", new ObjectTypeField("_source.email", "_profile.EmailAddress",
                FieldContentType.EMAIL_ADDRESS)))
        .keys(Map.of("crmId", List.of(new ObjectTypeKey(
            List.of(StandardIdentifier.PROFILE, StandardIdentifier.UNIQUE), List.of("id")))))
        .build());
  }

  /** Applies an operation and returns how many profiles it merged away. */
  private static long apply(CustomerProfiles profiles, MergeService merging, Domain domain, Op op) {
    List<StoredProfile> all = domain.store().snapshot();
    switch (op.kind()) {
      case 0 -> {
        profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"" + op.a() + "\",\"first\":\"n"
            + op.b() % 3 + "\",\"email\":\"e" + op.c() % 4 + "@x.com\"}");
        return 0;
      }
      case 1 -> {
        List<String> ids = pick(all, op);
        if (ids.size() < 2) {
          return 0;
        }
        profiles.mergeProfiles(new MergeProfilesRequest(DOMAIN, ids.get(0),
            ids.subList(1, ids.size()), null));
        return ids.size() - 1;
      }
      default -> {
        List<String> ids = pick(all, op);
        List<List<String>> criteria = op.kind() == 2 ? null : List.of(List.of("FirstName"),
            List.of("EmailAddress"));
        ids.sort(null);
        MatchOutcome outcome = new MatchOutcome(List.of(new MatchItem("m", ids, 1.0)), null);
        return merging.autoMerge(domain, outcome, MergeFixture.autoMerging(criteria), "job")
            .stream().mapToLong(m -> m.mergedProfileIds().size()).sum();
      }
    }
  }

  /** Picks up to four distinct profiles, the numbers of the operation saying which. */
  private static List<String> pick(List<StoredProfile> all, Op op) {
    List<String> ids = new ArrayList<>();
    if (all.isEmpty()) {
      return ids;
    }
    for (int i : new int[] {op.a(), op.b(), op.c(), op.a() + op.b()}) {
      String id = all.get(i % all.size()).profileId();
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Returns every object's unique key with how many profiles hold it (always one). */
  private static Map<String, Integer> objectKeys(Domain domain) {
    return domain.read(() -> {
      Map<String, Integer> keys = new TreeMap<>();
      for (StoredProfile p : domain.store().snapshot()) {
        for (ProfileObject o : domain.store().objects(p.profileId())) {
          keys.merge(o.uniqueKey(), 1, Integer::sum);
        }
      }
      return keys;
    });
  }
}
