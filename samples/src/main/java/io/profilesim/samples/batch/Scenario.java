package io.profilesim.samples.batch;

import io.profilesim.FileFormat;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.PutProfileObjectTypeRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code simulate} run does: create a domain, define its object types, ingest data files at
 * given days of a number of weeks in virtual time, while the domain's weekly Identity Resolution
 * Jobs run on their schedule. Read and checked with {@link #load(Path)}; see the README for the
 * file's members.
 *
 * @param file the scenario file, as given
 * @param description what the scenario shows, for the report; may be empty
 * @param seed the seed of every generated identifier
 * @param start the virtual instant the run starts at
 * @param weeks how many weeks the run simulates
 * @param domain the CreateDomain request
 * @param objectTypes the PutProfileObjectType requests, each naming the domain
 * @param sources the data files, by name
 * @param timeline what is ingested when, in time order (ties keep file order)
 */
public record Scenario(
    Path file,
    String description,
    long seed,
    Instant start,
    int weeks,
    CreateDomainRequest domain,
    List<PutProfileObjectTypeRequest> objectTypes,
    List<DataSource> sources,
    List<Ingestion> timeline) {

  public Scenario {
    objectTypes = List.copyOf(objectTypes);
    sources = List.copyOf(sources);
    timeline = List.copyOf(timeline);
  }

  /**
   * Reads and checks a scenario file: its members, its requests (by creating the domain and object
   * types in a throwaway instance, so the service's own rules apply), its data files and timeline.
   *
   * @throws InvalidInputException naming the file, the member, the value and the rule
   */
  public static Scenario load(Path file) {
    return ScenarioReader.read(file);
  }

  /** Returns the instant the run ends: {@code weeks} after the start. */
  public Instant end() {
    return start.plus(Duration.ofDays(7L * weeks));
  }

  /** Returns the source of a name. */
  public DataSource source(String name) {
    return sources.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no source " + name));
  }

  /**
   * One data file and the object type its rows are ingested through.
   *
   * @param name the name the timeline refers to it by
   * @param objectTypeName the object type
   * @param file the file, resolved against the scenario's folder
   * @param path the file as the scenario writes it (reports and dead-letter messages use this, so
   *     they do not depend on where the scenario lies)
   * @param format CSV or JSON Lines, from the file's extension
   */
  public record DataSource(String name, String objectTypeName, Path file, String path,
      FileFormat format) {
    public DataSource {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(objectTypeName, "objectTypeName");
    }
  }

  /**
   * One ingestion: a source ingested whole at an instant of the run.
   *
   * @param at when, in virtual time
   * @param source the source's name
   */
  public record Ingestion(Instant at, String source) {}
}
