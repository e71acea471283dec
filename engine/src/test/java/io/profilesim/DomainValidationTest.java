package io.profilesim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.Violation;
import io.profilesim.model.AttributeMatchingModel;
import io.profilesim.model.AttributeTypesSelector;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.ConflictResolution;
import io.profilesim.model.ConflictResolvingModel;
import io.profilesim.model.Consolidation;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.ExportingConfig;
import io.profilesim.model.JobSchedule;
import io.profilesim.model.JobScheduleDayOfTheWeek;
import io.profilesim.model.ListDomainsRequest;
import io.profilesim.model.MatchingRequest;
import io.profilesim.model.MatchingRule;
import io.profilesim.model.RuleBasedMatchingRequest;
import io.profilesim.model.S3ExportingConfig;
import io.profilesim.model.TagResourceRequest;
import io.profilesim.model.UpdateDomainRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each constraint of the domain operations, with the exact message a caller gets. */
final class DomainValidationTest {
  private static final String PREFIX = "1 validation error detected: ";

  private final CustomerProfiles profiles = CustomerProfiles.builder()
      .clock(TestClock.at("2026-01-03T00:00:00Z")).build();

  private static CreateDomainRequest.Builder domain() {
    return CreateDomainRequest.builder().domainName("retail").defaultExpirationDays(365);
  }

  private static CreateDomainRequest withMatching(MatchingRequest matching) {
    return domain().matching(matching).build();
  }

  private static CreateDomainRequest withAutoMerging(AutoMerging autoMerging) {
    return withMatching(MatchingRequest.builder().enabled(true).autoMerging(autoMerging).build());
  }

  private String createError(CreateDomainRequest request) {
    BadRequestException e = org.junit.jupiter.api.Assertions.assertThrows(
        BadRequestException.class, () -> profiles.createDomain(request));
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("BadRequestException");
    return e.getMessage();
  }

  @Test
  void domainName_withForbiddenCharacter_isRefusedWithThePattern() {
    assertThat(createError(domain().domainName("x!").build())).isEqualTo(PREFIX
        + "Value 'x!' at 'domainName' failed to satisfy constraint: Member must satisfy regular"
        + " expression pattern: ^[a-zA-Z0-9_-]+$");
  }

  @Test
  void domainName_longerThan64_isRefused() {
    String name = "d".repeat(65);
    assertThat(createError(domain().domainName(name).build())).isEqualTo(PREFIX + "Value '" + name
        + "' at 'domainName' failed to satisfy constraint: Member must have length less than or equal to 64");
  }

  @Test
  void domainName_of64_isAccepted() {
    String name = "d".repeat(64);
    assertThat(profiles.createDomain(domain().domainName(name).build()).domainName()).isEqualTo(name);
  }

  @Test
  void domainName_empty_breaksLengthAndPattern() {
    assertThat(createError(domain().domainName("").build())).isEqualTo("2 validation errors detected: "
        + "Value '' at 'domainName' failed to satisfy constraint: Member must have length greater than or equal to 1; "
        + "Value '' at 'domainName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9_-]+$");
  }

