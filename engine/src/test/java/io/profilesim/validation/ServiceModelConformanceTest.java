package io.profilesim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Catches drift between our records and the service model: every record and enum of
 * {@code io.profilesim.model} must carry exactly its shape's members (or values), in model order, and
 * every shape the implemented operations reach must have its record.
 */
final class ServiceModelConformanceTest {
  private static final ServiceModel MODEL = ServiceModel.standard();

  /** The operations implemented so far; add each new one here. */
  static final List<String> IMPLEMENTED_OPERATIONS = List.of("CreateDomain", "GetDomain",
      "UpdateDomain", "DeleteDomain", "ListDomains", "TagResource", "UntagResource",
      "ListTagsForResource", "CreateProfile", "UpdateProfile", "DeleteProfile", "BatchGetProfile",
      "SearchProfiles", "AddProfileKey", "DeleteProfileKey", "PutProfileObjectType",
      "GetProfileObjectType", "DeleteProfileObjectType", "ListProfileObjectTypes",
      "PutProfileObject", "ListProfileObjects", "DeleteProfileObject", "GetIdentityResolutionJob",
      "ListIdentityResolutionJobs", "GetMatches", "MergeProfiles", "GetAutoMergingPreview");

  static Stream<Class<?>> modelTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir = Path.of(ServiceModelConformanceTest.class.getResource("/io/profilesim/model").toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> c = Class.forName("io.profilesim.model." + name.replace(".class", ""));
          if (c.isRecord() || c.isEnum()) {
            types.add(c);
          }
        }
      }
    }
    return types.stream();
  }

  @ParameterizedTest
  @MethodSource("modelTypes")
  void modelType_matchesItsShapeExactly(Class<?> type) {
    String shape = shapeName(type);
    assertThat(MODEL.hasShape(shape)).as("shape %s exists in the model", shape).isTrue();
    if (type.isRecord()) {
      assertThat(ShapeValidator.wireNames(type)).as("members of %s", shape)
          .containsExactlyElementsOf(MODEL.memberNames(shape));
    } else {
      List<String> values = new ArrayList<>();
      MODEL.shape(shape).get("enum").forEach(v -> values.add(v.asText()));
      assertThat(Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()))
          .as("values of %s", shape).containsExactlyElementsOf(values);
    }
  }

  /** A few model shapes start in lower case (logicalOperator); their Java types do not. */
  private static String shapeName(Class<?> type) {
    String name = type.getSimpleName();
    String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    return MODEL.hasShape(name) || !MODEL.hasShape(lower) ? name : lower;
  }

  @Test
  void everyShapeOfTheImplementedOperations_hasItsRecord() {
    Set<String> reached = new LinkedHashSet<>();
    for (String op : IMPLEMENTED_OPERATIONS) {
      JsonNode operation = MODEL.operation(op);
      collect(operation.get("input").get("shape").asText(), reached);
      collect(operation.get("output").get("shape").asText(), reached);
    }
    List<String> missing = reached.stream()
        .filter(s -> !exists("io.profilesim.model." + Character.toUpperCase(s.charAt(0)) + s.substring(1)))
        .toList();

    assertThat(missing).isEmpty();
  }

  private static void collect(String shapeName, Set<String> out) {
    JsonNode shape = MODEL.shape(shapeName);
    String type = shape.get("type").asText();
    if (type.equals("structure") || shape.has("enum")) {
      if (!out.add(shapeName) || !type.equals("structure")) {
        return;
      }
      shape.get("members").forEach(m -> collect(m.get("shape").asText(), out));
    } else if (type.equals("list")) {
      collect(shape.get("member").get("shape").asText(), out);
    } else if (type.equals("map")) {
      collect(shape.get("value").get("shape").asText(), out);
    }
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
