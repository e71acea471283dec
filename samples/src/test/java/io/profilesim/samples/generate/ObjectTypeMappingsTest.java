package io.profilesim.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.domain.ProfileAttributes;
import io.profilesim.json.AwsJson;
import io.profilesim.validation.ShapeValidator;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class ObjectTypeMappingsTest {
  private static final Pattern SOURCE_PATH = Pattern.compile("_source\\.([a-z_.]+)");

  /**
   * The service model's request shape, member for member; read strictly (an unknown member fails)
   * and checked by the engine's validator. Public so the validator may read it.
   */
  public record PutProfileObjectTypeRequest(String domainName, String objectTypeName,
      String description, String templateId, Integer expirationDays, String encryptionKey,
      Boolean allowProfileCreation, String sourceLastUpdatedTimestampFormat,
      Integer maxProfileObjectCount, Integer sourcePriority, Map<String, ObjectTypeField> fields,
      Map<String, List<ObjectTypeKey>> keys, Map<String, String> tags) {}

  /** The model's {@code ObjectTypeField}. */
  public record ObjectTypeField(String source, String target, String contentType) {}

  /** The model's {@code ObjectTypeKey}. */
  public record ObjectTypeKey(List<String> standardIdentifiers, List<String> fieldNames) {}

  @ParameterizedTest
  @EnumSource(Source.class)
  void request_satisfiesTheServiceModel(Source source) {
    PutProfileObjectTypeRequest request = read(source);
    PutProfileObjectTypeRequest withDomain = new PutProfileObjectTypeRequest("generated",
        request.objectTypeName(), request.description(), request.templateId(),
        request.expirationDays(), request.encryptionKey(), request.allowProfileCreation(),
        request.sourceLastUpdatedTimestampFormat(), request.maxProfileObjectCount(),
        request.sourcePriority(), request.fields(), request.keys(), request.tags());

    assertThat(request.domainName()).isNull();
    assertThat(ShapeValidator.standard().check(withDomain)).isEmpty();
    assertThat(request.objectTypeName()).isEqualTo(source.objectTypeName());
    assertThat(request.allowProfileCreation()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void fieldSources_readFieldsTheSourceHas(Source source) {
    for (ObjectTypeField field : read(source).fields().values()) {
      Matcher m = SOURCE_PATH.matcher(field.source());
      int paths = 0;
      while (m.find()) {
        assertThat(source.fieldNames()).as(field.source()).contains(m.group(1));
        paths++;
      }
      assertThat(paths).as(field.source()).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void fieldTargets_nameProfileAttributes(Source source) {
    for (ObjectTypeField field : read(source).fields().values()) {
      if (field.target() != null) {
        assertThat(field.target()).startsWith("_profile.");
        assertThat(ProfileAttributes.isValid(field.target().substring("_profile.".length())))
            .as(field.target()).isTrue();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void key_isTheRecordIdAsProfileAndUnique(Source source) {
    Map<String, List<ObjectTypeKey>> keys = read(source).keys();
    Map<String, ObjectTypeField> fields = read(source).fields();

    assertThat(keys).hasSize(1);
    ObjectTypeKey key = keys.values().iterator().next().get(0);
    assertThat(key.standardIdentifiers()).containsExactly("PROFILE", "UNIQUE");
    assertThat(key.fieldNames()).hasSize(1);
    assertThat(fields.get(key.fieldNames().get(0)).source())
        .isEqualTo("_source." + source.keyField());
  }

  @Test
  void crmRequest_isExactlyAsDocumented() {
    PutProfileObjectTypeRequest crm = read(Source.CRM);

    assertThat(crm.sourceLastUpdatedTimestampFormat()).isEqualTo("yyyy-MM-dd HH:mm:ss");
    assertThat(crm.fields().get("address1")).isEqualTo(new ObjectTypeField(
        "{{_source.street_number}} {{_source.street_name}}", "_profile.Address.Address1",
        "STRING"));
    assertThat(crm.fields().get("sourceLastUpdatedTimestamp"))
        .isEqualTo(new ObjectTypeField("_source.updated_at", null, "STRING"));
    assertThat(crm.keys()).containsOnlyKeys("crmCustomerId");
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void timestamps_parseWithTheDeclaredFormat_intoTheGenerationWindow(Source source)
      throws ParseException {
    String format = read(source).sourceLastUpdatedTimestampFormat();
    List<GeneratedRecord> records = CustomerDataGenerator
        .create(GeneratorSettings.defaults(300, 11)).stream()
        .filter(r -> r.source() == source).toList();

    assertThat(records).isNotEmpty();
    for (GeneratedRecord r : records) {
      String text = r.value(source.timestampField());
      long millis;
      if (format.equals(ObjectTypeMappings.EPOCH_MILLIS)) {
        millis = Long.parseLong(text);
      } else {
        SimpleDateFormat parser = new SimpleDateFormat(format, Locale.ROOT);
        parser.setTimeZone(TimeZone.getTimeZone("UTC"));
        parser.setLenient(false);
        millis = parser.parse(text).getTime();
      }
      assertThat(millis).as(text)
          .isBetween(PeopleFactory.WINDOW_START, PeopleFactory.WINDOW_END - 1);
    }
  }

  private static PutProfileObjectTypeRequest read(Source source) {
    return AwsJson.read(source.putProfileObjectTypeRequest(), PutProfileObjectTypeRequest.class);
  }
}
