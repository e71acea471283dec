package io.profilesim.merging;

import static io.profilesim.merging.MergeFixture.f;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.ProfileLineage;
import io.profilesim.domain.StoredProfile;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.FieldSourceProfileIds;
import io.profilesim.model.MergeProfilesRequest;
import io.profilesim.model.Profile;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MergeProfiles with AWS's semantics, through {@link MergeService#mergeProfiles}. */
final class MergeProfilesTest {
  private static final String PREFIX = "1 validation error detected: ";
  private static final String NOBODY = "0123456789abcdef0123456789abcdef";

  private final MergeFixture fx = new MergeFixture();

  private static MergeProfilesRequest request(String main, List<String> merged,
      FieldSourceProfileIds sources) {
    return new MergeProfilesRequest("retail", main, merged, sources);
  }

  private String error(MergeProfilesRequest request) {
    return assertThatThrownBy(() -> fx.merging.mergeProfiles(request))
        .isInstanceOf(BadRequestException.class).actual().getMessage();
  }

  @Test
  void fieldsWithoutConflict_areUnioned_andTheMainProfileWinsAConflict() {
    String main = fx.add(f("FirstName", "Ann", "05:00"), f("Attributes.tier", "gold", "05:00"));
    String other = fx.add(f("FirstName", "Anne", "09:00"), f("LastName", "Lee", "09:00"),
        f("Attributes.pet", "cat", "09:00"));

    var response = fx.merging.mergeProfiles(request(main, List.of(other), null));

    assertThat(response.message()).isEqualTo("Merged 1 profile into " + main);
    Profile merged = fx.profile(main).profile();
    assertThat(merged.firstName()).as("main wins, though older").isEqualTo("Ann");
    assertThat(merged.lastName()).isEqualTo("Lee");
    assertThat(merged.attributes()).isEqualTo(Map.of("tier", "gold", "pet", "cat"));
    assertThat(fx.profile(other)).isNull();
  }

  @Test
  void aNamedFieldSource_wins_evenWhenItsValueIsNull() {
    String main = fx.add(f("FirstName", "Ann", "05:00"), f("LastName", "Lee", "05:00"),
        f("Attributes.tier", "gold", "05:00"));
    String other = fx.add(f("FirstName", "Anne", "04:00"), f("Attributes.tier", "silver", "04:00"));
    FieldSourceProfileIds sources = FieldSourceProfileIds.builder()
        .firstName(other).lastName(other).attributes(Map.of("tier", other)).build();

    fx.merging.mergeProfiles(request(main, List.of(other), sources));

    StoredProfile merged = fx.profile(main);
    assertThat(merged.profile().firstName()).isEqualTo("Anne");
    assertThat(merged.profile().lastName()).as("the named profile has none").isNull();
    assertThat(merged.profile().attributes()).isEqualTo(Map.of("tier", "silver"));
    assertThat(merged.stamps().source("FirstName")).isEqualTo("Crm");
    assertThat(merged.stamps().updatedAtMillis("FirstName"))
        .isEqualTo(MergeFixture.at("04:00").toEpochMilli());
  }

  @Test
  void aFieldMissingFromTheMainProfile_comesFromTheFirstListedProfileThatHasIt() {
    String main = fx.add(f("FirstName", "Ann", "05:00"));
    String second = fx.add(f("LastName", "Li", "09:00"));
    String first = fx.add(f("LastName", "Lee", "01:00"));

    fx.merging.mergeProfiles(request(main, List.of(first, second), null));

    assertThat(fx.profile(main).profile().lastName()).isEqualTo("Lee");
    assertThat(fx.snapshot()).hasSize(1);
  }

  @Test
  void theSameRequestTwice_changesNothingTheSecondTime() {
    String main = fx.add(f("FirstName", "Ann", "05:00"));
    String other = fx.add(f("LastName", "Lee", "05:00"));
    fx.merging.mergeProfiles(request(main, List.of(other), null));
    List<StoredProfile> after = fx.snapshot();

    var again = fx.merging.mergeProfiles(request(main, List.of(other), null));

    assertThat(again.message()).isEqualTo("Nothing to merge: every profile was already merged into " + main);
    assertThat(fx.snapshot()).isEqualTo(after);
  }

  @Test
  void lineage_ofManualMerges_followsXtoYtoZ() {
    String x = fx.add(f("FirstName", "X", "05:00"));
    String y = fx.add(f("FirstName", "Y", "05:00"));
    String z = fx.add(f("FirstName", "Z", "05:00"));
    fx.merging.mergeProfiles(request(y, List.of(x), null));
    fx.merging.mergeProfiles(request(z, List.of(y), null));

    ProfileLineage lineage = fx.merging.lineage("retail", x);

    assertThat(lineage.currentProfileId()).isEqualTo(z);
    assertThat(lineage.steps()).containsExactly(
        new ProfileLineage.Step(x, y, null, null, null, fx.clock.instant()),
        new ProfileLineage.Step(y, z, null, null, null, fx.clock.instant()));
  }

