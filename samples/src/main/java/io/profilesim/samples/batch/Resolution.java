package io.profilesim.samples.batch;

import io.profilesim.CustomerProfiles;
import io.profilesim.FileFormat;
import io.profilesim.exception.CustomerProfilesException;
import io.profilesim.json.AwsJson;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.PutProfileObjectTypeRequest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A {@code resolve} run: one file ingested through one object type into a new domain, one job run
 * at once, and {@value #RESOLUTION} saying where each record went.
 */
public final class Resolution {
  public static final String RESOLUTION = "resolution.csv";

  private final CreateDomainRequest domain;
  private final PutProfileObjectTypeRequest objectType;
  private final UniqueKeyReader keys;
  private final Path input;
  private final FileFormat format;
  private final long seed;
  private final Instant start;
  private final boolean trim;

  private Resolution(CreateDomainRequest domain, PutProfileObjectTypeRequest objectType,
      UniqueKeyReader keys, Path input, FileFormat format, long seed, Instant start,
      boolean trim) {
    this.domain = domain;
    this.objectType = objectType;
    this.keys = keys;
    this.input = input;
    this.format = format;
    this.seed = seed;
    this.start = start;
    this.trim = trim;
  }

  /**
   * Reads and checks the inputs, by creating the domain and object type in a throwaway instance.
   *
   * @param trim whether to strip spaces around CSV cells and header names first (FEBRL separates
   *     cells with {@code ", "})
   * @throws InvalidInputException naming the file, the member, the value and the rule
   */
  public static Resolution load(Path domainFile, Path objectTypeFile, Path input, long seed,
      Instant start, boolean trim) {
    CreateDomainRequest domain = read(domainFile, CreateDomainRequest.class);
    if (domain.deadLetterQueueUrl() == null || domain.deadLetterQueueUrl().isEmpty()) {
      throw new InvalidInputException(domainFile + ": DeadLetterQueueUrl: missing; expected a"
          + " queue URL (any URL) so that rejected rows are kept and reported");
    }
    if (domain.matching() == null || !Boolean.TRUE.equals(domain.matching().enabled())) {
      throw new InvalidInputException(domainFile + ": Matching.Enabled: expected true, so that"
          + " an Identity Resolution Job can run");
    }
    PutProfileObjectTypeRequest type = read(objectTypeFile, PutProfileObjectTypeRequest.class);
    if (type.domainName() != null && !type.domainName().equals(domain.domainName())) {
      throw new InvalidInputException(objectTypeFile + ": DomainName: '" + type.domainName()
          + "' is not the domain of " + domainFile + "; expected '" + domain.domainName()
          + "' or no DomainName");
    }
    type = type.toBuilder().domainName(domain.domainName()).build();
    try (CustomerProfiles dry = BatchRuns.builder(seed, start).build()) {
      try {
        dry.createDomain(domain);
      } catch (CustomerProfilesException e) {
        throw new InvalidInputException(domainFile + ": " + e.getMessage());
      }
      try {
        dry.putProfileObjectType(type);
      } catch (CustomerProfilesException e) {
        throw new InvalidInputException(objectTypeFile + ": " + e.getMessage());
      }
    }
    FileFormat format;
    try {
      format = FileFormat.ofFileName(input.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(input + ": unknown extension; expected .csv, .jsonl,"
          + " .ndjson or .json");
    }
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      throw new InvalidInputException(input + ": not found");
    }
    return new Resolution(domain, type, UniqueKeyReader.of(type, objectTypeFile.toString()),
        input, format, seed, start, trim && format == FileFormat.CSV);
  }

  private static <T> T read(Path file, Class<T> type) {
    try {
      return AwsJson.read(file, type);
    } catch (CustomerProfilesException e) {
      throw new InvalidInputException(file + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new InvalidInputException(file + ": cannot be read: " + e.getCause().getMessage());
    }
  }

  /**
   * Ingests the file, runs one job, writes the outputs of {@link BatchRun} and {@value
   * #RESOLUTION} into {@code out} (which must exist), and returns the resolution's rows.
   */
  public List<ResolutionRow> run(Path out, BatchRun.Listener listener, LongSupplier nanoTime) {
    try (BatchRun run = BatchRun.start(seed, start, out, listener, nanoTime)) {
      run.setUp(domain, List.of(objectType));
      String name = input.getFileName().toString();
      Path data = trim ? trimmedCopy() : input;
      RecordProfiles records = new RecordProfiles();
      try {
        run.ingest(objectType.objectTypeName(), data, name, format);
        records.trace(run.profiles(), domain.domainName(), keys, data, format);
      } finally {
        if (trim) {
          deleteQuietly(data);
        }
      }
      run.runJobNow();
      BatchRun.Outcome outcome = run.finish(domain.domainName() + " (" + name + " through "
          + objectType.objectTypeName() + ", seed " + seed + ")", "", List.of());
      List<ResolutionRow> rows = records.rows(outcome);
      ResolutionFile.write(out.resolve(RESOLUTION), rows);
      return rows;
    }
  }

  /** The input with spaces around cells and header names removed, in a temporary file. */
  private Path trimmedCopy() {
    try {
      Path copy = Files.createTempFile("profilesim-resolve-", ".csv");
      CSVFormat read = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
      CSVFormat write = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
      try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
          CSVParser csv = CSVParser.parse(in, read);
          Writer w = Files.newBufferedWriter(copy, StandardCharsets.UTF_8);
          CSVPrinter printer = new CSVPrinter(w, write)) {
        for (CSVRecord r : csv) {
          printer.printRecord(r.values());
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A temporary file left behind is harmless; the run's result is not.
    }
  }
}
