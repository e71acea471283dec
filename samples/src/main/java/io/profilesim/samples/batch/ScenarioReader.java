package io.profilesim.samples.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.profilesim.CustomerProfiles;
import io.profilesim.FileFormat;
import io.profilesim.exception.CustomerProfilesException;
import io.profilesim.json.AwsJson;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.samples.batch.Scenario.DataSource;
import io.profilesim.samples.batch.Scenario.Ingestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads a scenario file and checks all of it before a run starts. */
final class ScenarioReader {
  static final int MAX_WEEKS = 520;
  static final int DEFAULT_HOUR = 9;
  private static final Set<String> MEMBERS = Set.of("Description", "Seed", "Start", "Weeks",
      "Domain", "ObjectTypes", "Sources", "Timeline");
  private static final Set<String> SOURCE_MEMBERS = Set.of("Name", "ObjectTypeName", "File");
  private static final Set<String> INGESTION_MEMBERS = Set.of("Day", "Hour", "Source");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Path folder;
  private final String name;

  private ScenarioReader(Path file) {
    this.file = file;
    Path parent = file.toAbsolutePath().getParent();
    this.folder = parent == null ? Path.of("") : parent;
    this.name = file.toString();
  }

  static Scenario read(Path file) {
    return new ScenarioReader(file).read();
  }

  private Scenario read() {
    JsonNode root = parse(file, name);
    if (!root.isObject()) {
      throw fail("", "expected a JSON object, was " + kind(root));
    }
    checkMembers(root, "", MEMBERS);
    String description = root.has("Description") ? text(root.get("Description"), "Description", "") : "";
    long seed = root.has("Seed") ? wholeNumber(root.get("Seed"), "Seed", "", Long.MIN_VALUE, Long.MAX_VALUE)
        : 0;
    Instant start = instant(required(root, "Start", ""), "Start");
    int weeks = (int) wholeNumber(required(root, "Weeks", ""), "Weeks", "", 1, MAX_WEEKS);
    CreateDomainRequest domain = shape(required(root, "Domain", ""), "Domain",
        CreateDomainRequest.class, name);
    if (domain.deadLetterQueueUrl() == null || domain.deadLetterQueueUrl().isEmpty()) {
      throw fail("Domain.DeadLetterQueueUrl", "missing; expected a queue URL (any URL, for example"
          + " https://sqs.us-east-1.amazonaws.com/123456789012/retail-dlq) so that rejected rows"
          + " are kept and reported");
    }
    List<PutProfileObjectTypeRequest> objectTypes = objectTypes(
        nonEmptyArray(root, "ObjectTypes"), domain.domainName());
    List<DataSource> sources = sources(nonEmptyArray(root, "Sources"), objectTypes);
    List<Ingestion> timeline = timeline(nonEmptyArray(root, "Timeline"), start, weeks, sources);
    dryRun(seed, start, domain, objectTypes);
    return new Scenario(file, description, seed, start, weeks, domain, objectTypes, sources,
        timeline);
  }

