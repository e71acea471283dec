package io.profilesim.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.profilesim.FileFormat;
import io.profilesim.IngestionReport;
import io.profilesim.domain.Domain;
import io.profilesim.domain.DomainRegistry;
import io.profilesim.domain.ServiceContext;
import io.profilesim.exception.BadRequestException;
import io.profilesim.json.AwsJson;
import io.profilesim.model.GetProfileObjectTypeRequest;
import io.profilesim.validation.ShapeValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Bulk ingestion: streams a CSV or JSON Lines file through an object type, one row at a time, so
 * memory does not grow with the file. Each row becomes an object whose {@code _source} is the row
 * and goes through the same ingestion as PutProfileObject; a row that cannot be ingested goes to
 * the domain's dead-letter queue with its line number and reason, and the run goes on.
 *
 * <p>Worker threads do the part of each row's ingestion that needs no lock (parsing, mapping,
 * normalizing keys), and the calling thread stores the rows in file order ({@link
 * StagingPipeline}), so with the same seed and clock a file gives the same profile ids, objects
 * and dead-letter messages every time, whatever the number of workers.
 */
public final class FileIngester {
  /** How many rows pass between two progress reports. */
  public static final int PROGRESS_EVERY = 10_000;

  private final ServiceContext context;
  private final DomainRegistry registry;
  private final ProfileObjectService objects;
  private final int stagingThreads;

  /**
   * @param stagingThreads threads that prepare rows while the caller stores them; 1 prepares
   *     each row in the calling thread
   */
  public FileIngester(
      ServiceContext context,
      DomainRegistry registry,
      ProfileObjectService objects,
      int stagingThreads) {
    this.context = context;
    this.registry = registry;
    this.objects = objects;
    this.stagingThreads = stagingThreads;
  }

