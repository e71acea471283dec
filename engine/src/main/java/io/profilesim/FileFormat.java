package io.profilesim;

import java.util.Locale;

/** The file formats bulk ingestion reads. */
public enum FileFormat {
  /**
   * RFC 4180 CSV with a header row that names the columns; each further row becomes an object whose
   * members are the columns, with empty cells left out.
   */
  CSV,
  /** One JSON object per line (JSON Lines); blank lines are skipped. */
  JSON_LINES;

  /**
   * Returns the format a file name's extension names: {@code .csv}, or {@code .jsonl}, {@code
   * .ndjson} and {@code .json} for JSON Lines.
   *
   * @throws IllegalArgumentException for any other extension
   */
  public static FileFormat ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSON_LINES;
    }
    throw new IllegalArgumentException(
        "Cannot tell the format of "
            + fileName
            + ": name it .csv, .jsonl, .ndjson or .json, or give the format");
  }
}
