package io.profilesim.matching;

import static io.profilesim.matching.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.domain.IdGenerator;
import io.profilesim.json.AwsJson;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class MatchingEngineTest {
  private static final MatchingEngine ENGINE = MatchingEngine.create();
  private static List<Profile> synthetic;
  private static MatchResult syntheticResult;

  @BeforeAll
  static void matchSyntheticData() {
    synthetic = SyntheticProfiles.generate(3000, 11).profiles();
    syntheticResult = ENGINE.match(synthetic, MatchingSettings.defaults());
  }

  private static MatchingSettings fixed() {
    return MatchingSettings.builder().parameters(syntheticResult.parameters()).build();
  }

  private static List<List<String>> groups(MatchResult r) {
    return r.groups().stream().map(MatchGroup::profileIds).toList();
  }

  @Test
  void match_findsDuplicatesDespiteFormatsTyposAndNicknames() {
    List<Profile> profiles = new ArrayList<>(synthetic.subList(0, 200));
    profiles.add(person("x1", "Robert", "Quinlan", "1975-03-14", "ROB.QUINLAN@Example.com",
        "555-010-0000", "12 North Harbour Street", "Portsmouth", "03801"));
    profiles.add(person("x2", "Bob", "Quinlan", "03/14/1975", "rob.quinlan@example.com",
        "+1 (555) 010-0000", "12 N Harbour St", "Portsmouth", "03801-1234"));
    profiles.add(person("x3", "Robert", "Quinlna", "1975-03-14", null, null,
        "12 North Harbour St", "Portsmouth", "03801"));
    MatchResult r = ENGINE.match(profiles, fixed());
    assertThat(groups(r)).contains(List.of("x1", "x2", "x3"));
  }

  @Test
  void match_keepsHouseholdMembersApart() {
    List<Profile> profiles = new ArrayList<>(synthetic.subList(0, 200));
    profiles.add(person("h1", "Alice", "Varga", "1961-02-03", null, "555-777-1234",
        "8 Elm Road", "Dover", "19901"));
    profiles.add(person("h2", "Gregor", "Varga", "1958-11-30", null, "555-777-1234",
        "8 Elm Road", "Dover", "19901"));
    profiles.add(person("h3", "Tomas", "Varga", null, null, "555-777-1234", "8 Elm Road",
        "Dover", "19901"));
    MatchResult r = ENGINE.match(profiles, fixed());
    assertThat(groups(r).stream().flatMap(List::stream)).doesNotContain("h1", "h2", "h3");
    PairExplanation e = ENGINE.explain(profiles.get(200), profiles.get(201), fixed());
    assertThat(e.householdCorrection()).isLessThan(-10);
    assertThat(e.probability()).isLessThan(0.01);
    assertThat(ENGINE.explain(profiles.get(200), profiles.get(202), fixed()).identityGuard())
        .isTrue();
  }

  @Test
  void match_isTheSameForAnyInputOrderAndThreadCount() {
    List<Profile> shuffled = new ArrayList<>(synthetic);
    Collections.shuffle(shuffled, new Random(5));
    MatchResult again = ENGINE.match(shuffled,
        MatchingSettings.builder().threads(1).build());
    assertThat(again).isEqualTo(syntheticResult);
    assertThat(AwsJson.write(again)).isEqualTo(AwsJson.write(syntheticResult));
  }

  @Test
  void match_groupsHaveStableIdsSortedMembersAndConfidenceAtLeastTheThreshold() {
    assertThat(syntheticResult.groups()).isNotEmpty().allSatisfy(g -> {
      assertThat(g.profileIds()).isSorted().hasSizeGreaterThan(1);
      assertThat(g.matchId())
          .isEqualTo(IdGenerator.of(0, "match-group", String.join(",", g.profileIds())));
      assertThat(g.confidenceScore()).isBetween(0.9, 1.0);
    });
    MatchResult otherSeed = ENGINE.match(synthetic, MatchingSettings.builder().seed(99).build());
    assertThat(otherSeed.groups().stream().map(MatchGroup::matchId))
        .containsAnyElementsOf(syntheticResult.groups().stream().map(MatchGroup::matchId)
            .toList());
  }

  @Test
  void match_recoversTheSyntheticPeople() {
    SyntheticProfiles.Data data = SyntheticProfiles.generate(3000, 11);
    long wrong = 0;
    long right = 0;
    for (MatchGroup g : syntheticResult.groups()) {
      List<String> ids = g.profileIds();
      for (int a = 0; a < ids.size(); a++) {
        for (int b = a + 1; b < ids.size(); b++) {
          int pa = data.person().get(Integer.parseInt(ids.get(a).substring(1)));
          int pb = data.person().get(Integer.parseInt(ids.get(b).substring(1)));
          if (pa == pb) {
            right++;
          } else {
            wrong++;
          }
        }
      }
    }
    assertThat((double) wrong / (right + wrong)).isLessThan(0.05);
  }

  @Test
  void match_trainsReadableParametersThatRoundTripThroughJson() {
    TrainedParameters p = syntheticResult.parameters();
    assertThat(p.converged()).isTrue();
    assertThat(p.prior()).isBetween(0.0, 0.01);
    TrainedParameters.ComparisonParameters email = p.comparison("EmailAddress");
    assertThat(email.levels()).extracting(TrainedParameters.LevelParameters::level)
        .containsExactly("exact", "same mailbox ignoring . _ - +tag",
            "jaro-winkler >= 0.92, digits within one edit", "different");
    assertThat(email.levels().get(0).matchWeight()).isGreaterThan(5);
    assertThat(email.levels().get(3).matchWeight()).isLessThan(0);
    TrainedParameters read = AwsJson.read(AwsJson.write(p), TrainedParameters.class);
    assertThat(read).isEqualTo(p);
    MatchResult scored = ENGINE.match(synthetic, fixed());
    assertThat(scored.groups()).isEqualTo(syntheticResult.groups());
  }

  @Test
  void match_leavesOutAttributesThatAlmostNoProfileHas() {
    DataQualityReport q = syntheticResult.dataQuality();
    assertThat(q.coverage()).contains(new DataQualityReport.Coverage("MiddleName", 0, false),
        new DataQualityReport.Coverage("Address.Country", 0, false));
    assertThat(syntheticResult.parameters().comparison("MiddleName")).isNull();
  }

  @Test
  void match_ignoresAndReportsGenericValues() {
    List<Profile> profiles = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 60; i++) {
      profiles.add(person("g" + (100 + i), word(random), word(random), null, "noemail@shop.com",
          null, null, null, null));
    }
    MatchResult r = ENGINE.match(profiles, MatchingSettings.defaults());
    assertThat(r.groups()).isEmpty();
    assertThat(r.dataQuality().genericValues()).contains(
        new DataQualityReport.GenericValue("EmailAddress", "noemail@shop.com", 60));
  }

  private static String word(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }

  @Test
  void match_reportsUnparsableBirthDatesWithExamples() {
    List<Profile> profiles = List.of(Fixtures.named("b", "A", "B", "31/31/1999"),
        Fixtures.named("a", "C", "D", "unknown"), Fixtures.named("c", "E", "F", "1999-01-01"));
    MatchResult r = ENGINE.match(profiles, MatchingSettings.defaults());
    assertThat(r.dataQuality().issues()).containsExactly(new DataQualityReport.Issue(
        "BirthDate", "unparsable date, treated as missing", 2, List.of("a", "b")));
  }

  @Test
  void match_refusesProfilesWithoutOrWithDuplicateIds() {
    assertThatThrownBy(() -> ENGINE.match(List.of(Fixtures.named(null, "A", "B", null)),
        MatchingSettings.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile at index 0 has no profileId");
    assertThatThrownBy(() -> ENGINE.match(List.of(Fixtures.named("a", "A", "B", null),
        Fixtures.named("a", "C", "D", null)), MatchingSettings.defaults()))
        .hasMessage("profileId 'a' appears more than once");
  }

  @Test
  void match_withParametersOfOtherLevels_isRefused() {
    TrainedParameters p = syntheticResult.parameters();
    List<TrainedParameters.ComparisonParameters> changed = new ArrayList<>(p.comparisons());
    changed.set(0, new TrainedParameters.ComparisonParameters("FirstName",
        p.comparisons().get(0).levels().subList(0, 2)));
    MatchingSettings s = MatchingSettings.builder().parameters(
        new TrainedParameters(p.prior(), p.householdPrior(), p.priorMatchWeight(),
            p.householdPriorWeight(), changed, 0, true)).build();
    assertThatThrownBy(() -> ENGINE.match(synthetic.subList(0, 10), s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameters of FirstName have levels [exact, nickname] but the comparison "
            + "has [exact, nickname, jaro-winkler >= 0.92, jaro-winkler >= 0.80 or initial, "
            + "different]");
  }

  @Test
  void explain_probabilityRisesWithEachAgreeingAttribute() {
    Profile base = person("a", "Robert", "Quinlan", "1975-03-14", "rq@example.com",
        "5550100000", "12 Harbour St", "Portsmouth", "03801");
    List<Profile> others = List.of(
        person("b", "Zed", "Morrow", "1990-09-09", "zm@other.org", "5559999999", "4 Hill Rd",
            "Camden", "08101"),
        person("b", "Robert", "Morrow", "1990-09-09", "zm@other.org", "5559999999", "4 Hill Rd",
            "Camden", "08101"),
        person("b", "Robert", "Quinlan", "1990-09-09", "zm@other.org", "5559999999", "4 Hill Rd",
            "Camden", "08101"),
        person("b", "Robert", "Quinlan", "1975-03-14", "zm@other.org", "5559999999",
            "4 Hill Rd", "Camden", "08101"),
        person("b", "Robert", "Quinlan", "1975-03-14", "rq@example.com", "5559999999",
            "4 Hill Rd", "Camden", "08101"),
        person("b", "Robert", "Quinlan", "1975-03-14", "rq@example.com", "5550100000",
            "4 Hill Rd", "Camden", "08101"),
        person("b", "Robert", "Quinlan", "1975-03-14", "rq@example.com", "5550100000",
            "12 Harbour St", "Portsmouth", "03801"));
    double previous = -1;
    for (Profile other : others) {
      double p = ENGINE.explain(base, other, fixed()).probability();
      assertThat(p).isGreaterThan(previous);
      previous = p;
    }
    assertThat(previous).isGreaterThan(0.99);
  }

  @Test
  void explain_givesTheWaterfallAndTheSharedBlockingKeys() {
    Profile a = person("a", "Robert", "Quinlan", "1975-03-14", null, null, null, null, null);
    Profile b = person("b", "Bob", "Quinlan", "1975-03-14", null, null, null, null, null);
    PairExplanation e = ENGINE.explain(a, b, fixed());
    TrainedParameters p = syntheticResult.parameters();
    assertThat(e.attributes().get(0)).isEqualTo(new PairExplanation.Step("FirstName", "robert",
        "bob", "nickname", p.comparison("FirstName").levels().get(1).matchWeight()));
    assertThat(e.attributes()).filteredOn(s -> s.attribute().equals("EmailAddress"))
        .containsExactly(new PairExplanation.Step("EmailAddress", null, null, "missing", 0));
    double sum = e.priorMatchWeight() + e.householdCorrection()
        + e.attributes().stream().mapToDouble(PairExplanation.Step::matchWeight).sum();
    assertThat(e.matchWeight()).isEqualTo(sum, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(e.sharedBlockingKeys()).containsExactly("LastName.phonetic+BirthDate");
    assertThat(e.identityGuard()).isFalse();
  }

  @Test
  void explain_namesAStateThatOnePostalCodeImplies_asNoEvidence() {
    Profile a = inState(Fixtures.person("a", "Ann", "Lee", null, null, null, "1 Elm St", "Davis",
        "95616"));
    Profile b = inState(Fixtures.person("b", "Ann", "Ray", null, null, null, "9 Oak St", "Davis",
        "95616"));
    Profile c = inState(Fixtures.person("c", "Ann", "Ray", null, null, null, "9 Oak St", "Davis",
        "95617"));

    assertThat(ENGINE.explain(a, b, fixed()).attributes())
        .filteredOn(s -> s.attribute().equals("Address.State"))
        .containsExactly(new PairExplanation.Step("Address.State", "ca", "ca",
            "exact, implied by Address.PostalCode", 0));
    assertThat(ENGINE.explain(a, c, fixed()).attributes())
        .filteredOn(s -> s.attribute().equals("Address.State"))
        .extracting(PairExplanation.Step::level).containsExactly("exact");
  }

  @Test
  void identityGuard_holdsBackTwins_whoseEmailsOrPhonesDiffer_butNotAgreeingBirthDatesAlone() {
    Profile ann = Fixtures.person("a", "Ann", "Lee", "1980-01-01", "ann.lee@example.com",
        "5550100001", "1 Elm St", "Davis", "95616");
    Profile zoe = Fixtures.person("b", "Zoe", "Lee", "1980-01-01", "zoe.lee@example.org",
        "5550100002", "1 Elm St", "Davis", "95616");
    Profile zoeWithoutContacts = Fixtures.person("c", "Zoe", "Lee", "1980-01-01", null, null,
        "1 Elm St", "Davis", "95616");
    Profile zoeSharingThePhone = Fixtures.person("d", "Zoe", "Lee", "1980-01-01", null,
        "5550100001", "1 Elm St", "Davis", "95616");

    assertThat(ENGINE.explain(ann, zoe, fixed()).identityGuard()).isTrue();
    assertThat(ENGINE.explain(ann, zoeWithoutContacts, fixed()).identityGuard()).isFalse();
    assertThat(ENGINE.explain(ann, zoeSharingThePhone, fixed()).identityGuard()).isFalse();
  }

  private static Profile inState(Profile p) {
    return p.toBuilder().address(p.address().toBuilder().state("CA").build()).build();
  }

  @Test
  void explain_withoutParameters_isRefused() {
    Profile a = Fixtures.named("a", "A", "B", null);
    assertThatThrownBy(() -> ENGINE.explain(a, Fixtures.named("b", "A", "B", null),
        MatchingSettings.defaults()))
        .hasMessage("explain needs parameters: set "
            + "MatchingSettings.parameters(result.parameters())");
  }
}