  @Test
  void defaultExpirationDays_isRequiredOnCreate() {
    assertThat(createError(domain().defaultExpirationDays(null).build())).isEqualTo(PREFIX
        + "Value null at 'defaultExpirationDays' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void defaultExpirationDays_outsideOneTo1098_isRefused() {
    assertThat(createError(domain().defaultExpirationDays(0).build())).isEqualTo(PREFIX
        + "Value '0' at 'defaultExpirationDays' failed to satisfy constraint: Member must have value greater than or equal to 1");
    assertThat(createError(domain().defaultExpirationDays(1099).build())).isEqualTo(PREFIX
        + "Value '1099' at 'defaultExpirationDays' failed to satisfy constraint: Member must have value less than or equal to 1098");
  }

  @Test
  void defaultEncryptionKey_longerThan255_isRefused() {
    String key = "k".repeat(256);
    assertThat(createError(domain().defaultEncryptionKey(key).build())).isEqualTo(PREFIX + "Value '" + key
        + "' at 'defaultEncryptionKey' failed to satisfy constraint: Member must have length less than or equal to 255");
  }

  @Test
  void matchingEnabled_isRequired() {
    assertThat(createError(withMatching(MatchingRequest.builder().build()))).isEqualTo(PREFIX
        + "Value null at 'matching.enabled' failed to satisfy constraint: Member must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0:00", "9:05", "09:05", "23:59", "00:00", "19:30"})
  void jobScheduleTime_inTheModelPattern_isAccepted(String time) {
    var request = withMatching(MatchingRequest.builder().enabled(true)
        .jobSchedule(new JobSchedule(JobScheduleDayOfTheWeek.MONDAY, time)).build());
    assertThat(profiles.createDomain(request).matching().jobSchedule().time()).isEqualTo(time);
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00", "9:5", "9:60", "12:00pm", "noon"})
  void jobScheduleTime_outsideThePattern_isRefused(String time) {
    var request = withMatching(MatchingRequest.builder().enabled(true)
        .jobSchedule(new JobSchedule(JobScheduleDayOfTheWeek.MONDAY, time)).build());
    assertThat(createError(request)).contains("Value '" + time + "' at 'matching.jobSchedule.time'"
        + " failed to satisfy constraint: Member must satisfy regular expression pattern:"
        + " ^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$");
  }

  @Test
  void jobScheduleTime_longerThan5_breaksLengthAndPattern() {
    var request = withMatching(MatchingRequest.builder().enabled(true)
        .jobSchedule(new JobSchedule(JobScheduleDayOfTheWeek.MONDAY, "009:00")).build());
    assertThat(createError(request)).isEqualTo("2 validation errors detected: "
        + "Value '009:00' at 'matching.jobSchedule.time' failed to satisfy constraint: Member must have length less than or equal to 5; "
        + "Value '009:00' at 'matching.jobSchedule.time' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$");
  }

  @Test
  void jobSchedule_requiresBothMembers() {
    var request = withMatching(MatchingRequest.builder().enabled(true)
        .jobSchedule(new JobSchedule(null, null)).build());
    assertThat(createError(request)).isEqualTo("2 validation errors detected: "
        + "Value null at 'matching.jobSchedule.dayOfTheWeek' failed to satisfy constraint: Member must not be null; "
        + "Value null at 'matching.jobSchedule.time' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void minAllowedConfidenceScore_outsideZeroToOne_isRefused() {
    var tooHigh = withAutoMerging(AutoMerging.builder().enabled(true).minAllowedConfidenceScoreForMerging(1.5).build());
    var negative = withAutoMerging(AutoMerging.builder().enabled(true).minAllowedConfidenceScoreForMerging(-0.1).build());

    assertThat(createError(tooHigh)).isEqualTo(PREFIX + "Value '1.5' at"
        + " 'matching.autoMerging.minAllowedConfidenceScoreForMerging' failed to satisfy constraint:"
        + " Member must have value less than or equal to 1.0");
    assertThat(createError(negative)).isEqualTo(PREFIX + "Value '-0.1' at"
        + " 'matching.autoMerging.minAllowedConfidenceScoreForMerging' failed to satisfy constraint:"
        + " Member must have value greater than or equal to 0.0");
  }

  @Test
  void autoMergingEnabled_isRequired() {
    assertThat(createError(withAutoMerging(AutoMerging.builder().build()))).isEqualTo(PREFIX
        + "Value null at 'matching.autoMerging.enabled' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void matchingAttributesList_empty_isRefused() {
    var request = withAutoMerging(AutoMerging.builder().enabled(true)
        .consolidation(new Consolidation(List.of())).build());
    assertThat(createError(request)).isEqualTo(PREFIX + "Value '[]' at"
        + " 'matching.autoMerging.consolidation.matchingAttributesList' failed to satisfy constraint:"
        + " Member must have length greater than or equal to 1");
  }

  @Test
  void matchingAttributesList_ofElevenCriteria_isRefused() {
    List<List<String>> criteria = Collections.nCopies(11, List.of("EmailAddress"));
    var request = withAutoMerging(AutoMerging.builder().enabled(true)
        .consolidation(new Consolidation(criteria)).build());
    assertThat(createError(request)).isEqualTo(PREFIX + "Value '" + criteria + "' at"
        + " 'matching.autoMerging.consolidation.matchingAttributesList' failed to satisfy constraint:"
        + " Member must have length less than or equal to 10");
  }

  @Test
  void matchingAttributes_ofTwentyOneNames_isRefusedAtItsIndex() {
    List<String> criterion = Collections.nCopies(21, "EmailAddress");
    var request = withAutoMerging(AutoMerging.builder().enabled(true)
        .consolidation(new Consolidation(List.of(List.of("PhoneNumber"), criterion))).build());
    assertThat(createError(request)).isEqualTo(PREFIX + "Value '" + criterion + "' at"
        + " 'matching.autoMerging.consolidation.matchingAttributesList.2.member' failed to satisfy"
        + " constraint: Member must have length less than or equal to 20");
  }

  @Test
  void matchingAttribute_empty_isRefusedWithTheElementRule() {
    var request = withAutoMerging(AutoMerging.builder().enabled(true)
        .consolidation(new Consolidation(List.of(List.of("FirstName", "")))).build());
    assertThat(createError(request)).isEqualTo(PREFIX + "Value '' at"
        + " 'matching.autoMerging.consolidation.matchingAttributesList.1.member' failed to satisfy"
        + " constraint: Member must satisfy constraint: [Member must have length greater than or equal to 1]");
  }

  @Test
  void matchingAttribute_unknownName_isRefusedNamingIt() {
    var request = withAutoMerging(AutoMerging.builder().enabled(true)
        .consolidation(new Consolidation(List.of(List.of("FirstName", "ShoeSize"), List.of("Address.Planet")))).build());
    assertThat(createError(request)).isEqualTo("2 validation errors detected: "
        + "Value 'ShoeSize' at 'matching.autoMerging.consolidation.matchingAttributesList.1.member'"
        + " failed to satisfy constraint: Member must name a profile attribute: a standard field"
        + " (FirstName, EmailAddress, ...), an address or address part (Address, ShippingAddress.City,"
        + " ...) or Attributes.<key>; "
        + "Value 'Address.Planet' at 'matching.autoMerging.consolidation.matchingAttributesList.2.member'"
        + " failed to satisfy constraint: Member must name a profile attribute: a standard field"
        + " (FirstName, EmailAddress, ...), an address or address part (Address, ShippingAddress.City,"
        + " ...) or Attributes.<key>");
  }

  @Test
  void matchingAttributes_inEveryDocumentedForm_areAccepted() {
    var request = withAutoMerging(AutoMerging.builder().enabled(true)
        .consolidation(new Consolidation(List.of(
            List.of("FirstName", "LastName", "EmailAddress"),
            List.of("ShippingAddress.PostalCode", "Address.City", "BillingAddress"),
            List.of("Attributes.loyaltyId", "AccountNumber", "BirthDate")))).build());
    assertThat(profiles.createDomain(request).matching().autoMerging().consolidation()
        .matchingAttributesList()).hasSize(3);
  }

  @Test
  void conflictResolution_sourceWithoutSourceName_isRefused() {
    var request = withAutoMerging(AutoMerging.builder().enabled(true)
        .conflictResolution(new ConflictResolution(ConflictResolvingModel.SOURCE, null)).build());
    assertThat(createError(request)).isEqualTo(PREFIX + "Value null at"
        + " 'matching.autoMerging.conflictResolution.sourceName' failed to satisfy constraint: Member"
        + " must not be null when ConflictResolvingModel is SOURCE: it names the object type whose values win");
  }

  @Test
  void conflictResolvingModel_isRequired() {
    var request = withAutoMerging(AutoMerging.builder().enabled(true)
        .conflictResolution(new ConflictResolution(null, "crm")).build());
    assertThat(createError(request)).isEqualTo(PREFIX + "Value null at"
        + " 'matching.autoMerging.conflictResolution.conflictResolvingModel' failed to satisfy"
        + " constraint: Member must not be null");
  }

  @Test
  void autoMerging_enabledWhileMatchingDisabled_isRefusedWithTheConsequence() {
    var request = withMatching(MatchingRequest.builder().enabled(false)
        .autoMerging(AutoMerging.builder().enabled(true).build()).build());
    assertThat(createError(request)).isEqualTo(PREFIX + "Value 'true' at 'matching.autoMerging.enabled'"
        + " failed to satisfy constraint: AutoMerging cannot be enabled while Matching.Enabled is false:"
        + " auto-merging runs only inside the Identity Resolution Job, so nothing would ever be merged");
  }

  @Test
  void s3BucketName_breakingLengthAndPattern_isRefused() {
    var request = withMatching(MatchingRequest.builder().enabled(true)
        .exportingConfig(new ExportingConfig(new S3ExportingConfig("AB", null))).build());
    assertThat(createError(request)).isEqualTo("2 validation errors detected: "
        + "Value 'AB' at 'matching.exportingConfig.s3Exporting.s3BucketName' failed to satisfy constraint: Member must have length greater than or equal to 3; "
        + "Value 'AB' at 'matching.exportingConfig.s3Exporting.s3BucketName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z0-9.-]+$");
  }

  @Test
  void s3KeyName_outsideOneTo800_isRefused() {
    String key = "k".repeat(801);
    var tooLong = withMatching(MatchingRequest.builder().enabled(true)
        .exportingConfig(new ExportingConfig(new S3ExportingConfig("bucket", key))).build());
    var empty = withMatching(MatchingRequest.builder().enabled(true)
        .exportingConfig(new ExportingConfig(new S3ExportingConfig("bucket", ""))).build());

    assertThat(createError(tooLong)).isEqualTo(PREFIX + "Value '" + key
        + "' at 'matching.exportingConfig.s3Exporting.s3KeyName' failed to satisfy constraint:"
        + " Member must have length less than or equal to 800");
    assertThat(createError(empty)).isEqualTo(PREFIX
        + "Value '' at 'matching.exportingConfig.s3Exporting.s3KeyName' failed to satisfy constraint:"
        + " Member must have length greater than or equal to 1");
  }

  @Test
  void s3BucketName_isRequiredInS3Exporting() {
    var request = withMatching(MatchingRequest.builder().enabled(true)
        .exportingConfig(new ExportingConfig(new S3ExportingConfig(null, "prefix/"))).build());
    assertThat(createError(request)).isEqualTo(PREFIX + "Value null at"
        + " 'matching.exportingConfig.s3Exporting.s3BucketName' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void tags_ofFiftyOne_areRefused() {
    Map<String, String> tags = new LinkedHashMap<>();
    IntStream.range(0, 51).forEach(i -> tags.put("k" + i, "v"));
    assertThat(createError(domain().tags(tags).build())).startsWith(PREFIX + "Value '{k0=v, k1=v,")
        .endsWith("' at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50");
  }

  @Test
  void tags_empty_areRefused() {
    assertThat(createError(domain().tags(Map.of()).build())).isEqualTo(PREFIX
        + "Value '{}' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1");
  }

  @Test
  void tagKey_withAwsPrefix_isRefusedNamingTheKey() {
    assertThat(createError(domain().tags(Map.of("aws:owner", "me")).build())).isEqualTo(PREFIX
        + "Value 'aws:owner' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint:"
        + " [Member must satisfy regular expression pattern: ^(?!aws:)[a-zA-Z+-=._:/]+$]");
  }

  @Test
  void tagValue_longerThan256_isRefusedAtItsKey() {
    String value = "v".repeat(257);
    assertThat(createError(domain().tags(Map.of("team", value)).build())).isEqualTo(PREFIX
        + "Value '" + value + "' at 'tags.team' failed to satisfy constraint: Map value must satisfy"
        + " constraint: [Member must have length less than or equal to 256]");
  }

  @Test
  void ruleBasedMatching_limits_areReportedTogether() {
    var rules = Collections.nCopies(16, new MatchingRule(List.of("EmailAddress")));
    var request = domain().ruleBasedMatching(RuleBasedMatchingRequest.builder()
        .enabled(true)
        .matchingRules(rules)
        .maxAllowedRuleLevelForMerging(16)
        .attributeTypesSelector(new AttributeTypesSelector(null, null, null,
            List.of("EmailAddress", "PersonalEmailAddress", "BusinessEmailAddress", "EmailAddress")))
        .build()).build();

    BadRequestException e = org.junit.jupiter.api.Assertions.assertThrows(
        BadRequestException.class, () -> profiles.createDomain(request));

    assertThat(e.violations()).extracting(Violation::path, Violation::constraint).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ruleBasedMatching.matchingRules",
            "Member must have length less than or equal to 15"),
        org.assertj.core.groups.Tuple.tuple("ruleBasedMatching.maxAllowedRuleLevelForMerging",
            "Member must have value less than or equal to 15"),
        org.assertj.core.groups.Tuple.tuple("ruleBasedMatching.attributeTypesSelector.attributeMatchingModel",
            "Member must not be null"),
        org.assertj.core.groups.Tuple.tuple("ruleBasedMatching.attributeTypesSelector.emailAddress",
            "Member must have length less than or equal to 3"));
    assertThat(e.getMessage()).startsWith("4 validation errors detected: ");
  }

  @Test
  void ruleBasedMatching_sourceWithoutSourceName_isRefused() {
    var request = domain().ruleBasedMatching(RuleBasedMatchingRequest.builder().enabled(true)
        .attributeTypesSelector(new AttributeTypesSelector(AttributeMatchingModel.ONE_TO_ONE, null, null, null))
        .conflictResolution(new ConflictResolution(ConflictResolvingModel.SOURCE, "")).build()).build();
    assertThat(createError(request)).isEqualTo("2 validation errors detected: "
        + "Value '' at 'ruleBasedMatching.conflictResolution.sourceName' failed to satisfy constraint: Member must have length greater than or equal to 1; "
        + "Value null at 'ruleBasedMatching.conflictResolution.sourceName' failed to satisfy constraint:"
        + " Member must not be null when ConflictResolvingModel is SOURCE: it names the object type whose values win");
  }

  @Test
  void everyViolationOfOneRequest_isReportedInOneError() {
    var request = CreateDomainRequest.builder().domainName("bad name").defaultExpirationDays(2000)
        .matching(MatchingRequest.builder().enabled(true)
            .jobSchedule(new JobSchedule(JobScheduleDayOfTheWeek.FRIDAY, "25:00")).build())
        .build();
    assertThat(createError(request)).isEqualTo("3 validation errors detected: "
        + "Value 'bad name' at 'domainName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9_-]+$; "
        + "Value '2000' at 'defaultExpirationDays' failed to satisfy constraint: Member must have value less than or equal to 1098; "
        + "Value '25:00' at 'matching.jobSchedule.time' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$");
  }

  @Test
  void updateDomain_validatesLikeCreateButNeedsOnlyTheName() {
    assertThatThrownBy(() -> profiles.updateDomain(UpdateDomainRequest.builder().domainName("retail")
        .defaultExpirationDays(0).build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(PREFIX + "Value '0' at 'defaultExpirationDays' failed to satisfy constraint:"
            + " Member must have value greater than or equal to 1");
  }

  @Test
  void listDomains_maxResultsOutsideOneTo100_isRefused() {
    assertThatThrownBy(() -> profiles.listDomains(new ListDomainsRequest(null, 101)))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(PREFIX + "Value '101' at 'maxResults' failed to satisfy constraint: Member must"
            + " have value less than or equal to 100");
  }

  @Test
  void tagResource_arnOutsideThePattern_isRefused() {
    assertThatThrownBy(() -> profiles.tagResource(new TagResourceRequest("arn:aws:s3:::bucket", Map.of("a", "b"))))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(PREFIX + "Value 'arn:aws:s3:::bucket' at 'resourceArn' failed to satisfy constraint:"
            + " Member must satisfy regular expression pattern: ^arn:[a-z0-9]{1,10}:profile");
  }
}
