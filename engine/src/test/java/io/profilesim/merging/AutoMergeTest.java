package io.profilesim.merging;

import static io.profilesim.merging.MergeFixture.at;
import static io.profilesim.merging.MergeFixture.autoMerging;
import static io.profilesim.merging.MergeFixture.bySource;
import static io.profilesim.merging.MergeFixture.f;
import static io.profilesim.merging.MergeFixture.group;
import static io.profilesim.merging.MergeFixture.max;
import static io.profilesim.merging.MergeFixture.min;
import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.FieldSource;
import io.profilesim.MergeRecord;
import io.profilesim.ProfileLineage;
import io.profilesim.domain.IdGenerator;
import io.profilesim.domain.ProfileObject;
import io.profilesim.domain.StoredProfile;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.Profile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Auto-merging inside a match group, through {@link MergeService#autoMerge} as the job calls it. */
final class AutoMergeTest {
  private final MergeFixture fx = new MergeFixture();

  private List<MergeRecord> merge(AutoMerging settings, double score, String... ids) {
    return fx.merging.autoMerge(fx.domain, group(score, ids), settings, "job1");
  }

  /**
   * AWS's worked example ("Create consolidation criteria"): criterion 1 merges A and B, criterion 2
   * then merges AB with C on the phone, and each field keeps its most recent value: Jane Doe, the
   * email of 07:00, the phone of 07:00.
   */
  @Test
  void awsWorkedExample_mergesAandBThenCAndKeepsTheMostRecentValues() {
    String email = "doefamily@example.com";
    String a = fx.add(f("FirstName", "John", "05:00"), f("LastName", "Doe", "05:00"),
        f("EmailAddress", email, "05:00"), f("PhoneNumber", "555-555-5555", "07:00"));
    String b = fx.add(f("FirstName", "John", "04:00"), f("LastName", "Doe", "04:00"),
        f("EmailAddress", email, "06:00"), f("PhoneNumber", "555-555-5556", "04:00"));
    String c = fx.add(f("FirstName", "Jane", "06:00"), f("LastName", "Doe", "06:00"),
        f("EmailAddress", email, "07:00"), f("PhoneNumber", "555-555-5555", "06:00"));
    AutoMerging settings = autoMerging(List.of(
        List.of("FirstName", "LastName", "EmailAddress"), List.of("PhoneNumber")));

    List<MergeRecord> merges = merge(settings, 0.99, a, b, c);

    // No profile holds objects, so each main profile is the smaller ProfileId.
    String ab = min(a, b);
    String abc = min(ab, c);
    assertThat(merges).extracting(MergeRecord::criterion).containsExactly(1, 2);
    assertThat(merges.get(0).mainProfileId()).isEqualTo(ab);
    assertThat(merges.get(0).mergedProfileIds()).containsExactly(max(a, b));
    assertThat(merges.get(0).fieldSources()).isEqualTo(Map.of(
        "FirstName", new FieldSource(a, "Crm", at("05:00")),
        "LastName", new FieldSource(a, "Crm", at("05:00")),
        "EmailAddress", new FieldSource(b, "Crm", at("06:00")),
        "PhoneNumber", new FieldSource(a, "Crm", at("07:00"))));
    assertThat(merges.get(1).mainProfileId()).isEqualTo(abc);
    assertThat(merges.get(1).mergedProfileIds()).containsExactly(max(ab, c));
    assertThat(merges.get(1).fieldSources()).isEqualTo(Map.of(
        "FirstName", new FieldSource(c, "Crm", at("06:00")),
        "LastName", new FieldSource(c, "Crm", at("06:00")),
        "EmailAddress", new FieldSource(c, "Crm", at("07:00")),
        "PhoneNumber", new FieldSource(a, "Crm", at("07:00"))));
    assertThat(fx.snapshot()).hasSize(1);
    Profile merged = fx.profile(abc).profile();
    assertThat(merged.firstName()).isEqualTo("Jane");
    assertThat(merged.lastName()).isEqualTo("Doe");
    assertThat(merged.emailAddress()).isEqualTo(email);
    assertThat(merged.phoneNumber()).isEqualTo("555-555-5555");
    assertThat(fx.profile(abc).stamps().updatedAtMillis("PhoneNumber"))
        .isEqualTo(at("07:00").toEpochMilli());
    assertThat(merges.stream().mapToInt(m -> m.mergedProfileIds().size()).sum()).isEqualTo(2);
  }

  @Test
  void lineage_followsTheChainToTheProfileHoldingTheDataNow() {
    String email = "doefamily@example.com";
    String a = fx.add(f("FirstName", "John", "05:00"), f("EmailAddress", email, "05:00"),
        f("PhoneNumber", "5555", "07:00"));
    String b = fx.add(f("FirstName", "John", "04:00"), f("EmailAddress", email, "06:00"),
        f("PhoneNumber", "5556", "04:00"));
    String c = fx.add(f("FirstName", "Jane", "06:00"), f("EmailAddress", email, "07:00"),
        f("PhoneNumber", "5555", "06:00"));
    merge(autoMerging(List.of(List.of("FirstName", "EmailAddress"), List.of("PhoneNumber"))),
        0.99, a, b, c);
    String ab = min(a, b);
    String abc = min(ab, c);
    String mergedFirst = max(a, b);

    ProfileLineage lineage = fx.merging.lineage("retail", mergedFirst);

    assertThat(lineage.currentProfileId()).isEqualTo(abc);
    assertThat(lineage.steps()).extracting(ProfileLineage.Step::mainProfileId)
        .containsExactlyElementsOf(ab.equals(abc) ? List.of(ab) : List.of(ab, abc));
    assertThat(lineage.steps().get(0)).isEqualTo(new ProfileLineage.Step(mergedFirst, ab, "job1",
        "m1", 1, fx.clock.instant()));
    assertThat(fx.merging.lineage("retail", abc))
        .isEqualTo(new ProfileLineage(abc, abc, List.of()));
  }

  @Test
  void threshold_isInclusive_aGroupScoringExactlyTheMinimumMerges() {
    String a = fx.add(f("EmailAddress", "x@example.com", "05:00"));
    String b = fx.add(f("EmailAddress", "x@example.com", "06:00"));
    AutoMerging settings = autoMerging(null).toBuilder()
        .minAllowedConfidenceScoreForMerging(0.8).build();

    assertThat(merge(settings, 0.7999, a, b)).isEmpty();
    assertThat(fx.snapshot()).hasSize(2);
    assertThat(merge(settings, 0.8, a, b)).hasSize(1);
    assertThat(fx.snapshot()).hasSize(1);
  }

  @Test
  void withoutConsolidation_theWholeGroupMergesIntoOneProfile() {
    String a = fx.add(f("FirstName", "Ann", "05:00"));
    String b = fx.add(f("LastName", "Lee", "05:00"));
    String c = fx.add(f("EmailAddress", "ann@example.com", "05:00"));

    List<MergeRecord> merges = merge(autoMerging(null), 0.95, a, b, c);

    assertThat(merges).hasSize(1);
    assertThat(merges.get(0).criterion()).isNull();
    assertThat(merges.get(0).confidenceScore()).isEqualTo(0.95);
    Profile only = fx.snapshot().get(0).profile();
    assertThat(List.of(only.firstName(), only.lastName(), only.emailAddress()))
        .containsExactly("Ann", "Lee", "ann@example.com");
  }

  @Test
  void missingValue_neverSatisfiesACriterion() {
    String a = fx.add(f("FirstName", "Ann", "05:00"));
    String b = fx.add(f("FirstName", "Ann", "06:00"));

    assertThat(merge(autoMerging(List.of(List.of("FirstName", "EmailAddress"))), 1.0, a, b))
        .isEmpty();
    assertThat(fx.snapshot()).hasSize(2);
  }

  @Test
  void onlyTheProfilesACriterionSelectsMerge_theOthersStay() {
    String a = fx.add(f("EmailAddress", "ann@example.com", "05:00"));
    String b = fx.add(f("EmailAddress", "ann@example.com", "06:00"));
    String c = fx.add(f("EmailAddress", "other@example.com", "06:00"));

    List<MergeRecord> merges = merge(autoMerging(List.of(List.of("EmailAddress"))), 1.0, a, b, c);

    assertThat(merges).hasSize(1);
    assertThat(merges.get(0).mergedProfileIds()).containsExactly(max(a, b));
    assertThat(fx.profile(c)).isNotNull();
    assertThat(fx.snapshot()).hasSize(2);
  }

  @Test
  void values_areNormalizedBeforeTheExactComparison() {
    String a = fx.add(f("FirstName", " Ann  Marie ", "05:00"), f("EmailAddress", "ANN@Example.com", "05:00"),
        f("PhoneNumber", "555-010-0000", "05:00"));
    String b = fx.add(f("FirstName", "ann marie", "06:00"), f("EmailAddress", "ann@example.com ", "06:00"),
        f("PhoneNumber", "+1 (555) 010 0000", "06:00"));
    String c = fx.add(f("FirstName", "Ann-Marie", "06:00"), f("EmailAddress", "ann@example.com", "06:00"),
        f("PhoneNumber", "555 010 0000", "06:00"));

    List<MergeRecord> merges = merge(
        autoMerging(List.of(List.of("FirstName", "EmailAddress", "PhoneNumber"))), 1.0, a, b, c);

    assertThat(merges).hasSize(1);
    assertThat(merges.get(0).mainProfileId()).isEqualTo(min(a, b));
    assertThat(merges.get(0).mergedProfileIds()).containsExactly(max(a, b));
    assertThat(fx.profile(c)).as("a hyphen is not white space").isNotNull();
  }

  @Test
  void recency_takesTheMostRecentlyUpdatedValueOfEachField() {
    String a = fx.add(f("FirstName", "Ann", "09:00"), f("LastName", "Lee", "05:00"));
    String b = fx.add(f("FirstName", "Anne", "08:00"), f("LastName", "Li", "06:00"));

    merge(autoMerging(null), 1.0, a, b);

    Profile merged = fx.snapshot().get(0).profile();
    assertThat(merged.firstName()).isEqualTo("Ann");
    assertThat(merged.lastName()).isEqualTo("Li");
  }

  @Test
  void recency_tie_keepsTheMainProfilesValue() {
    String a = fx.add(f("FirstName", "Ann", "09:00"));
    String b = fx.add(f("FirstName", "Anne", "09:00"));

    merge(autoMerging(null), 1.0, a, b);

    StoredProfile merged = fx.snapshot().get(0);
    assertThat(merged.profileId()).isEqualTo(min(a, b));
    assertThat(merged.profile().firstName()).isEqualTo(a.equals(min(a, b)) ? "Ann" : "Anne");
  }

  @Test
  void source_valueFromTheNamedObjectTypeWins_evenWhenOlder() {
    String a = fx.add(f("FirstName", "Ann", "09:00", "Web"), f("LastName", "Lee", "09:00", "Web"));
    String b = fx.add(f("FirstName", "Anne", "05:00", "Crm"), f("LastName", "Li", "04:00", "Web"));

    merge(bySource("Crm"), 1.0, a, b);

    Profile merged = fx.snapshot().get(0).profile();
    assertThat(merged.firstName()).as("only b's comes from Crm").isEqualTo("Anne");
    assertThat(merged.lastName()).as("neither comes from Crm: RECENCY").isEqualTo("Lee");
  }

  @Test
  void source_severalValuesFromTheNamedObjectType_theMostRecentWins() {
    String a = fx.add(f("FirstName", "Ann", "05:00", "Crm"));
    String b = fx.add(f("FirstName", "Anne", "06:00", "Crm"));
    String c = fx.add(f("FirstName", "Annie", "09:00", "Web"));

    merge(bySource("Crm"), 1.0, a, b, c);

    assertThat(fx.snapshot().get(0).profile().firstName()).isEqualTo("Anne");
  }

  @Test
  void source_tieBetweenValuesOfTheSameSource_keepsTheMainProfilesValue() {
    String a = fx.add(f("FirstName", "Ann", "05:00", "Crm"));
    String b = fx.add(f("FirstName", "Anne", "05:00", "Crm"));

    merge(bySource("Crm"), 1.0, a, b);

    assertThat(fx.snapshot().get(0).profile().firstName())
        .isEqualTo(a.equals(min(a, b)) ? "Ann" : "Anne");
  }

  @Test
  void address_movesWhole_fromTheProfileWhosePartWasUpdatedLast() {
    String a = fx.add(f("Address.Address1", "1 Main St", "05:00"), f("Address.City", "Springfield", "05:00"));
    String b = fx.add(f("Address.City", "Shelbyville", "06:00"));

    List<MergeRecord> merges = merge(autoMerging(null), 1.0, a, b);

    Profile merged = fx.snapshot().get(0).profile();
    assertThat(merged.address().city()).isEqualTo("Shelbyville");
    assertThat(merged.address().address1()).as("no street from another address").isNull();
    assertThat(merges.get(0).fieldSources())
        .isEqualTo(Map.of("Address.City", new FieldSource(b, "Crm", at("06:00"))));
  }

  @Test
  void customAttributes_resolvePerKey() {
    String a = fx.add(f("Attributes.tier", "gold", "05:00"), f("Attributes.pet", "cat", "05:00"));
    String b = fx.add(f("Attributes.tier", "silver", "06:00"));

    merge(autoMerging(List.of(List.of("Attributes.tier"))), 1.0, a, b);
    assertThat(fx.snapshot()).as("different tiers: not merged").hasSize(2);

    merge(autoMerging(null), 1.0, a, b);
    assertThat(fx.snapshot().get(0).profile().attributes())
        .isEqualTo(Map.of("tier", "silver", "pet", "cat"));
  }

  @Test
  void mainProfile_isTheOneHoldingTheMostObjects() {
    // Ids are random: of three profiles, the one with the largest id gets the object.
    String a = fx.add(f("FirstName", "Ann", "05:00"));
    String b = fx.add(f("FirstName", "Ann", "05:00"));
    String c = fx.add(f("FirstName", "Ann", "05:00"));
    String largest = max(max(a, b), c);
    fx.domain.write(() -> {
      fx.domain.store().putObject(largest, new ProfileObject(IdGenerator.of(0, "test", "k1"), "Crm", "{}",
          fx.clock.millis(), Long.MAX_VALUE, new String[0]));
      return null;
    });

    List<MergeRecord> merges = merge(autoMerging(null), 1.0, a, b, c);

    assertThat(merges.get(0).mainProfileId()).isEqualTo(largest);
  }

  @Test
  void profilesDeletedSinceTheSnapshot_areSkipped_neverAnError() {
    String a = fx.add(f("FirstName", "Ann", "05:00"));
    String b = fx.add(f("FirstName", "Ann", "05:00"));
    String c = fx.add(f("FirstName", "Ann", "05:00"));
    fx.domain.write(() -> {
      fx.domain.store().deleteProfile(b);
      return null;
    });

    List<MergeRecord> merges = merge(autoMerging(null), 1.0, a, b, c);

    assertThat(merges).hasSize(1);
    assertThat(merges.get(0).mergedProfileIds()).containsExactly(max(a, c));
    fx.domain.write(() -> {
      fx.domain.store().deleteProfile(min(a, c));
      return null;
    });
    assertThat(merge(autoMerging(null), 1.0, a, b, c)).isEmpty();
  }

  @Test
  void theSameMergeTwice_changesNothingTheSecondTime() {
    String a = fx.add(f("FirstName", "Ann", "05:00"), f("EmailAddress", "a@example.com", "06:00"));
    String b = fx.add(f("FirstName", "Anne", "06:00"));
    AutoMerging settings = autoMerging(null);
    merge(settings, 1.0, a, b);
    List<StoredProfile> after = fx.snapshot();

    assertThat(merge(settings, 1.0, a, b)).isEmpty();
    assertThat(fx.snapshot()).isEqualTo(after);
    assertThat(fx.domain.store().recount()).isEqualTo(fx.domain.stats().snapshot());
  }
}
