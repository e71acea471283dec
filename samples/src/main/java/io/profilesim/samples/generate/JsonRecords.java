package io.profilesim.samples.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes flat records with dotted field names as nested JSON objects: {@code customer.email} and
 * {@code customer.phone} become {@code "customer": {"email": ..., "phone": ...}}. Fields sharing a
 * parent must be adjacent, as {@link Source#fieldNames()} orders them.
 */
final class JsonRecords {
  /** Writes values back to back: the caller ends each line, so no separator goes in between. */
  static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .rootValueSeparator((String) null).build();

  /** Each source's field names, split at the dots. */
  private static final Map<Source, FieldPath[]> PATHS = splitPaths();
  private static final String[] NO_PARENTS = {};

  private JsonRecords() {}

  /** Returns a record's values (aligned with the source's fields) as one JSON object. */
  static String toJson(Source source, String[] values) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      write(json, source, values);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a record as JSON", e);
    }
    return out.toString();
  }

  /** Writes one record as one JSON object; {@code null} values are left out. */
  static void write(JsonGenerator json, Source source, String[] values) throws IOException {
    FieldPath[] paths = PATHS.get(source);
    json.writeStartObject();
    String[] open = NO_PARENTS;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        continue;
      }
      String[] parents = paths[i].parents();
      int common = 0;
      while (common < open.length && common < parents.length
          && open[common].equals(parents[common])) {
        common++;
      }
      for (int closing = open.length; closing > common; closing--) {
        json.writeEndObject();
      }
      for (int opening = common; opening < parents.length; opening++) {
        json.writeObjectFieldStart(parents[opening]);
      }
      open = parents;
      json.writeStringField(paths[i].leaf(), values[i]);
    }
    for (int closing = open.length; closing > 0; closing--) {
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** A field name split at its dots: the enclosing objects and the member's own name. */
  private record FieldPath(String[] parents, String leaf) {
    static FieldPath of(String fieldName) {
      String[] parts = fieldName.split("\\.");
      return new FieldPath(Arrays.copyOf(parts, parts.length - 1), parts[parts.length - 1]);
    }
  }

  private static Map<Source, FieldPath[]> splitPaths() {
    Map<Source, FieldPath[]> paths = new EnumMap<>(Source.class);
    for (Source source : Source.values()) {
      paths.put(source, source.fieldNames().stream().map(FieldPath::of)
          .toArray(FieldPath[]::new));
    }
    return paths;
  }
}
