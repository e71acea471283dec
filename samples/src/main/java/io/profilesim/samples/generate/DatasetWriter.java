package io.profilesim.samples.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import io.profilesim.json.AwsJson;
import io.profilesim.samples.generate.CustomerDataGenerator.ProgressListener;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams a run to a directory: each record to its source's file and a truth row as it is made,
 * then the object types and the manifest. Nothing is kept but open files and counters.
 */
final class DatasetWriter {
  /** Commons CSV's default, with LF line ends so files are the same on every platform. */
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
  private static final int BUFFER = 1 << 16;
  /** How often, in records, the progress listener hears from the writer. */
  static final long PROGRESS_EVERY = 10_000;

  private DatasetWriter() {}

  static GenerationStats write(CustomerDataGenerator generator, Path dir,
      ProgressListener progress) {
    GeneratorSettings settings = generator.settings();
    GeneratedRecords records = generator.records();
    try {
      Files.createDirectories(dir.resolve(CustomerDataGenerator.OBJECT_TYPES_DIR));
      try (Outputs out = new Outputs(dir)) {
        long written = 0;
        while (records.hasNext()) {
          out.write(records.next());
          if (++written % PROGRESS_EVERY == 0) {
            progress.progress(written, settings.profiles());
          }
        }
        if (written % PROGRESS_EVERY != 0) {
          progress.progress(written, settings.profiles());
        }
      }
      GenerationStats stats = records.stats();
      for (Source source : Source.values()) {
        writeText(dir.resolve(CustomerDataGenerator.objectTypeFile(source)),
            source.putProfileObjectTypeRequest());
      }
      writeText(dir.resolve(CustomerDataGenerator.MANIFEST_FILE),
          AwsJson.writePretty(Manifest.of(settings, stats)));
      return stats;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the generated data to " + dir + ": "
          + e.getMessage(), e);
    }
  }

  private static void writeText(Path file, String text) throws IOException {
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
  }

  private static Writer open(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER);
  }

  /** The open files of a run. */
  private static final class Outputs implements Closeable {
    private final Map<Source, CSVPrinter> csv = new EnumMap<>(Source.class);
    private final Map<Source, JsonGenerator> jsonLines = new EnumMap<>(Source.class);
    private final CSVPrinter truth;
    private final CSVPrinter details;
    private final List<Closeable> toClose = new ArrayList<>();
    private final Map<Long, String> variationLists = new HashMap<>();

    Outputs(Path dir) throws IOException {
      for (Source source : Source.values()) {
        Writer writer = open(dir.resolve(source.fileName()));
        if (source.format() == Source.Format.CSV) {
          CSVPrinter printer = new CSVPrinter(writer, CSV);
          printer.printRecord(source.fieldNames());
          csv.put(source, printer);
          toClose.add(printer);
        } else {
          JsonGenerator json = JsonRecords.FACTORY.createGenerator(writer);
          jsonLines.put(source, json);
          toClose.add(json);
        }
      }
      truth = new CSVPrinter(open(dir.resolve(CustomerDataGenerator.TRUTH_FILE)), CSV);
      truth.printRecord("source_key", "cluster");
      toClose.add(truth);
      details = new CSVPrinter(open(dir.resolve(CustomerDataGenerator.TRUTH_DETAILS_FILE)), CSV);
      details.printRecord("source_key", "object_type", "cluster", "household", "variations");
      toClose.add(details);
    }

    void write(GeneratedRecord record) throws IOException {
      Source source = record.source();
      if (source.format() == Source.Format.CSV) {
        CSVPrinter printer = csv.get(source);
        for (String value : record.values()) {
          printer.print(value == null ? "" : value);
        }
        printer.println();
      } else {
        JsonGenerator json = jsonLines.get(source);
        JsonRecords.write(json, source, record.values());
        json.writeRaw('\n');
      }
      truth.printRecord(record.sourceKey(), record.cluster());
      details.printRecord(record.sourceKey(), source.objectTypeName(), record.cluster(),
          record.household(), variationList(record.variations()));
    }

    /** The variations joined by {@code ;}; few combinations occur, so each is joined once. */
    private String variationList(Set<Variation> variations) {
      long mask = 0;
      for (Variation v : variations) {
        mask |= 1L << v.ordinal();
      }
      return variationLists.computeIfAbsent(mask, m -> variations.stream().map(Enum::name)
          .collect(Collectors.joining(";")));
    }

    @Override
    public void close() throws IOException {
      IOException failure = null;
      for (Closeable c : toClose) {
        try {
          c.close();
        } catch (IOException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    }
  }
}