  private List<PutProfileObjectTypeRequest> objectTypes(JsonNode array, String domainName) {
    List<PutProfileObjectTypeRequest> requests = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode entry = array.get(i);
      String path = "ObjectTypes." + (i + 1);
      JsonNode request;
      String where;
      if (entry.isTextual()) {
        Path requestFile = folder.resolve(entry.asText());
        where = entry.asText();
        if (!Files.isRegularFile(requestFile)) {
          throw fail(path, "file '" + entry.asText() + "' not found (" + requestFile + ")");
        }
        request = parse(requestFile, name + ": " + path + " (" + where + ")");
      } else if (entry.isObject()) {
        request = entry;
        where = name + ": " + path;
      } else {
        throw fail(path, "expected a PutProfileObjectType request or the path of a file holding"
            + " one, was " + kind(entry));
      }
      if (!request.isObject()) {
        throw new InvalidInputException(where + ": expected a JSON object, was " + kind(request));
      }
      ObjectNode withDomain = ((ObjectNode) request).deepCopy();
      JsonNode given = withDomain.get("DomainName");
      if (given == null) {
        withDomain.put("DomainName", domainName);
      } else if (!given.asText().equals(domainName)) {
        throw fail(path + ".DomainName", "'" + given.asText() + "' is not the scenario's domain;"
            + " expected '" + domainName + "' or no DomainName");
      }
      PutProfileObjectTypeRequest parsed = shape(withDomain, path, PutProfileObjectTypeRequest.class,
          entry.isTextual() ? name + ": " + path + " (" + where + ")" : name);
      if (parsed.objectTypeName() != null && !names.add(parsed.objectTypeName())) {
        throw fail(path + ".ObjectTypeName", "'" + parsed.objectTypeName()
            + "' is defined twice; expected each object type once");
      }
      requests.add(parsed);
    }
    return requests;
  }

  private List<DataSource> sources(JsonNode array, List<PutProfileObjectTypeRequest> objectTypes) {
    Set<String> typeNames = new TreeSet<>();
    objectTypes.forEach(t -> typeNames.add(t.objectTypeName()));
    List<DataSource> sources = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "Sources." + (i + 1);
      JsonNode entry = array.get(i);
      if (!entry.isObject()) {
        throw fail(path, "expected an object with Name, ObjectTypeName and File, was "
            + kind(entry));
      }
      checkMembers(entry, path + ".", SOURCE_MEMBERS);
      String sourceName = text(required(entry, "Name", path + "."), "Name", path + ".");
      if (!names.add(sourceName)) {
        throw fail(path + ".Name", "'" + sourceName + "' is used twice; expected unique names");
      }
      String type = text(required(entry, "ObjectTypeName", path + "."), "ObjectTypeName",
          path + ".");
      if (!typeNames.contains(type)) {
        throw fail(path + ".ObjectTypeName", "'" + type + "' is not an object type of the"
            + " scenario; expected one of " + typeNames);
      }
      String relative = text(required(entry, "File", path + "."), "File", path + ".");
      Path data = folder.resolve(relative);
      FileFormat format;
      try {
        format = FileFormat.ofFileName(relative);
      } catch (IllegalArgumentException e) {
        throw fail(path + ".File", "'" + relative + "' has an unknown extension; expected .csv,"
            + " .jsonl, .ndjson or .json");
      }
      if (!Files.isRegularFile(data) || !Files.isReadable(data)) {
        throw fail(path + ".File", "'" + relative + "' not found (" + data + ")");
      }
      sources.add(new DataSource(sourceName, type, data, relative, format));
    }
    return sources;
  }

  private List<Ingestion> timeline(JsonNode array, Instant start, int weeks,
      List<DataSource> sources) {
    Set<String> names = new TreeSet<>();
    sources.forEach(s -> names.add(s.name()));
    List<Ingestion> timeline = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "Timeline." + (i + 1);
      JsonNode entry = array.get(i);
      if (!entry.isObject()) {
        throw fail(path, "expected an object with Day, Source and optionally Hour, was "
            + kind(entry));
      }
      checkMembers(entry, path + ".", INGESTION_MEMBERS);
      long day = wholeNumber(required(entry, "Day", path + "."), "Day", path + ".", 0,
          7L * weeks - 1);
      long hour = entry.has("Hour")
          ? wholeNumber(entry.get("Hour"), "Hour", path + ".", 0, 23) : DEFAULT_HOUR;
      String source = text(required(entry, "Source", path + "."), "Source", path + ".");
      if (!names.contains(source)) {
        throw fail(path + ".Source", "'" + source + "' is not a source of the scenario; expected"
            + " one of " + names);
      }
      timeline.add(new Ingestion(start.plus(Duration.ofDays(day).plusHours(hour)), source));
    }
    timeline.sort(Comparator.comparing(Ingestion::at)); // stable: ties keep file order
    return timeline;
  }

  /**
   * Creates the domain and object types in a throwaway instance, so that the service's own rules,
   * across members included, judge the requests before any file is written.
   */
  private void dryRun(long seed, Instant start, CreateDomainRequest domain,
      List<PutProfileObjectTypeRequest> objectTypes) {
    try (CustomerProfiles profiles = BatchRuns.builder(seed, start).build()) {
      try {
        profiles.createDomain(domain);
      } catch (CustomerProfilesException e) {
        throw fail("Domain", e.getMessage());
      }
      for (int i = 0; i < objectTypes.size(); i++) {
        try {
          profiles.putProfileObjectType(objectTypes.get(i));
        } catch (CustomerProfilesException e) {
          throw fail("ObjectTypes." + (i + 1), e.getMessage());
        }
      }
    }
  }

  private static JsonNode parse(Path json, String where) {
    try {
      return JSON.readTree(json.toFile());
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(where + ": " + AwsJson.toBadRequest(e).getMessage());
    } catch (IOException e) {
      throw new InvalidInputException(where + ": cannot be read: " + e.getMessage());
    }
  }

  private <T> T shape(JsonNode node, String path, Class<T> type, String where) {
    if (!node.isObject()) {
      throw fail(path, "expected a " + type.getSimpleName() + " object, was " + kind(node));
    }
    try {
      return AwsJson.mapper().treeToValue(node, type);
    } catch (JsonProcessingException e) {
      String prefix = where.equals(name) ? name + ": " + path : where;
      throw new InvalidInputException(prefix + ": " + AwsJson.toBadRequest(e).getMessage());
    }
  }

  private void checkMembers(JsonNode node, String prefix, Set<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String member = it.next();
      if (!known.contains(member)) {
        throw fail(prefix + member, "unknown member; expected one of " + new TreeSet<>(known));
      }
    }
  }

  private JsonNode required(JsonNode node, String member, String prefix) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      throw fail(prefix + member, "missing; it is required");
    }
    return value;
  }

  private JsonNode nonEmptyArray(JsonNode node, String member) {
    JsonNode value = required(node, member, "");
    if (!value.isArray() || value.isEmpty()) {
      throw fail(member, "expected a non-empty list, was " + kind(value));
    }
    return value;
  }

  private String text(JsonNode value, String member, String prefix) {
    if (!value.isTextual() || value.asText().isBlank()) {
      throw fail(prefix + member, "expected a non-empty string, was " + kind(value));
    }
    return value.asText();
  }

  private long wholeNumber(JsonNode value, String member, String prefix, long min, long max) {
    if (!value.isIntegralNumber() || !value.canConvertToLong()
        || value.asLong() < min || value.asLong() > max) {
      String range = min == Long.MIN_VALUE ? "" : " from " + min + " to " + max;
      throw fail(prefix + member, "expected a whole number" + range + ", was " + kind(value));
    }
    return value.asLong();
  }

  private Instant instant(JsonNode value, String member) {
    try {
      if (value.isTextual()) {
        return Instant.parse(value.asText());
      }
    } catch (DateTimeParseException e) {
      // reported below, with the expected form
    }
    throw fail(member, "expected an ISO-8601 UTC instant such as \"2026-01-05T00:00:00Z\", was "
        + kind(value));
  }

  private InvalidInputException fail(String path, String problem) {
    return new InvalidInputException(name + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
  }

  /** How a value reads in a message: the value itself for scalars, its kind otherwise. */
  static String kind(JsonNode value) {
    if (value.isTextual()) {
      return "\"" + value.asText() + "\"";
    }
    if (value.isNumber() || value.isBoolean() || value.isNull()) {
      return value.toString();
    }
    return value.isArray() ? (value.isEmpty() ? "an empty list" : "a list") : "an object";
  }
}
