package io.profilesim.merging;

import io.profilesim.TestClock;
import io.profilesim.domain.Domain;
import io.profilesim.domain.DomainRegistry;
import io.profilesim.domain.DomainService;
import io.profilesim.domain.FieldStamps;
import io.profilesim.domain.ProfileFields;
import io.profilesim.domain.ServiceContext;
import io.profilesim.domain.StoredProfile;
import io.profilesim.job.MatchOutcome;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.ConflictResolution;
import io.profilesim.model.ConflictResolvingModel;
import io.profilesim.model.Consolidation;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.MatchItem;
import io.profilesim.model.Profile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A domain with profiles whose every field has a chosen time and source, and a merge service. */
final class MergeFixture {
  static final String DOMAIN = "retail";
  /** The day every field time of the tests falls on. */
  static final String DAY = "2026-01-05T";

  final TestClock clock = TestClock.at("2026-01-06T12:00:00Z");
  final ServiceContext context = new ServiceContext(clock, "us-east-1", "123456789012", 7);
  final DomainRegistry registry = new DomainRegistry(7);
  final MergeService merging = new MergeService(context, registry);
  final Domain domain;

  MergeFixture() {
    new DomainService(context, registry).createDomain(
        CreateDomainRequest.builder().domainName(DOMAIN).defaultExpirationDays(30).build());
    domain = registry.get(DOMAIN);
  }

  /** A field value, updated at {@code time} (hh:mm on {@link #DAY}) by {@code source}. */
  record Field(String attribute, String value, String time, String source) {}

  static Field f(String attribute, String value, String time) {
    return new Field(attribute, value, time, "Crm");
  }

  static Field f(String attribute, String value, String time, String source) {
    return new Field(attribute, value, time, source);
  }

  static Instant at(String time) {
    return Instant.parse(DAY + time + ":00Z");
  }

  /** Adds a profile with these fields and returns its id. */
  String add(Field... fields) {
    Map<String, String> values = new LinkedHashMap<>();
    FieldStamps.Builder stamps = FieldStamps.builder();
    for (Field f : fields) {
      values.put(f.attribute(), f.value());
      stamps.put(f.attribute(), at(f.time()).toEpochMilli(), f.source());
    }
    Profile profile = ProfileFields.apply(Profile.builder().build(), values);
    return domain.write(() -> domain.store().createProfile(profile, stamps.build()));
  }

  StoredProfile profile(String id) {
    return domain.read(() -> domain.store().profile(id));
  }

  List<StoredProfile> snapshot() {
    return domain.store().snapshot();
  }

  static MatchOutcome group(double score, String... ids) {
    List<String> sorted = new java.util.ArrayList<>(List.of(ids));
    sorted.sort(null);
    return new MatchOutcome(List.of(new MatchItem("m1", sorted, score)), null);
  }

  static AutoMerging autoMerging(List<List<String>> criteria) {
    return AutoMerging.builder().enabled(true)
        .consolidation(criteria == null ? null : new Consolidation(criteria)).build();
  }

  static AutoMerging bySource(String sourceName) {
    return AutoMerging.builder().enabled(true)
        .conflictResolution(new ConflictResolution(ConflictResolvingModel.SOURCE, sourceName))
        .build();
  }

  static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  static String max(String a, String b) {
    return a.compareTo(b) <= 0 ? b : a;
  }
}
