package io.profilesim.merging;

import static io.profilesim.merging.MergeFixture.at;
import static io.profilesim.merging.MergeFixture.f;
import static io.profilesim.merging.MergeFixture.max;
import static io.profilesim.merging.MergeFixture.min;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.AutoMergingPreview;
import io.profilesim.FieldSource;
import io.profilesim.domain.StoredProfile;
import io.profilesim.exception.BadRequestException;
import io.profilesim.model.ConflictResolution;
import io.profilesim.model.ConflictResolvingModel;
import io.profilesim.model.Consolidation;
import io.profilesim.model.GetAutoMergingPreviewRequest;
import io.profilesim.model.GetAutoMergingPreviewResponse;
import io.profilesim.model.MatchItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GetAutoMergingPreview and the full preview, on match groups the tests build. */
final class PreviewTest {
  private static final ConflictResolution RECENCY =
      new ConflictResolution(ConflictResolvingModel.RECENCY, null);

  private final MergeFixture fx = new MergeFixture();

  private static GetAutoMergingPreviewRequest request(List<List<String>> criteria, Double min) {
    return new GetAutoMergingPreviewRequest("retail", new Consolidation(criteria), RECENCY, min);
  }

  private static MatchItem item(String matchId, double score, String... ids) {
    List<String> sorted = new java.util.ArrayList<>(List.of(ids));
    sorted.sort(null);
    return new MatchItem(matchId, sorted, score);
  }

  @Test
  void preview_countsGroupsProfilesAndProfilesThatWouldMergeAway_andChangesNothing() {
    String a = fx.add(f("EmailAddress", "ann@example.com", "05:00"), f("FirstName", "Ann", "06:00"));
    String b = fx.add(f("EmailAddress", "ann@example.com", "06:00"), f("FirstName", "Anne", "05:00"));
    String c = fx.add(f("EmailAddress", "other@example.com", "06:00"));
    String d = fx.add(f("EmailAddress", "dee@example.com", "06:00"));
    String e = fx.add(f("EmailAddress", "dee@example.com", "07:00"));
    List<MatchItem> matches = List.of(item("m2", 0.7, d, e), item("m1", 0.95, a, b, c));
    List<StoredProfile> before = fx.snapshot();

    GetAutoMergingPreviewResponse counts =
        fx.merging.preview(request(List.of(List.of("EmailAddress")), 0.9), matches);
    AutoMergingPreview full =
        fx.merging.autoMergingPreview(request(List.of(List.of("EmailAddress")), 0.9), matches);

    assertThat(counts).isEqualTo(new GetAutoMergingPreviewResponse("retail", 2L, 5L, 1L));
    assertThat(full.groups()).extracting(AutoMergingPreview.Group::matchId)
        .containsExactly("m1", "m2");
    AutoMergingPreview.Group m1 = full.groups().get(0);
    assertThat(m1.reachesThreshold()).isTrue();
    assertThat(m1.merges()).hasSize(1);
    assertThat(m1.merges().get(0).criterion()).isEqualTo(1);
    assertThat(m1.results()).containsExactly(new AutoMergingPreview.Result(min(a, b),
        List.of(max(a, b)),
        Map.of("FirstName", "Ann", "EmailAddress", "ann@example.com"),
        Map.of("FirstName", new FieldSource(a, "Crm", at("06:00")),
            "EmailAddress", new FieldSource(b, "Crm", at("06:00")))));
    assertThat(full.groups().get(1).reachesThreshold()).isFalse();
    assertThat(full.groups().get(1).merges()).isEmpty();
    assertThat(fx.snapshot()).isEqualTo(before);
    assertThat(fx.merging.autoMergingPreview(request(List.of(List.of("EmailAddress")), 0.9), matches))
        .as("deterministic").isEqualTo(full);
  }

  @Test
  void preview_countsOnlyProfilesThatStillExist() {
    String a = fx.add(f("EmailAddress", "ann@example.com", "05:00"));
    String b = fx.add(f("EmailAddress", "ann@example.com", "06:00"));
    String gone = fx.add(f("EmailAddress", "ann@example.com", "06:00"));
    fx.domain.write(() -> {
      fx.domain.store().deleteProfile(gone);
      return null;
    });

    assertThat(fx.merging.preview(request(List.of(List.of("EmailAddress")), null),
        List.of(item("m1", 0.95, a, b, gone))))
        .isEqualTo(new GetAutoMergingPreviewResponse("retail", 1L, 2L, 1L));
  }

  @Test
  void preview_refusesUnknownAttributesAndSourceWithoutSourceName() {
    var request = new GetAutoMergingPreviewRequest("retail",
        new Consolidation(List.of(List.of("ShoeSize"))),
        new ConflictResolution(ConflictResolvingModel.SOURCE, null), null);

    assertThatThrownBy(() -> fx.merging.preview(request, List.of()))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("2 validation errors detected: Value null at 'conflictResolution.sourceName'"
            + " failed to satisfy constraint: Member must not be null when ConflictResolvingModel"
            + " is SOURCE: it names the object type whose values win; Value 'ShoeSize' at"
            + " 'consolidation.matchingAttributesList.1.member' failed to satisfy constraint: Member"
            + " must name a profile attribute: a standard field (FirstName, EmailAddress, ...), an"
            + " address or address part (Address, ShippingAddress.City, ...) or Attributes.<key>");
  }

  @Test
  void preview_requiresConsolidationAndConflictResolution() {
    assertThatThrownBy(() -> fx.merging.preview(
        new GetAutoMergingPreviewRequest("retail", null, null, 1.5), List.of()))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("3 validation errors detected: Value null at 'consolidation' failed to satisfy"
            + " constraint: Member must not be null; Value null at 'conflictResolution' failed to"
            + " satisfy constraint: Member must not be null; Value '1.5' at"
            + " 'minAllowedConfidenceScoreForMerging' failed to satisfy constraint: Member must have"
            + " value less than or equal to 1.0");
  }
}
