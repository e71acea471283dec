package io.profilesim.ingest;

import static io.profilesim.ingest.Fixtures.DLQ;
import static io.profilesim.ingest.Fixtures.DOMAIN;
import static io.profilesim.ingest.Fixtures.field;
import static io.profilesim.ingest.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.CustomerProfiles;
import io.profilesim.DeadLetterMessage;
import io.profilesim.TestClock;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.json.AwsJson;
import io.profilesim.model.DomainStats;
import io.profilesim.model.ListProfileObjectsItem;
import io.profilesim.model.ListProfileObjectsRequest;
import io.profilesim.model.PutProfileObjectRequest;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.SearchProfilesRequest;
import io.profilesim.model.StandardIdentifier;
import io.profilesim.model.UpdateDomainRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class DeadLetterQueueTest {
  private final TestClock clock = TestClock.atMonday();
  private CustomerProfiles profiles;

  @BeforeEach
  void setUp() {
    profiles = Fixtures.profiles(clock);
    Fixtures.domain(profiles, true);
    profiles.putProfileObjectType(Fixtures.crm());
  }

  @AfterEach
  void tearDown() {
    profiles.close();
  }

  /** Puts an object and returns the reason the dead-letter queue received for it. */
  private String rejectionOf(String type, String json) {
    int before = profiles.deadLetterQueue(DLQ).size();
    assertThat(profiles.putProfileObject(DOMAIN, type, json).profileObjectUniqueKey()).isNull();
    List<DeadLetterMessage> queue = profiles.deadLetterQueue(DLQ);
    assertThat(queue).hasSize(before + 1);
    DeadLetterMessage m = queue.get(before);
    assertThat(m.object()).isEqualTo(json);
    assertThat(m.objectTypeName()).isEqualTo(type);
    assertThat(m.timestamp()).isEqualTo(clock.instant());
    return m.reason();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'{bad'      | Malformed JSON at line 1, column 2: Unexpected character ('b' (code 98)):"
            + " was expecting double-quote to start field name",
        "'[1, 2]'    | Malformed JSON: the object must be a JSON object, not array",
        "'\"text\"'  | Malformed JSON: the object must be a JSON object, not string",
        "'{\"id\":1} {}' | Malformed JSON at line 1, column 10: more content follows the object",
        "'{\"id\":1,}'   | Malformed JSON at line 1, column 9: Unexpected character ('}' (code"
            + " 125)): was expecting double-quote to start field name",
        "'{\"a\":[1,}'   | Malformed JSON at line 1, column 9: Unexpected character ('}' (code"
            + " 125)): expected a value",
      })
  void malformedJson_isDeadLettered(String json, String reason) {
    assertThat(rejectionOf("Crm", json)).isEqualTo(reason);
  }

  @Test
  void anEmptyObject_isMalformed() {
    assertThat(rejectionOf("Crm", "")).isEqualTo("Malformed JSON: the object is empty");
  }

  @Test
  void aMissingUniqueKeyField_isDeadLettered() {
    assertThat(rejectionOf("Crm", "{\"email\":\"a@x.com\"}"))
        .isEqualTo(
            "Missing UNIQUE key field:"
                + " key crmId needs field id (Source _source.id), which the object lacks");
  }

  @Test
  void noMatchingProfile_whileCreationIsNotAllowed_isDeadLettered() {
    profiles.putProfileObjectType(
        Fixtures.crm().toBuilder().objectTypeName("Orders").allowProfileCreation(false).build());

    assertThat(rejectionOf("Orders", "{\"id\":\"o1\",\"email\":\"A@x.com\"}"))
        .isEqualTo(
            "No matching profile: no single profile has _email=a@x.com or crmId=o1, and"
                + " object type Orders does not allow profile creation");
  }

  @Test
  void anObjectOverTheSizeLimit_isDeadLettered() {
    String big = "{\"id\":\"1\",\"pad\":\"" + "é".repeat(127_991) + "\"}";

    assertThat(big).hasSize(128_010);
    assertThat(rejectionOf("Crm", big))
        .isEqualTo(
            "Object too large: it is 256001 bytes in UTF-8,"
                + " more than the 250 KB (256000 bytes) an object may have");
  }

  /**
   * The store keeps objects in UTF-8 (as AWS measures them), which a lone surrogate lacks. Among
   * ASCII text, UTF-8 encoding turns it into '?'; beside text beyond ASCII, the byte count differs
   * from the char count: both paths must find it.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\":\"1\",\"name\":\"Ann\uD800\"}",
        "{\"id\":\"1\",\"name\":\"Zoë\uDC00 小林\"}"
      })
  void anObjectWithALoneSurrogate_isDeadLettered(String json) {
    assertThat(rejectionOf("Crm", json))
        .isEqualTo(
            "Malformed JSON: the object is not valid Unicode text"
                + " (Unpaired surrogate at index 21)");
  }

  @Test
  void anAsciiObjectWithQuestionMarks_isStoredWithItsSize() {
    // '?' is what a lone surrogate becomes in UTF-8, so the quota check reads such text again.
    String json = "{\"id\":\"q?\",\"name\":\"Who?\"}";

    assertThat(profiles.putProfileObject(DOMAIN, "Crm", json).profileObjectUniqueKey())
        .isNotNull();
    assertThat(profiles.getDomain(DOMAIN).stats().totalSize()).isEqualTo(json.length());
  }

  @Test
  void textOutsideLatin1_isListedBackExactlyAsIngested() {
    String json = "{\"id\":\"7\",\"name\":\"Zoë 小林 \uD83D\uDE00\"}";
    profiles.putProfileObject(DOMAIN, "Crm", json);
    String profileId =
        profiles
            .searchProfiles(
                SearchProfilesRequest.builder()
                    .domainName(DOMAIN)
                    .keyName("crmId")
                    .values(List.of("7"))
                    .build())
            .items()
            .get(0)
            .profileId();

    assertThat(
            profiles
                .listProfileObjects(
                    ListProfileObjectsRequest.builder()
                        .domainName(DOMAIN)
                        .objectTypeName("Crm")
                        .profileId(profileId)
                        .build())
                .items())
        .extracting(ListProfileObjectsItem::object)
        .containsExactly(json);
    assertThat(profiles.getDomain(DOMAIN).stats().totalSize())
        .isEqualTo(json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
  }

  @Test
  void anObjectAtTheSizeLimit_isAccepted() {
    String prefix = "{\"id\":\"1\",\"pad\":\"";
    String json = prefix + "x".repeat(256_000 - prefix.length() - 2) + "\"}";

    assertThat(json).hasSize(256_000);
    assertThat(profiles.putProfileObject(DOMAIN, "Crm", json).profileObjectUniqueKey()).isNotNull();
  }

  @Test
  void anUnparsableTimestamp_isDeadLettered() {
    profiles.putProfileObjectType(
        PutProfileObjectTypeRequest.builder()
            .domainName(DOMAIN)
            .objectTypeName("Web")
            .description("web")
            .allowProfileCreation(true)
            .sourceLastUpdatedTimestampFormat("yyyy-MM-dd HH:mm")
            .fields(
                Map.of(
                    "id",
                    field("_source.id", null),
                    "sourceLastUpdatedTimestamp",
                    field("_source.updated", null)))
            .keys(Map.of("webId", key(List.of("id"), StandardIdentifier.UNIQUE)))
            .build());

    assertThat(rejectionOf("Web", "{\"id\":\"w1\",\"updated\":\"2024-02-30 10:00\"}"))
        .isEqualTo(
            "Unparsable timestamp: field sourceLastUpdatedTimestamp is '2024-02-30 10:00',"
                + " which does not match yyyy-MM-dd HH:mm");
  }

  @Test
  void aProfileHoldingAThousandObjects_takesNoMore() {
    for (int i = 0; i < 1000; i++) {
      assertThat(
              profiles
                  .putProfileObject(DOMAIN, "Crm", "{\"id\":\"" + i + "\",\"email\":\"a@x.com\"}")
                  .profileObjectUniqueKey())
          .isNotNull();
    }
    String profileId =
        profiles
            .searchProfiles(
                io.profilesim.model.SearchProfilesRequest.builder()
                    .domainName(DOMAIN)
                    .keyName("_email")
                    .values(List.of("a@x.com"))
                    .build())
            .items()
            .get(0)
            .profileId();

    assertThat(rejectionOf("Crm", "{\"id\":\"1000\",\"email\":\"a@x.com\"}"))
        .isEqualTo(
            "Quota exceeded: profile "
                + profileId
                + " already holds 1000 objects, the most a"
                + " profile may hold");
    assertThat(
            profiles
                .putProfileObject(
                    DOMAIN, "Crm", "{\"id\":\"7\",\"email\":\"a@x.com\",\"first\":\"Ann\"}")
                .profileObjectUniqueKey())
        .as("replacing an object keeps the count")
        .isNotNull();
    assertThat(profiles.getDomain(DOMAIN).stats().meteringProfileCount()).isEqualTo(10L);
  }

  @Test
  void maxProfileObjectCount_limitsTheObjectsOfItsTypeInAProfile() {
    profiles.putProfileObjectType(Fixtures.crm().toBuilder().maxProfileObjectCount(2).build());
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"1\",\"email\":\"a@x.com\"}");
    profiles.putProfileObject(DOMAIN, "Crm", "{\"id\":\"2\",\"email\":\"a@x.com\"}");

    assertThat(rejectionOf("Crm", "{\"id\":\"3\",\"email\":\"a@x.com\"}"))
        .matches(
            "Quota exceeded: profile [a-f0-9]{32} already holds 2 objects of type Crm, its"
                + " MaxProfileObjectCount");
  }

  @Test
  void aValueTheTargetCannotHold_isDeadLettered() {
    profiles.putProfileObjectType(
        Fixtures.crm().toBuilder()
            .fields(
                Map.of("id", field("_source.id", null), "g", field("_source.g", "_profile.Gender")))
            .keys(
                Map.of(
                    "crmId",
                    key(List.of("id"), StandardIdentifier.PROFILE, StandardIdentifier.UNIQUE)))
            .build());

    assertThat(rejectionOf("Crm", "{\"id\":\"1\",\"g\":\"robot\"}"))
        .isEqualTo(
            "Invalid field value: field g (target _profile.Gender): the value 'robot' of"
                + " Gender is not one of [MALE, FEMALE, UNSPECIFIED]");
  }

  @Test
  void rejectedObjects_leaveTheStatsAlone() {
    rejectionOf("Crm", "{bad");

    assertThat(profiles.getDomain(DOMAIN).stats()).isEqualTo(new DomainStats(0L, 0L, 0L, 0L));
  }

  @Test
  void withoutADeadLetterQueue_theCallFailsWithTheReason() {
    profiles.updateDomain(
        UpdateDomainRequest.builder().domainName(DOMAIN).deadLetterQueueUrl("").build());

    assertThatThrownBy(() -> profiles.putProfileObject(DOMAIN, "Crm", "{\"email\":\"a@x.com\"}"))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "Object rejected by object type Crm: Missing UNIQUE key field: key crmId needs"
                + " field id (Source _source.id), which the object lacks. Domain retail has no"
                + " DeadLetterQueueUrl to receive it");
  }

  @Test
  void badNamesAndUnknownTypes_areRequestErrors_notDeadLetters() {
    assertThatThrownBy(
            () -> profiles.putProfileObject(new PutProfileObjectRequest("Crm!", "{bad", DOMAIN)))
        .isInstanceOf(BadRequestException.class)
        .hasMessage(
            "1 validation error detected: Value 'Crm!' at 'objectTypeName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern:"
                + " ^[a-zA-Z_][a-zA-Z_0-9-]*$");
    assertThatThrownBy(() -> profiles.putProfileObject(DOMAIN, "Nope", "{}"))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Object type Nope not found in domain retail");
    assertThat(profiles.deadLetterQueue(DLQ)).isEmpty();
  }

  @Test
  void aMessage_isWrittenAsOneJsonLine_withAwsMemberNames() {
    rejectionOf("Crm", "{bad");

    assertThat(AwsJson.write(profiles.deadLetterQueue(DLQ).get(0)))
        .isEqualTo(
            "{\"DomainName\":\"retail\",\"ObjectTypeName\":\"Crm\",\"Object\":\"{bad\","
                + "\"Reason\":\"Malformed JSON at line 1, column 2: Unexpected character ('b'"
                + " (code 98)): was expecting double-quote to start field name\","
                + "\"Timestamp\":1767603600}");
  }
}
