package io.profilesim.samples.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.profilesim.FileFormat;
import io.profilesim.model.ObjectTypeField;
import io.profilesim.model.ObjectTypeKey;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.StandardIdentifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads each row's UNIQUE key value from an input file, as the object type defines it, so that a
 * resolution can name every record by its own key. Accessors read as ingestion reads them: a
 * segment that is not a member tries the longer dotted name, so a CSV column {@code a.b} is found by
 * {@code _source.a.b}; the values of a key of several fields are joined with {@code _}.
 */
final class UniqueKeyReader {
  private static final Pattern ACCESSOR = Pattern.compile("\\{\\{\\s*_source\\.([^}\\s]+)\\s*}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String keyName;
  private final List<String> sources;

  private UniqueKeyReader(String keyName, List<String> sources) {
    this.keyName = keyName;
    this.sources = sources;
  }

  /**
   * Returns the reader of the object type's UNIQUE key.
   *
   * @throws InvalidInputException if the key cannot be searched (LOOKUP_ONLY keys are not kept)
   */
  static UniqueKeyReader of(PutProfileObjectTypeRequest type, String file) {
    for (Map.Entry<String, List<ObjectTypeKey>> key : type.keys().entrySet()) {
      for (ObjectTypeKey k : key.getValue()) {
        if (k.standardIdentifiers() != null
            && k.standardIdentifiers().contains(StandardIdentifier.UNIQUE)) {
          if (k.standardIdentifiers().contains(StandardIdentifier.LOOKUP_ONLY)) {
            throw new InvalidInputException(file + ": Keys." + key.getKey() + ": the UNIQUE key"
                + " is LOOKUP_ONLY, so profiles do not keep it and records cannot be traced to"
                + " their profiles; expected a UNIQUE key that is kept (PROFILE, say)");
          }
          List<String> sources = new ArrayList<>();
          for (String field : k.fieldNames()) {
            ObjectTypeField f = type.fields().get(field);
            sources.add(f.source());
          }
          return new UniqueKeyReader(key.getKey(), sources);
        }
      }
    }
    // The service refuses object types without one; this is only reached by a bug.
    throw new IllegalStateException("object type " + type.objectTypeName() + " has no UNIQUE key");
  }

  /** The key's name, to search profiles by. */
  String keyName() {
    return keyName;
  }

  /** Calls {@code each} with every row's key value in file order, or {@code null} when missing. */
  void read(Path file, FileFormat format, Consumer<String> each) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (format == FileFormat.CSV) {
        try (CSVParser csv = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader()
            .setSkipHeaderRecord(true).get())) {
          for (CSVRecord r : csv) {
            ObjectNode row = JSON.createObjectNode();
            r.toMap().forEach((column, value) -> {
              if (value != null && !value.isEmpty()) {
                row.put(column, value);
              }
            });
            each.accept(value(row));
          }
        }
      } else {
        BufferedReader lines = new BufferedReader(in);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode row;
          try {
            row = JSON.readTree(line);
          } catch (IOException e) {
            each.accept(null);
            continue;
          }
          each.accept(value(row));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The key value of one row, or {@code null} when a field of it is missing. */
  String value(JsonNode row) {
    StringBuilder key = new StringBuilder();
    for (String source : sources) {
      String value = source.contains("{{") ? template(source, row) : accessor(row,
          source.trim().substring("_source.".length()));
      if (value == null || value.isEmpty()) {
        return null;
      }
      if (key.length() > 0) {
        key.append('_');
      }
      key.append(value);
    }
    return key.toString();
  }

  private static String template(String source, JsonNode row) {
    Matcher m = ACCESSOR.matcher(source);
    StringBuilder sb = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      String value = accessor(row, m.group(1));
      any |= value != null;
      m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? "" : value));
    }
    m.appendTail(sb);
    return any ? sb.toString().trim() : null;
  }

  static String accessor(JsonNode node, String path) {
    String[] segments = path.split("\\.");
    JsonNode at = node;
    int i = 0;
    while (i < segments.length) {
      boolean found = false;
      // A segment that is not a member tries the longer dotted name, shortest first.
      for (int j = i + 1; j <= segments.length && !found; j++) {
        String name = String.join(".", java.util.Arrays.copyOfRange(segments, i, j));
        JsonNode next = at.isArray() && name.chars().allMatch(Character::isDigit)
            ? at.get(Integer.parseInt(name)) : at.get(name);
        if (next != null) {
          at = next;
          i = j;
          found = true;
        }
      }
      if (!found) {
        return null;
      }
    }
    if (at.isNull()) {
      return null;
    }
    return at.isValueNode() ? at.asText() : at.toString();
  }
}
