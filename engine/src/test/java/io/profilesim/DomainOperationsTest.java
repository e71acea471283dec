package io.profilesim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.exception.ThrottlingException;
import io.profilesim.model.AttributeMatchingModel;
import io.profilesim.model.AttributeTypesSelector;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.DataStoreRequest;
import io.profilesim.model.DomainStats;
import io.profilesim.model.GetDomainResponse;
import io.profilesim.model.JobSchedule;
import io.profilesim.model.JobScheduleDayOfTheWeek;
import io.profilesim.model.ListDomainItem;
import io.profilesim.model.ListDomainsRequest;
import io.profilesim.model.ListDomainsResponse;
import io.profilesim.model.ListTagsForResourceRequest;
import io.profilesim.model.MatchingRequest;
import io.profilesim.model.MatchingRule;
import io.profilesim.model.RuleBasedMatchingRequest;
import io.profilesim.model.RuleBasedMatchingStatus;
import io.profilesim.model.TagResourceRequest;
import io.profilesim.model.UntagResourceRequest;
import io.profilesim.model.UpdateDomainRequest;
import io.profilesim.model.UpdateDomainResponse;
import io.profilesim.validation.ShapeValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class DomainOperationsTest {
  private static final Instant T0 = Instant.parse("2026-01-03T00:00:00Z");

  private final TestClock clock = new TestClock(T0);
  private final CustomerProfiles profiles = CustomerProfiles.builder().clock(clock).build();

  private static CreateDomainRequest.Builder retail() {
    return CreateDomainRequest.builder().domainName("retail").defaultExpirationDays(365);
  }

  /** Every response must itself satisfy the service model's constraints. */
  private static <T> T valid(T response) {
    assertThat(ShapeValidator.standard().check(response)).isEmpty();
    return response;
  }

  @Test
  void createDomain_returnsTheConfigurationWithCreationTimes() {
    var created = valid(profiles.createDomain(retail()
        .deadLetterQueueUrl("https://sqs.us-east-1.amazonaws.com/123456789012/dlq")
        .matching(MatchingRequest.builder().enabled(true).build())
        .tags(Map.of("team", "cx")).build()));

    assertThat(created.domainName()).isEqualTo("retail");
    assertThat(created.defaultExpirationDays()).isEqualTo(365);
    assertThat(created.deadLetterQueueUrl()).isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/dlq");
    assertThat(created.matching().enabled()).isTrue();
    assertThat(created.createdAt()).isEqualTo(T0);
    assertThat(created.lastUpdatedAt()).isEqualTo(T0);
    assertThat(created.tags()).containsExactly(Map.entry("team", "cx"));
  }

  @Test
  void getDomain_ofNewDomain_hasZeroStatsAndTheMatchingBlockAsConfigured() {
    profiles.createDomain(retail().matching(MatchingRequest.builder().enabled(true).build()).build());

    GetDomainResponse domain = valid(profiles.getDomain("retail"));

    assertThat(domain.stats()).isEqualTo(new DomainStats(0L, 0L, 0L, 0L));
    // No JobSchedule was given, so none is returned; the job still runs Saturday 00:00 UTC.
    assertThat(domain.matching().jobSchedule()).isNull();
    assertThat(domain.tags()).isNull();
  }

  @Test
  void createDomain_whenNameTaken_isRefusedSayingSo() {
    profiles.createDomain(retail().build());

    assertThatThrownBy(() -> profiles.createDomain(retail().build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Domain retail already exists");
  }

  @Test
  void createDomain_101st_isRefusedByTheQuota() {
    IntStream.range(0, 100).forEach(i ->
        profiles.createDomain(CreateDomainRequest.builder().domainName("d" + i).defaultExpirationDays(1).build()));

    assertThatThrownBy(() -> profiles.createDomain(retail().build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Cannot create domain retail: the account already has 100 domains, the most"
            + " Customer Profiles allows per region");
  }

  @Test
  void deletingOneOfOneHundredDomains_makesRoomForAnother() {
    IntStream.range(0, 100).forEach(i ->
        profiles.createDomain(CreateDomainRequest.builder().domainName("d" + i).defaultExpirationDays(1).build()));
    profiles.deleteDomain("d7");

    assertThat(profiles.createDomain(retail().build()).domainName()).isEqualTo("retail");
  }

  @Test
  void unknownDomain_isResourceNotFoundWith404() {
    assertThatThrownBy(() -> profiles.getDomain("nope"))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Domain nope not found")
        .extracting(e -> ((ResourceNotFoundException) e).statusCode()).isEqualTo(404);
    assertThatThrownBy(() -> profiles.updateDomain(UpdateDomainRequest.builder().domainName("nope").build()))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> profiles.deleteDomain("nope"))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void updateDomain_changesOnlyTheGivenMembers_andMovesLastUpdatedAtOnly() {
    profiles.createDomain(retail()
        .defaultEncryptionKey("arn:aws:kms:us-east-1:123456789012:key/k1")
        .deadLetterQueueUrl("https://sqs.us-east-1.amazonaws.com/123456789012/dlq")
        .matching(MatchingRequest.builder().enabled(true)
            .jobSchedule(new JobSchedule(JobScheduleDayOfTheWeek.MONDAY, "9:05")).build())
        .build());
    clock.advance(Duration.ofHours(5));

    UpdateDomainResponse updated = valid(profiles.updateDomain(UpdateDomainRequest.builder()
        .domainName("retail").defaultExpirationDays(30).build()));

    assertThat(updated.defaultExpirationDays()).isEqualTo(30);
    assertThat(updated.defaultEncryptionKey()).isEqualTo("arn:aws:kms:us-east-1:123456789012:key/k1");
    assertThat(updated.deadLetterQueueUrl()).isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/dlq");
    assertThat(updated.matching().jobSchedule().time()).isEqualTo("9:05");
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.lastUpdatedAt()).isEqualTo(T0.plus(Duration.ofHours(5)));
    assertThat(profiles.getDomain("retail").lastUpdatedAt()).isEqualTo(T0.plus(Duration.ofHours(5)));
  }

  @Test
  void updateDomain_emptyStringClearsEncryptionKeyAndDeadLetterQueue() {
    profiles.createDomain(retail()
        .defaultEncryptionKey("arn:aws:kms:us-east-1:123456789012:key/k1")
        .deadLetterQueueUrl("https://sqs.us-east-1.amazonaws.com/123456789012/dlq").build());

    var updated = valid(profiles.updateDomain(UpdateDomainRequest.builder().domainName("retail")
        .defaultEncryptionKey("").deadLetterQueueUrl("").build()));

    assertThat(updated.defaultEncryptionKey()).isNull();
    assertThat(updated.deadLetterQueueUrl()).isNull();
    assertThat(profiles.getDomain("retail").deadLetterQueueUrl()).isNull();
  }

  @Test
  void updateDomain_replacesTheMatchingBlockWhole() {
    profiles.createDomain(retail().matching(MatchingRequest.builder().enabled(true)
        .jobSchedule(new JobSchedule(JobScheduleDayOfTheWeek.MONDAY, "9:05"))
        .autoMerging(AutoMerging.builder().enabled(true).build()).build()).build());

    var updated = profiles.updateDomain(UpdateDomainRequest.builder().domainName("retail")
        .matching(MatchingRequest.builder().enabled(false).build()).build());

    assertThat(updated.matching().enabled()).isFalse();
    assertThat(updated.matching().jobSchedule()).isNull();
    assertThat(updated.matching().autoMerging()).isNull();
  }

  @Test
  void updateDomain_addsGivenTagsToTheExistingOnes() {
    profiles.createDomain(retail().tags(Map.of("team", "cx", "stage", "dev")).build());

    var updated = profiles.updateDomain(UpdateDomainRequest.builder().domainName("retail")
        .tags(Map.of("stage", "prod", "owner", "ana")).build());

    assertThat(updated.tags()).containsExactly(
        Map.entry("owner", "ana"), Map.entry("stage", "prod"), Map.entry("team", "cx"));
  }

  @Test
  void dataStore_isReturnedAsConfigured() {
    var created = profiles.createDomain(retail().dataStore(new DataStoreRequest(true)).build());

    assertThat(created.dataStore().enabled()).isTrue();
    assertThat(profiles.getDomain("retail").dataStore().enabled()).isTrue();
  }

  @Test
  void ruleBasedMatching_onANewDomain_isActiveAtOnce() {
    profiles.createDomain(retail().ruleBasedMatching(ruleBased()).build());

    var domain = valid(profiles.getDomain("retail"));

    assertThat(domain.ruleBasedMatching().status()).isEqualTo(RuleBasedMatchingStatus.ACTIVE);
    assertThat(domain.ruleBasedMatching().matchingRules()).containsExactly(
        new MatchingRule(List.of("EmailAddress")), new MatchingRule(List.of("FirstName", "LastName")));
  }

  @Test
  void ruleBasedMatching_enabledOnAnExistingDomain_isPendingForOneHour() {
    profiles.createDomain(retail().build());
    profiles.updateDomain(UpdateDomainRequest.builder().domainName("retail").ruleBasedMatching(ruleBased()).build());

    clock.advance(Duration.ofMinutes(59));
    assertThat(profiles.getDomain("retail").ruleBasedMatching().status()).isEqualTo(RuleBasedMatchingStatus.PENDING);
    clock.advance(Duration.ofMinutes(1));
    assertThat(profiles.getDomain("retail").ruleBasedMatching().status()).isEqualTo(RuleBasedMatchingStatus.ACTIVE);
  }

  private static RuleBasedMatchingRequest ruleBased() {
    return RuleBasedMatchingRequest.builder().enabled(true)
        .matchingRules(List.of(new MatchingRule(List.of("EmailAddress")),
            new MatchingRule(List.of("FirstName", "LastName"))))
        .attributeTypesSelector(new AttributeTypesSelector(AttributeMatchingModel.ONE_TO_ONE, null, null, null))
        .build();
  }

  @Test
  void deleteDomain_removesItAndSaysSo() {
    profiles.createDomain(retail().build());

    var deleted = valid(profiles.deleteDomain("retail"));

    assertThat(deleted.message()).isEqualTo("Domain retail was deleted with all its data");
    assertThatThrownBy(() -> profiles.getDomain("retail")).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void listDomains_pagesInNameOrder() {
    for (String name : List.of("delta", "alpha", "echo", "charlie", "bravo")) {
      profiles.createDomain(CreateDomainRequest.builder().domainName(name).defaultExpirationDays(1).build());
    }

    List<String> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String token = null;
    do {
      ListDomainsResponse page = valid(profiles.listDomains(new ListDomainsRequest(token, 2)));
      page.items().forEach(i -> seen.add(i.domainName()));
      pageSizes.add(page.items().size());
      token = page.nextToken();
    } while (token != null);

    assertThat(seen).containsExactly("alpha", "bravo", "charlie", "delta", "echo");
    assertThat(pageSizes).containsExactly(2, 2, 1);
  }

  @Test
  void listDomains_lastFullPage_hasNoNextToken() {
    profiles.createDomain(retail().build());

    assertThat(profiles.listDomains(new ListDomainsRequest(null, 1)).nextToken()).isNull();
    assertThat(profiles.listDomains(new ListDomainsRequest(null, null)).items())
        .extracting(ListDomainItem::domainName).containsExactly("retail");
  }

  @Test
  void listDomains_carriesOnWhenTheLastSeenDomainIsDeleted() {
    for (String name : List.of("a", "b", "c")) {
      profiles.createDomain(CreateDomainRequest.builder().domainName(name).defaultExpirationDays(1).build());
    }
    String token = profiles.listDomains(new ListDomainsRequest(null, 2)).nextToken();
    profiles.deleteDomain("b");

    assertThat(profiles.listDomains(new ListDomainsRequest(token, 2)).items())
        .extracting(ListDomainItem::domainName).containsExactly("c");
  }

  @Test
  void listDomains_foreignToken_isRefused() {
    assertThatThrownBy(() -> profiles.listDomains(new ListDomainsRequest("not-a-token", null)))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Invalid NextToken 'not-a-token': it was not issued by ListDomains");
  }

  @Test
  void tags_areAddedListedAndRemovedThroughTheDomainArn() {
    profiles.createDomain(retail().tags(Map.of("team", "cx")).build());
    String arn = profiles.domainArn("retail");

    valid(profiles.tagResource(new TagResourceRequest(arn, Map.of("stage", "dev"))));
    assertThat(valid(profiles.listTagsForResource(new ListTagsForResourceRequest(arn))).tags())
        .containsExactly(Map.entry("stage", "dev"), Map.entry("team", "cx"));

    valid(profiles.untagResource(new UntagResourceRequest(arn, List.of("team", "absent"))));
    assertThat(profiles.listTagsForResource(new ListTagsForResourceRequest(arn)).tags())
        .containsExactly(Map.entry("stage", "dev"));

    profiles.untagResource(new UntagResourceRequest(arn, List.of("stage")));
    assertThat(profiles.listTagsForResource(new ListTagsForResourceRequest(arn)).tags()).isNull();
    assertThat(profiles.getDomain("retail").tags()).isNull();
  }

  @Test
  void domainArn_hasTheAwsFormWithConfiguredRegionAndAccount() {
    CustomerProfiles eu = CustomerProfiles.builder().region("eu-west-2").accountId("210987654321").build();

    assertThat(eu.domainArn("retail")).isEqualTo("arn:aws:profile:eu-west-2:210987654321:domains/retail");
    assertThat(profiles.domainArn("retail")).isEqualTo("arn:aws:profile:us-east-1:123456789012:domains/retail");
  }

  @Test
  void tagResource_onAnotherAccountsArn_isNotFound() {
    profiles.createDomain(retail().build());

    assertThatThrownBy(() -> profiles.tagResource(new TagResourceRequest(
        "arn:aws:profile:us-east-1:999999999999:domains/retail", Map.of("a", "b"))))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Resource arn:aws:profile:us-east-1:999999999999:domains/retail not found: domain"
            + " ARNs here have the form arn:aws:profile:us-east-1:123456789012:domains/<DomainName>");
    assertThatThrownBy(() -> profiles.listTagsForResource(new ListTagsForResourceRequest(
        profiles.domainArn("other"))))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Resource arn:aws:profile:us-east-1:123456789012:domains/other not found");
  }

  @Test
  void tagResource_beyondFiftyTagsInAll_isRefused() {
    Map<String, String> forty = new HashMap<>();
    IntStream.range(0, 40).forEach(i -> forty.put("a" + i, "v"));
    Map<String, String> eleven = new HashMap<>();
    IntStream.range(0, 11).forEach(i -> eleven.put("b" + i, "v"));
    profiles.createDomain(retail().tags(forty).build());

    assertThatThrownBy(() -> profiles.tagResource(new TagResourceRequest(profiles.domainArn("retail"), eleven)))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Too many tags: the resource would have 51 tags, and at most 50 are allowed");
    assertThat(profiles.getDomain("retail").tags()).hasSize(40);
  }

  @Test
  void requestRate_beyondTheConfiguredLimit_isThrottled() {
    CustomerProfiles limited = CustomerProfiles.builder().clock(clock).requestsPerSecond(0.001).build();
    limited.createDomain(retail().build());

    assertThatThrownBy(() -> limited.getDomain("retail"))
        .isInstanceOf(ThrottlingException.class)
        .hasMessage("Rate exceeded: GetDomain was called more often than the configured 0.001 requests per second")
        .extracting(e -> ((ThrottlingException) e).statusCode()).isEqualTo(429);
  }

  @Test
  void builder_refusesMalformedRegionAndAccount() {
    assertThatThrownBy(() -> CustomerProfiles.builder().region("Mars"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region must look like us-east-1, was Mars");
    assertThatThrownBy(() -> CustomerProfiles.builder().accountId("12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account id must be 12 digits, was 12");
  }

  @Test
  void builder_refusesIngestionThreadsOutsideOneToSixtyFour() {
    assertThatThrownBy(() -> CustomerProfiles.builder().ingestionThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ingestion threads must be from 1 to 64, was 0");
    assertThatThrownBy(() -> CustomerProfiles.builder().ingestionThreads(65))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ingestion threads must be from 1 to 64, was 65");
  }
}
