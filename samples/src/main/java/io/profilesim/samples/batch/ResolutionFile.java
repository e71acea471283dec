package io.profilesim.samples.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code resolution.csv} ({@code source_key,profile_id,final_profile_id,match_id,confidence_score})
 * and truth files ({@code source_key,cluster}), read and written. Lines end with {@code \n} so the
 * files are the same bytes on every platform.
 */
public final class ResolutionFile {
  /** The header of a resolution file, in column order. */
  public static final List<String> HEADER =
      List.of("source_key", "profile_id", "final_profile_id", "match_id", "confidence_score");

  private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
      .get();

  private ResolutionFile() {}

  /** Writes the rows in the order given. */
  public static void write(Path file, List<ResolutionRow> rows) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, WRITE)) {
      csv.printRecord(HEADER);
      for (ResolutionRow r : rows) {
        csv.printRecord(r.sourceKey(), r.profileId(), r.finalProfileId(),
            r.matchId() == null ? "" : r.matchId(),
            r.confidenceScore() == null ? "" : score(r.confidenceScore()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** A score as Java writes a double: the shortest digits that read back the same value. */
  static String score(double score) {
    return Double.toString(score);
  }

  /**
   * Reads a resolution file.
   *
   * @throws InvalidInputException if a column is missing, a key repeats or a value is malformed
   */
  public static List<ResolutionRow> read(Path file) {
    List<ResolutionRow> rows = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    for (CSVRecord r : records(file, HEADER)) {
      String key = r.get("source_key");
      Long earlier = lines.put(key, r.getRecordNumber() + 1);
      if (earlier != null) {
        throw new InvalidInputException(file + ": line " + (r.getRecordNumber() + 1)
            + ": source_key '" + key + "' repeats line " + earlier + "; expected each record once");
      }
      String profile = required(file, r, "profile_id");
      String score = r.get("confidence_score");
      Double confidence = null;
      if (!score.isEmpty()) {
        try {
          confidence = Double.valueOf(score);
        } catch (NumberFormatException e) {
          throw new InvalidInputException(file + ": line " + (r.getRecordNumber() + 1)
              + ": confidence_score '" + score + "' is not a number; expected a number from 0 to 1"
              + " or nothing");
        }
      }
      rows.add(new ResolutionRow(required(file, r, "source_key"), profile,
          required(file, r, "final_profile_id"), r.get("match_id").isEmpty() ? null
              : r.get("match_id"), confidence));
    }
    return rows;
  }

  /**
   * Reads a truth file: each record's true cluster, from the named columns.
   *
   * @throws InvalidInputException if a column is missing, a key repeats or a value is empty
   */
  public static Map<String, String> readTruth(Path file, String keyColumn,
      String clusterColumn) {
    Map<String, String> truth = new LinkedHashMap<>();
    for (CSVRecord r : records(file, List.of(keyColumn, clusterColumn))) {
      String key = required(file, r, keyColumn);
      if (truth.put(key, required(file, r, clusterColumn)) != null) {
        throw new InvalidInputException(file + ": line " + (r.getRecordNumber() + 1) + ": "
            + keyColumn + " '" + key + "' repeats; expected each record once");
      }
    }
    return truth;
  }

  private static List<CSVRecord> records(Path file, List<String> columns) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVParser.parse(in, format)) {
      List<String> header = csv.getHeaderNames();
      for (String column : columns) {
        if (!header.contains(column)) {
          throw new InvalidInputException(file + ": header " + header + " lacks column '" + column
              + "'; expected the columns " + columns);
        }
      }
      return csv.getRecords();
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": not found");
    } catch (IOException | UncheckedIOException | IllegalArgumentException
        | IllegalStateException e) {
      throw new InvalidInputException(file + ": cannot be read as CSV: " + e.getMessage());
    }
  }

  private static String required(Path file, CSVRecord r, String column) {
    String value = r.isSet(column) ? r.get(column) : "";
    if (value.isEmpty()) {
      throw new InvalidInputException(file + ": line " + (r.getRecordNumber() + 1) + ": "
          + column + " is empty; expected a value");
    }
    return value;
  }
}
