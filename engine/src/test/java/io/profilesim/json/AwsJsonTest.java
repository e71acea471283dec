package io.profilesim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.profilesim.exception.BadRequestException;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.DomainStats;
import io.profilesim.model.GetDomainResponse;
import io.profilesim.model.JobSchedule;
import io.profilesim.model.JobScheduleDayOfTheWeek;
import io.profilesim.model.ListDomainItem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class AwsJsonTest {

  static Stream<Path> goldenFiles() throws IOException, URISyntaxException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("/fixtures/domain", "/fixtures/merging")) {
      Path dir = Path.of(AwsJsonTest.class.getResource(folder).toURI());
      try (Stream<Path> listed = Files.list(dir)) {
        listed.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
      }
    }
    return files.stream().sorted(Comparator.comparing(p -> p.getFileName().toString()));
  }

  /** Each golden file is named after its shape; reading and writing it must give it back unchanged. */
  @ParameterizedTest
  @MethodSource("goldenFiles")
  void goldenShape_roundTripsByteForByte(Path file) throws Exception {
    String json = Files.readString(file);
    Class<?> shape = Class.forName("io.profilesim.model." + file.getFileName().toString().replace(".json", ""));

    Object record = AwsJson.read(json, shape);

    assertThat(AwsJson.writePretty(record) + "\n").isEqualTo(json);
  }

  @Test
  void goldenFiles_coverEveryDomainOperationShape() throws Exception {
    assertThat(goldenFiles().map(p -> p.getFileName().toString())).contains(
        "CreateDomainRequest.json", "CreateDomainResponse.json", "GetDomainRequest.json",
        "GetDomainResponse.json", "UpdateDomainRequest.json", "UpdateDomainResponse.json",
        "DeleteDomainRequest.json", "DeleteDomainResponse.json", "ListDomainsRequest.json",
        "ListDomainsResponse.json", "TagResourceRequest.json", "TagResourceResponse.json",
        "UntagResourceRequest.json", "UntagResourceResponse.json",
        "ListTagsForResourceRequest.json", "ListTagsForResourceResponse.json");
  }

  @Test
  void write_usesAwsMemberNamesAndOmitsAbsentMembers() {
    String json = AwsJson.write(new JobSchedule(JobScheduleDayOfTheWeek.MONDAY, null));

    assertThat(json).isEqualTo("{\"DayOfTheWeek\":\"MONDAY\"}");
  }

  @Test
  void write_timestampsAsEpochSecondsWithFractionOnlyWhenPresent() {
    ListDomainItem item = new ListDomainItem("d", Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-01T00:00:00.120Z"), null);

    assertThat(AwsJson.write(item))
        .isEqualTo("{\"DomainName\":\"d\",\"CreatedAt\":1767225600,\"LastUpdatedAt\":1767225600.12}");
  }

  @Test
  void read_timestampFromIntegerDecimalOrIsoString() {
    String json = "{\"DomainName\":\"d\",\"CreatedAt\":1767225600.5,\"LastUpdatedAt\":\"2026-01-01T00:00:01Z\"}";

    ListDomainItem item = AwsJson.read(json, ListDomainItem.class);

    assertThat(item.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.500Z"));
    assertThat(item.lastUpdatedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:01Z"));
  }

  @Test
  void write_tagsInKeyOrderWhateverTheInsertionOrder() {
    GetDomainResponse response = new GetDomainResponse("d", null, null, null,
        new DomainStats(0L, 0L, 0L, 0L), null, null, null, Instant.EPOCH, Instant.EPOCH,
        Map.of("zeta", "1", "alpha", "2", "mid", "3"));

    assertThat(AwsJson.write(response)).contains("\"Tags\":{\"alpha\":\"2\",\"mid\":\"3\",\"zeta\":\"1\"}");
  }

  @Test
  void read_unknownEnumValue_isBadRequestNamingPathAndValueSet() {
    String json = "{\"DomainName\":\"d\",\"DefaultExpirationDays\":1,"
        + "\"Matching\":{\"Enabled\":true,\"JobSchedule\":{\"DayOfTheWeek\":\"FUNDAY\",\"Time\":\"1:00\"}}}";

    assertThatThrownBy(() -> AwsJson.read(json, CreateDomainRequest.class))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("1 validation error detected: Value 'FUNDAY' at 'matching.jobSchedule.dayOfTheWeek'"
            + " failed to satisfy constraint: Member must satisfy enum value set:"
            + " [SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY]");
  }

  @Test
  void read_unknownMember_isBadRequestNamingMemberAndWhere() {
    String json = "{\"DomainName\":\"d\",\"Matching\":{\"Enabled\":true,\"Schedule\":{}}}";

    assertThatThrownBy(() -> AwsJson.read(json, CreateDomainRequest.class))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Unknown member 'Schedule' at 'matching' (known members: AutoMerging, Enabled,"
            + " ExportingConfig, JobSchedule)");
  }

  @Test
  void read_wrongType_isBadRequestNamingPath() {
    String json = "{\"DomainName\":\"d\",\"DefaultExpirationDays\":\"a year\"}";

    assertThatThrownBy(() -> AwsJson.read(json, CreateDomainRequest.class))
        .isInstanceOf(BadRequestException.class)
        .hasMessageStartingWith("Value at 'defaultExpirationDays' is not a valid number: ");
  }

  @Test
  void read_malformedJson_isBadRequestWithLocation() {
    assertThatThrownBy(() -> AwsJson.read("{\"DomainName\": }", CreateDomainRequest.class))
        .isInstanceOf(BadRequestException.class)
        .hasMessageStartingWith("Malformed JSON (line 1, column 16): ");
  }
}
