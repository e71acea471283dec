package io.profilesim.samples.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.FileFormat;
import io.profilesim.samples.batch.Scenario.Ingestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScenarioTest {
  static final String DOMAIN = "{\"DomainName\":\"shop\",\"DefaultExpirationDays\":366,"
      + "\"DeadLetterQueueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/dlq\","
      + "\"Matching\":{\"Enabled\":true,\"ExportingConfig\":{\"S3Exporting\":"
      + "{\"S3BucketName\":\"results\",\"S3KeyName\":\"ir\"}}}}";
  static final String OBJECT_TYPE = "{\"ObjectTypeName\":\"Crm\",\"Description\":\"CRM rows\","
      + "\"AllowProfileCreation\":true,\"Fields\":{"
      + "\"id\":{\"Source\":\"_source.id\",\"ContentType\":\"STRING\"},"
      + "\"first\":{\"Source\":\"_source.first\",\"Target\":\"_profile.FirstName\","
      + "\"ContentType\":\"NAME\"}},"
      + "\"Keys\":{\"crmId\":[{\"StandardIdentifiers\":[\"PROFILE\",\"UNIQUE\"],"
      + "\"FieldNames\":[\"id\"]}]}}";

  @TempDir
  Path dir;

  private Path scenario;

  @BeforeEach
  void writeData() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/crm.csv"), "id,first\n1,Ann\n2,Bob\n");
    Files.writeString(dir.resolve("data/more.jsonl"), "{\"id\":\"3\",\"first\":\"Cy\"}\n");
    Files.writeString(dir.resolve("crm-type.json"), OBJECT_TYPE);
    scenario = dir.resolve("scenario.json");
  }

  static String scenarioJson(String domain, String objectTypes, String extra) {
    return "{\"Description\":\"two files\",\"Seed\":7,\"Start\":\"2026-01-05T00:00:00Z\","
        + "\"Weeks\":2,\"Domain\":" + domain + ",\"ObjectTypes\":[" + objectTypes + "],"
        + "\"Sources\":[{\"Name\":\"crm\",\"ObjectTypeName\":\"Crm\",\"File\":\"data/crm.csv\"},"
        + "{\"Name\":\"more\",\"ObjectTypeName\":\"Crm\",\"File\":\"data/more.jsonl\"}],"
        + "\"Timeline\":[{\"Day\":8,\"Source\":\"more\"},{\"Day\":0,\"Hour\":6,\"Source\":\"crm\"}]"
        + extra + "}";
  }

  private String load(String json) throws IOException {
    Files.writeString(scenario, json);
    try {
      Scenario.load(scenario);
      return "loaded";
    } catch (InvalidInputException e) {
      return e.getMessage();
    }
  }

  @Test
  void load_readsEveryMember_andOrdersTheTimeline() throws IOException {
    Files.writeString(scenario, scenarioJson(DOMAIN, "\"crm-type.json\"", ""));

    Scenario s = Scenario.load(scenario);

    assertThat(s.description()).isEqualTo("two files");
    assertThat(s.seed()).isEqualTo(7);
    assertThat(s.weeks()).isEqualTo(2);
    assertThat(s.end()).isEqualTo(Instant.parse("2026-01-19T00:00:00Z"));
    assertThat(s.domain().domainName()).isEqualTo("shop");
    assertThat(s.objectTypes()).singleElement()
        .satisfies(t -> assertThat(t.domainName()).isEqualTo("shop"))
        .satisfies(t -> assertThat(t.objectTypeName()).isEqualTo("Crm"));
    assertThat(s.source("more").format()).isEqualTo(FileFormat.JSON_LINES);
    assertThat(s.source("crm").file()).isEqualTo(dir.resolve("data/crm.csv"));
    assertThat(s.source("crm").path()).isEqualTo("data/crm.csv");
    assertThat(s.timeline()).containsExactly(
        new Ingestion(Instant.parse("2026-01-05T06:00:00Z"), "crm"),
        new Ingestion(Instant.parse("2026-01-13T09:00:00Z"), "more"));
  }

  @Test
  void load_takesObjectTypesInline() throws IOException {
    Files.writeString(scenario, scenarioJson(DOMAIN, OBJECT_TYPE, ""));

    assertThat(Scenario.load(scenario).objectTypes().get(0).objectTypeName()).isEqualTo("Crm");
  }

  @Test
  void load_withoutStart_namesTheMember() throws IOException {
    String json = scenarioJson(DOMAIN, OBJECT_TYPE, "")
        .replace("\"Start\":\"2026-01-05T00:00:00Z\",", "");

    assertThat(load(json)).isEqualTo(scenario + ": Start: missing; it is required");
  }

  @Test
  void load_withAStartThatIsNotAnInstant_saysTheExpectedForm() throws IOException {
    String json = scenarioJson(DOMAIN, OBJECT_TYPE, "").replace("2026-01-05T00:00:00Z", "monday");

    assertThat(load(json)).isEqualTo(scenario + ": Start: expected an ISO-8601 UTC instant such"
        + " as \"2026-01-05T00:00:00Z\", was \"monday\"");
  }

  @Test
  void load_withZeroWeeks_givesTheRange() throws IOException {
    String json = scenarioJson(DOMAIN, OBJECT_TYPE, "").replace("\"Weeks\":2", "\"Weeks\":0");

    assertThat(load(json))
        .isEqualTo(scenario + ": Weeks: expected a whole number from 1 to 520, was 0");
  }

  @Test
  void load_withAnIngestionAfterTheLastWeek_givesTheRange() throws IOException {
    String json = scenarioJson(DOMAIN, OBJECT_TYPE, "").replace("\"Day\":8", "\"Day\":14");

    assertThat(load(json)).isEqualTo(
        scenario + ": Timeline.1.Day: expected a whole number from 0 to 13, was 14");
  }

  @Test
  void load_withAnUnknownSourceInTheTimeline_listsTheSources() throws IOException {
    String json = scenarioJson(DOMAIN, OBJECT_TYPE, "")
        .replace("\"Source\":\"more\"}", "\"Source\":\"web\"}");

    assertThat(load(json)).isEqualTo(scenario + ": Timeline.1.Source: 'web' is not a source of"
        + " the scenario; expected one of [crm, more]");
  }

  @Test
  void load_withAnUnknownMember_listsTheKnownOnes() throws IOException {
    String json = scenarioJson(DOMAIN, OBJECT_TYPE, ",\"Week\":3");

    assertThat(load(json)).isEqualTo(scenario + ": Week: unknown member; expected one of"
        + " [Description, Domain, ObjectTypes, Seed, Sources, Start, Timeline, Weeks]");
  }

  @Test
  void load_withAMissingDataFile_namesTheSourceAndTheFile() throws IOException {
    Files.delete(dir.resolve("data/more.jsonl"));

    assertThat(load(scenarioJson(DOMAIN, OBJECT_TYPE, ""))).isEqualTo(scenario
        + ": Sources.2.File: 'data/more.jsonl' not found (" + dir.resolve("data/more.jsonl") + ")");
  }

  @Test
  void load_withASourceOfAnUndefinedObjectType_listsTheDefinedOnes() throws IOException {
    String json = scenarioJson(DOMAIN, OBJECT_TYPE, "")
        .replace("\"ObjectTypeName\":\"Crm\",\"File\":\"data/crm.csv\"",
            "\"ObjectTypeName\":\"Web\",\"File\":\"data/crm.csv\"");

    assertThat(load(json)).isEqualTo(scenario + ": Sources.1.ObjectTypeName: 'Web' is not an"
        + " object type of the scenario; expected one of [Crm]");
  }

  @Test
  void load_withAnInvalidDomain_reportsTheServicesValidationError() throws IOException {
    String json = scenarioJson(DOMAIN.replace("\"shop\"", "\"shop!\""), OBJECT_TYPE, "");

    assertThat(load(json)).isEqualTo(scenario + ": Domain: 1 validation error detected: Value"
        + " 'shop!' at 'domainName' failed to satisfy constraint: Member must satisfy regular"
        + " expression pattern: ^[a-zA-Z0-9_-]+$");
  }

  @Test
  void load_withAnUnknownMemberInTheDomain_namesIt() throws IOException {
    String json = scenarioJson(DOMAIN.replace("\"DefaultExpirationDays\"", "\"ExpirationDays\""),
        OBJECT_TYPE, "");

    assertThat(load(json)).startsWith(scenario + ": Domain: Unknown member 'ExpirationDays'");
  }

  @Test
  void load_withoutADeadLetterQueue_explainsWhyOneIsNeeded() throws IOException {
    String json = scenarioJson(DOMAIN.replace(
        "\"DeadLetterQueueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/dlq\",", ""),
        OBJECT_TYPE, "");

    assertThat(load(json)).isEqualTo(scenario + ": Domain.DeadLetterQueueUrl: missing; expected a"
        + " queue URL (any URL, for example https://sqs.us-east-1.amazonaws.com/123456789012/"
        + "retail-dlq) so that rejected rows are kept and reported");
  }

  @Test
  void load_withAnObjectTypeTheServiceRefuses_namesTheEntry() throws IOException {
    String json = scenarioJson(DOMAIN, OBJECT_TYPE.replace("\"Description\":\"CRM rows\",", ""),
        "");

    assertThat(load(json)).isEqualTo(scenario + ": ObjectTypes.1: 1 validation error detected:"
        + " Value null at 'description' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void load_withAnObjectTypeOfAnotherDomain_saysWhichDomainIsExpected() throws IOException {
    String json = scenarioJson(DOMAIN, OBJECT_TYPE.replace("{\"ObjectTypeName\"",
        "{\"DomainName\":\"other\",\"ObjectTypeName\""), "");

    assertThat(load(json)).isEqualTo(scenario + ": ObjectTypes.1.DomainName: 'other' is not the"
        + " scenario's domain; expected 'shop' or no DomainName");
  }

  @Test
  void load_withMalformedJson_givesTheLine() throws IOException {
    assertThat(load("{\"Weeks\": 2,,}")).startsWith(scenario + ": Malformed JSON (line 1,");
  }
}
