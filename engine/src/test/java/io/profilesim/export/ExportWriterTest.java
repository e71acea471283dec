package io.profilesim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import io.profilesim.FieldSource;
import io.profilesim.MergeRecord;
import io.profilesim.model.MatchItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExportWriterTest {
  private static final Instant GENERATED = Instant.parse("2026-01-03T00:00:05Z");

  @TempDir Path root;

  private static ExportWriter.JobExport export(String key) {
    return new ExportWriter.JobExport("profile-exports", key, "retail", "0123456789abcdef0123456789abcdef",
        GENERATED,
        List.of(new MatchItem("m2", List.of("c", "d"), 0.91), new MatchItem("m1", List.of("a", "b"), 0.99)),
        List.of(new MergeRecord("0123456789abcdef0123456789abcdef", "m1", 0.99, 1, "a", List.of("b"),
            Map.of("FirstName", new FieldSource("b", "crm", Instant.parse("2026-01-02T10:00:00Z"))))),
        Map.of("Pairs", 12));
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void export_writesTheDocumentedLayout() throws IOException {
    new ExportWriter(root).write(export("ir/retail/0123456789abcdef0123456789abcdef/"));

    assertThat(listing()).containsExactly(
        "profile-exports/ir/retail/0123456789abcdef0123456789abcdef/_SUCCESS",
        "profile-exports/ir/retail/0123456789abcdef0123456789abcdef/manifest.json",
        "profile-exports/ir/retail/0123456789abcdef0123456789abcdef/matches.jsonl",
        "profile-exports/ir/retail/0123456789abcdef0123456789abcdef/matching-report.json",
        "profile-exports/ir/retail/0123456789abcdef0123456789abcdef/merges.jsonl");
  }

  @Test
  void matches_areMatchItemsOnePerLineByMatchId() throws IOException {
    Path dir = new ExportWriter(root).write(export("k/"));

    assertThat(Files.readString(dir.resolve("matches.jsonl"))).isEqualTo(
        "{\"MatchId\":\"m1\",\"ProfileIds\":[\"a\",\"b\"],\"ConfidenceScore\":0.99}\n"
            + "{\"MatchId\":\"m2\",\"ProfileIds\":[\"c\",\"d\"],\"ConfidenceScore\":0.91}\n");
    assertThat(Files.readString(dir.resolve("merges.jsonl"))).isEqualTo(
        "{\"JobId\":\"0123456789abcdef0123456789abcdef\",\"MatchId\":\"m1\",\"ConfidenceScore\":0.99,"
            + "\"Criterion\":1,\"MainProfileId\":\"a\",\"MergedProfileIds\":[\"b\"],\"FieldSources\":"
            + "{\"FirstName\":{\"ProfileId\":\"b\",\"ObjectTypeName\":\"crm\",\"LastUpdatedAt\":1767348000}}}\n");
  }

  @Test
  void manifest_countsAndChecksumsEveryFile() throws IOException {
    Path dir = new ExportWriter(root).write(export("k/"));
    String manifest = Files.readString(dir.resolve("manifest.json"));
    String matchesSha = Hashing.sha256().hashBytes(Files.readAllBytes(dir.resolve("matches.jsonl"))).toString();

    assertThat(manifest).contains("\"DomainName\" : \"retail\"", "\"S3BucketName\" : \"profile-exports\"",
        "\"S3KeyName\" : \"k/\"", "\"MatchGenerationDate\" : 1767398405",
        "\"Name\" : \"matches.jsonl\",\n    \"Records\" : 2,", "\"Sha256\" : \"" + matchesSha + "\"");
  }

  @Test
  void aFailureMidWrite_leavesNoJobFolderNoMarkerAndNoStaging() throws IOException {
    ExportWriter failing = new ExportWriter(root, name -> {
      if (name.equals("merges.jsonl")) {
        throw new IOException("disk full");
      }
    });

    assertThatThrownBy(() -> failing.write(export("k/")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot export job 0123456789abcdef0123456789abcdef to s3://profile-exports/k/: disk full");
    assertThat(listing()).isEmpty();
  }

  @Test
  void aFailureBeforeTheMarker_leavesTheFilesButNoMarker() throws IOException {
    ExportWriter failing = new ExportWriter(root, name -> {
      if (name.equals(ExportWriter.SUCCESS)) {
        throw new IOException("disk full");
      }
    });

    assertThatThrownBy(() -> failing.write(export("k/"))).isInstanceOf(UncheckedIOException.class);
    assertThat(listing()).noneMatch(f -> f.endsWith("_SUCCESS"));
  }

  @Test
  void anUnwritableBucketFolder_failsWithTheReason() throws IOException {
    Files.writeString(root.resolve("profile-exports"), "a file where the bucket folder should be");

    assertThatThrownBy(() -> new ExportWriter(root).write(export("k/")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot export job 0123456789abcdef0123456789abcdef to s3://profile-exports/k/: ");
  }

  @Test
  void theSameExport_isByteIdentical() throws IOException {
    Path a = new ExportWriter(root.resolve("a")).write(export("k/"));
    Path b = new ExportWriter(root.resolve("b")).write(export("k/"));

    for (String f : List.of("matches.jsonl", "merges.jsonl", "matching-report.json", "manifest.json")) {
      assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
  }

  @Test
  void exportingAJobAgain_replacesItsFolderWholeAndLeavesNothingAside() throws IOException {
    String key = "ir/retail/0123456789abcdef0123456789abcdef/";
    Path first = new ExportWriter(root).write(export(key));
    Files.writeString(first.resolve("stale.txt"), "from an earlier run");

    Path again = new ExportWriter(root).write(export(key));

    assertThat(again).isEqualTo(first);
    assertThat(listing()).containsExactly(
        "profile-exports/ir/retail/0123456789abcdef0123456789abcdef/_SUCCESS",
        "profile-exports/ir/retail/0123456789abcdef0123456789abcdef/manifest.json",
        "profile-exports/ir/retail/0123456789abcdef0123456789abcdef/matches.jsonl",
        "profile-exports/ir/retail/0123456789abcdef0123456789abcdef/matching-report.json",
        "profile-exports/ir/retail/0123456789abcdef0123456789abcdef/merges.jsonl");
    try (Stream<Path> siblings = Files.list(first.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactly("0123456789abcdef0123456789abcdef");
    }
  }
}