  /**
   * Ingests a file, in the format its extension names ({@link FileFormat#ofFileName}).
   *
   * @throws BadRequestException if the file cannot be read or its format is unknown
   */
  public IngestionReport ingest(
      String domainName, String objectTypeName, Path file, Consumer<IngestionReport> progress) {
    FileFormat format;
    try {
      format = FileFormat.ofFileName(file.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ingest(domainName, objectTypeName, reader, format, file.toString(), progress);
    } catch (IOException e) {
      throw new BadRequestException("Cannot read " + file + ": " + e);
    }
  }

  /**
   * Ingests rows from a reader.
   *
   * @param source the name dead-letter messages and reports give the rows' origin
   * @param progress told every {@value #PROGRESS_EVERY} rows and once at the end
   * @throws BadRequestException if the names are invalid, the domain has no dead-letter queue
   *     (rejected rows would be lost), the CSV header is unusable or the reader fails
   * @throws io.profilesim.exception.ResourceNotFoundException if the domain or type is missing
   */
  public IngestionReport ingest(
      String domainName,
      String objectTypeName,
      Reader rows,
      FileFormat format,
      String source,
      Consumer<IngestionReport> progress) {
    ShapeValidator.standard().validate(new GetProfileObjectTypeRequest(domainName, objectTypeName));
    Domain domain = registry.get(domainName);
    domain.expireDue(context.now());
    ObjectType type = domain.read(() -> ObjectTypeService.require(domain, objectTypeName));
    if (domain.config().deadLetterQueueUrl() == null) {
      throw new BadRequestException(
          "Bulk ingestion into domain "
              + domainName
              + " needs a"
              + " DeadLetterQueueUrl, so that rejected rows are kept; set one with UpdateDomain");
    }
    Run run = new Run(domain, type, source, progress == null ? r -> {} : progress);
    try (StagingPipeline pipeline =
        new StagingPipeline(stagingThreads, s -> run.count(objects.commit(domain, type, s)))) {
      try {
        if (format == FileFormat.CSV) {
          csv(rows, run, pipeline);
        } else {
          jsonLines(rows, run, pipeline);
        }
      } catch (IOException | UncheckedIOException e) {
        // The rows read before the failure were accepted: they are stored before the run fails.
        pipeline.finish();
        throw new BadRequestException(
            "Cannot read " + source + " after " + run.rows + " rows: " + e);
      }
      pipeline.finish();
    }
    IngestionReport report = run.report();
    if (run.rows == 0 || run.rows % PROGRESS_EVERY != 0) {
      // The last report, unless the last row was itself a multiple of PROGRESS_EVERY.
      run.progress.accept(report);
    }
    return report;
  }

  private void csv(Reader rows, Run run, StagingPipeline pipeline) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            // Blank lines come through as records so that line numbers stay exact; they are
            // skipped.
            .setIgnoreEmptyLines(false)
            // Two columns of one name would silently overwrite each other in the object.
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(withoutByteOrderMark(rows)).setFormat(format).get();
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("Unusable CSV header in " + run.source + ": " + e.getMessage());
    }
    try (parser) {
      List<String> header = parser.getHeaderNames();
      Iterator<CSVRecord> records = parser.iterator();
      long lineAfterPrevious = parser.getCurrentLineNumber();
      for (CSVRecord record = next(records, run, pipeline);
          record != null;
          record = next(records, run, pipeline)) {
        long line = lineAfterPrevious + 1;
        lineAfterPrevious = parser.getCurrentLineNumber();
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        CSVRecord row = record;
        if (row.size() != header.size()) {
          String reason =
              "Malformed CSV row: it has "
                  + row.size()
                  + " values, and the header names "
                  + header.size()
                  + " columns";
          pipeline.add(
              () ->
                  ProfileObjectService.rejected(
                      CSVFormat.RFC4180.format(row.values()), reason, run.source, line));
          continue;
        }
        pipeline.add(
            () -> objects.stage(run.domain, run.type, toJson(header, row), run.source, line));
      }
    }
  }

  /** Returns the next CSV record, or {@code null} after the last. */
  private static CSVRecord next(
      Iterator<CSVRecord> records, Run run, StagingPipeline pipeline) {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof CSVException malformed)) {
        throw e; // a failure to read, reported as such by the caller
      }
      // A broken quote, say: the rest of the file cannot be trusted, but the rows before it were
      // accepted.
      pipeline.finish();
      throw new BadRequestException(
          "Malformed CSV in "
              + run.source
              + " after "
              + run.rows
              + " rows: "
              + malformed.getMessage());
    }
  }

  private void jsonLines(Reader rows, Run run, StagingPipeline pipeline) throws IOException {
    BufferedReader reader = rows instanceof BufferedReader b ? b : new BufferedReader(rows);
    long line = 0;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      line++;
      if (line == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      String object = text;
      long at = line;
      pipeline.add(() -> objects.stage(run.domain, run.type, object, run.source, at));
    }
  }

  /**
   * Returns a CSV row as the JSON object it stands for: columns as members, empty cells left out.
   */
  private static String toJson(List<String> header, CSVRecord record) {
    StringWriter out = new StringWriter(128);
    try (JsonGenerator g = AwsJson.mapper().getFactory().createGenerator(out)) {
      g.writeStartObject();
      for (int i = 0; i < header.size(); i++) {
        String value = record.get(i);
        if (!value.isEmpty()) {
          g.writeStringField(header.get(i), value);
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first >= 0 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  /** The counts of one ingestion run. */
  private static final class Run {
    final Domain domain;
    final ObjectType type;
    final String source;
    final Consumer<IngestionReport> progress;
    long rows;
    long accepted;
    long rejected;

    Run(Domain domain, ObjectType type, String source, Consumer<IngestionReport> progress) {
      this.domain = domain;
      this.type = type;
      this.source = source;
      this.progress = progress;
    }

    void count(ProfileObjectService.Outcome outcome) {
      rows++;
      if (outcome.accepted()) {
        accepted++;
      } else {
        rejected++;
      }
      if (rows % PROGRESS_EVERY == 0) {
        progress.accept(report());
      }
    }

    IngestionReport report() {
      return new IngestionReport(source, rows, accepted, rejected);
    }
  }
}