  @Test
  void lineage_ofAProfileThatNeverExisted_isNotFound() {
    assertThatThrownBy(() -> fx.merging.lineage("retail", NOBODY))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Profile " + NOBODY + " not found in domain retail, and no merge took it");
  }

  @Test
  void lineage_whenTheEndOfTheChainWasDeleted_saysSo() {
    String x = fx.add(f("FirstName", "X", "05:00"));
    String y = fx.add(f("FirstName", "Y", "05:00"));
    fx.merging.mergeProfiles(request(y, List.of(x), null));
    fx.domain.write(() -> {
      fx.domain.store().deleteProfile(y);
      return null;
    });

    assertThat(fx.merging.lineage("retail", x).currentProfileId()).isNull();
  }

  @Test
  void missingProfile_isNotFound_andNothingChanges() {
    String main = fx.add(f("FirstName", "Ann", "05:00"));
    String other = fx.add(f("FirstName", "Bob", "05:00"));
    List<StoredProfile> before = fx.snapshot();

    assertThatThrownBy(() -> fx.merging.mergeProfiles(request(main, List.of(other, NOBODY), null)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Profile " + NOBODY + " not found in domain retail");
    assertThat(fx.snapshot()).isEqualTo(before);
  }

  @Test
  void profileIdsToBeMerged_emptyOrOverTwenty_isRefused() {
    String main = fx.add(f("FirstName", "Ann", "05:00"));
    List<String> many = Collections.nCopies(21, NOBODY);

    assertThat(error(request(main, List.of(), null))).isEqualTo(PREFIX + "Value '[]' at"
        + " 'profileIdsToBeMerged' failed to satisfy constraint: Member must have length greater"
        + " than or equal to 1");
    assertThat(error(request(main, many, null))).isEqualTo(PREFIX + "Value '" + many + "' at"
        + " 'profileIdsToBeMerged' failed to satisfy constraint: Member must have length less than"
        + " or equal to 20");
  }

  @Test
  void requiredMembersAndIdPatterns_areChecked() {
    assertThat(error(new MergeProfilesRequest("retail", null, null, null))).isEqualTo(
        "2 validation errors detected: Value null at 'mainProfileId' failed to satisfy constraint:"
            + " Member must not be null; Value null at 'profileIdsToBeMerged' failed to satisfy"
            + " constraint: Member must not be null");
    assertThat(error(request("not-an-id", List.of(NOBODY), null))).isEqualTo(PREFIX
        + "Value 'not-an-id' at 'mainProfileId' failed to satisfy constraint: Member must satisfy"
        + " regular expression pattern: [a-f0-9]{32}");
  }

  @Test
  void mainProfileAmongThoseToMerge_orARepeatedProfile_isRefused() {
    String main = fx.add(f("FirstName", "Ann", "05:00"));
    String other = fx.add(f("FirstName", "Bob", "05:00"));

    assertThat(error(request(main, List.of(other, main, other), null))).isEqualTo(
        "2 validation errors detected: Value '" + main + "' at 'profileIdsToBeMerged' failed to"
            + " satisfy constraint: Member must not contain MainProfileId: a profile cannot be"
            + " merged into itself; Value '" + other + "' at 'profileIdsToBeMerged' failed to"
            + " satisfy constraint: Member must not name a profile twice");
  }

  @Test
  void fieldSourceOutsideTheMerge_isRefusedNamingTheField() {
    String main = fx.add(f("FirstName", "Ann", "05:00"));
    String other = fx.add(f("FirstName", "Bob", "05:00"));
    FieldSourceProfileIds sources = FieldSourceProfileIds.builder()
        .emailAddress(NOBODY).attributes(Map.of("tier", NOBODY)).build();

    assertThat(error(request(main, List.of(other), sources))).isEqualTo(
        "2 validation errors detected: Value '" + NOBODY + "' at 'fieldSourceProfileIds.emailAddress'"
            + " failed to satisfy constraint: Member must be MainProfileId or one of"
            + " ProfileIdsToBeMerged; Value '" + NOBODY + "' at"
            + " 'fieldSourceProfileIds.attributes.tier' failed to satisfy constraint: Member must be"
            + " MainProfileId or one of ProfileIdsToBeMerged");
  }
}
