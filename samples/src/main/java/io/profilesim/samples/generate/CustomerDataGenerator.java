package io.profilesim.samples.generate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Synthetic customer data with ground truth: people who leave records in several systems (a CRM
 * export, web orders, contact-centre calls), with the variation real data has (typos, nicknames,
 * formats, moves, missing values) and the look-alikes that fool matchers (households, twins,
 * common names, placeholder emails and phones).
 *
 * <p>The same settings give the same records, byte for byte: every choice derives from the seed.
 * Records are made as they are read, so memory does not grow with their number.
 *
 * <pre>{@code
 * CustomerDataGenerator generator =
 *     CustomerDataGenerator.create(GeneratorSettings.defaults(100_000, 42));
 * generator.stream().forEach(r -> ingest(r.source().objectTypeName(), r.objectJson()));
 * }</pre>
 */
public final class CustomerDataGenerator {
  /** The truth file: {@code source_key,cluster}, one row per record. */
  public static final String TRUTH_FILE = "truth.csv";
  /**
   * The detailed truth: {@code source_key,object_type,cluster,household,variations}, the
   * variations separated by {@code ;}.
   */
  public static final String TRUTH_DETAILS_FILE = "truth-details.csv";
  /** What was generated, from which settings. */
  public static final String MANIFEST_FILE = "manifest.json";
  /** The directory of the PutProfileObjectType requests, one {@code <ObjectTypeName>.json} each. */
  public static final String OBJECT_TYPES_DIR = "object-types";

  private final GeneratorSettings settings;
  private final Vocabulary words;

  private CustomerDataGenerator(GeneratorSettings settings) {
    this.settings = settings;
    this.words = Vocabulary.standard();
  }

  /** Returns a generator for the settings. */
  public static CustomerDataGenerator create(GeneratorSettings settings) {
    return new CustomerDataGenerator(Objects.requireNonNull(settings, "settings"));
  }

  /** Returns the settings. */
  public GeneratorSettings settings() {
    return settings;
  }

  /** Returns a new pass over the records; every pass yields the same records. */
  public GeneratedRecords records() {
    return new GeneratedRecords(settings, words);
  }

  /** Returns the records as a sequential stream (a new pass). */
  public Stream<GeneratedRecord> stream() {
    return StreamSupport.stream(Spliterators.spliterator(records(), settings.profiles(),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Writes a run to {@code dir} (created if needed; files of the same names are replaced): one
   * data file per source ({@link Source#fileName()}), {@value #TRUTH_FILE}, {@value
   * #TRUTH_DETAILS_FILE}, {@value #MANIFEST_FILE} and the object types under {@value
   * #OBJECT_TYPES_DIR}.
   *
   * @param progress told how many records are written, every few thousand and at the end
   * @return the counts of what was written
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public GenerationStats writeTo(Path dir, ProgressListener progress) {
    return DatasetWriter.write(this, dir, progress);
  }

  /** Returns the path, relative to the output directory, of a source's object type request. */
  public static String objectTypeFile(Source source) {
    return OBJECT_TYPES_DIR + "/" + source.objectTypeName() + ".json";
  }

  /** Hears how far a write has come. */
  @FunctionalInterface
  public interface ProgressListener {
    /** Called with the records written so far and the records the run will write. */
    void progress(long written, long total);

    /** Returns a listener that ignores progress. */
    static ProgressListener none() {
      return (written, total) -> {};
    }
  }
}
