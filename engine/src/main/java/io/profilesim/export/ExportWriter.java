package io.profilesim.export;

import com.google.common.hash.Hashing;
import com.google.common.hash.HashingOutputStream;
import io.profilesim.MergeRecord;
import io.profilesim.json.AwsJson;
import io.profilesim.model.MatchItem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a job's results in the S3 layout (see {@link S3Layout}) under a local export root:
 * <pre>
 * &lt;root&gt;/&lt;S3BucketName&gt;/&lt;S3KeyName&gt;/&lt;DomainName&gt;/&lt;JobId&gt;/
 *     matches.jsonl          one GetMatches MatchItem per line, by MatchId
 *     merges.jsonl           one merge per line (main profile, merged profiles, criterion, field sources)
 *     matching-report.json   how matching went: blocking, trained parameters, data quality
 *     manifest.json          counts, sizes and SHA-256 of the files above
 *     _SUCCESS               empty, written last
 * </pre>
 * A reader never sees half a job: the files are written into a staging folder beside the job
 * folder, which is renamed into place when complete; {@code _SUCCESS} is written aside and renamed
 * last. A failure leaves neither the folder nor the marker.
 */
public final class ExportWriter {
  static final String SUCCESS = "_SUCCESS";

  private final Path root;
  private final FileHook beforeEachFile;

  public ExportWriter(Path root) {
    this(root, name -> {});
  }

  ExportWriter(Path root, FileHook beforeEachFile) {
    this.root = root;
    this.beforeEachFile = beforeEachFile;
  }

  /** Called before each file is written; tests use it to fail mid-export. */
  @FunctionalInterface
  interface FileHook {
    void before(String fileName) throws IOException;
  }

  /** What one job exports. */
  public record JobExport(
      String bucket,
      String keyPrefix,
      String domainName,
      String jobId,
      Instant matchGenerationDate,
      List<MatchItem> matches,
      List<MergeRecord> merges,
      Object matchingReport) {}

  /**
   * Writes the export and returns the job folder.
   *
   * @throws UncheckedIOException if anything cannot be written; nothing of the job is then visible
   * @throws IllegalArgumentException if the key cannot be mapped to a path
   */
  public Path write(JobExport export) {
    Path target = S3Layout.resolve(root, export.bucket(), export.keyPrefix());
    Path staging = target.resolveSibling("." + target.getFileName() + ".staging");
    try {
      Files.createDirectories(target.getParent());
      deleteRecursively(staging);
      Files.createDirectory(staging);
      List<Map<String, Object>> files = new ArrayList<>();
      List<MatchItem> matches = new ArrayList<>(export.matches());
      matches.sort(Comparator.comparing(MatchItem::matchId));
      files.add(writeLines(staging, "matches.jsonl", matches));
      files.add(writeLines(staging, "merges.jsonl", export.merges()));
      files.add(writeLines(staging, "matching-report.json",
          List.of(AwsJson.writePretty(export.matchingReport()))));
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("DomainName", export.domainName());
      manifest.put("JobId", export.jobId());
      manifest.put("S3BucketName", export.bucket());
      manifest.put("S3KeyName", export.keyPrefix());
      manifest.put("MatchGenerationDate", export.matchGenerationDate());
      manifest.put("Files", files);
      writeLines(staging, "manifest.json", List.of(AwsJson.writePretty(manifest)));
      replace(target, staging);
      beforeEachFile.before(SUCCESS);
      Path marker = target.resolveSibling("." + target.getFileName() + SUCCESS);
      Files.write(marker, new byte[0]);
      Files.move(marker, target.resolve(SUCCESS), StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      try {
        deleteRecursively(staging);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot export job " + export.jobId() + " to s3://"
          + export.bucket() + "/" + export.keyPrefix() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Moves the staged folder into place. A folder already there (the same job exported again, as a
   * rerun of a deterministic simulation into the same root does) is moved aside first and deleted
   * after: a reader sees the old job, briefly none, then the new one, never a mix of the two.
   */
  private static void replace(Path target, Path staging) throws IOException {
    if (!Files.exists(target)) {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = target.resolveSibling("." + target.getFileName() + ".replaced");
    deleteRecursively(old);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    deleteRecursively(old);
  }

  /** Writes one JSON document per line (strings as they are) and describes the file. */
  private Map<String, Object> writeLines(Path dir, String name, List<?> lines) throws IOException {
    beforeEachFile.before(name);
    long count = 0;
    HashingOutputStream hashing;
    try (OutputStream file = Files.newOutputStream(dir.resolve(name))) {
      hashing = new HashingOutputStream(Hashing.sha256(), file);
      try (Writer out = new BufferedWriter(new OutputStreamWriter(hashing, StandardCharsets.UTF_8))) {
        for (Object line : lines) {
          out.write(line instanceof String s ? s : AwsJson.write(line));
          out.write('\n');
          count++;
        }
      }
    }
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("Name", name);
    description.put("Records", name.endsWith(".jsonl") ? count : 1);
    description.put("Bytes", Files.size(dir.resolve(name)));
    description.put("Sha256", hashing.hash().toString());
    return description;
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
