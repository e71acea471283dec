package io.profilesim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class S3LayoutTest {
  @TempDir Path root;

  @ParameterizedTest
  @CsvSource({
      "exports/, retail, exports/retail/j1/",
      "exports, retail, exports/retail/j1/",
      "a/b/c/, retail, a/b/c/retail/j1/",
  })
  void jobKeyPrefix_usesTheKeyNameAsAFolder(String keyName, String domain, String expected) {
    assertThat(S3Layout.jobKeyPrefix(keyName, domain, "j1")).isEqualTo(expected);
  }

  @Test
  void jobKeyPrefix_withoutKeyName_startsAtTheDomain() {
    assertThat(S3Layout.jobKeyPrefix(null, "retail", "j1")).isEqualTo("retail/j1/");
  }

  @Test
  void plainKey_mapsToTheSamePathUnderTheBucket() {
    assertThat(S3Layout.resolve(root, "exports", "ir/retail/j1/"))
        .isEqualTo(root.resolve("exports/ir/retail/j1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc", "/abs", "a/../../../b", "./x", "..", "a//b", "%2F/..", "\u0000/x"})
  void hostileKeys_neverLeaveTheRoot(String key) {
    Path p = S3Layout.resolve(root, "bucket", key);

    assertThat(p.normalize().startsWith(root.resolve("bucket"))).as("%s stays in the bucket", p).isTrue();
    assertThat(p.normalize()).isEqualTo(p);
  }

  @Test
  void dotSegments_emptySegmentsAndUnsafeBytes_areEscaped() {
    assertThat(root.resolve("b").relativize(S3Layout.resolve(root, "b", "../../etc")).toString())
        .isEqualTo("%2E%2E/%2E%2E/etc");
    assertThat(root.resolve("b").relativize(S3Layout.resolve(root, "b", "/abs")).toString())
        .isEqualTo("%2F/abs");
    assertThat(S3Layout.escape("café & co")).isEqualTo("caf%C3%A9%20%26%20co");
    assertThat(S3Layout.escape("100%")).isEqualTo("100%25");
  }

  @Test
  void escaping_isReversible() {
    for (String s : new String[] {"", ".", "..", "café & co", "100%", "a.b-c_d~e", "%2F", "日本"}) {
      assertThat(S3Layout.unescape(S3Layout.escape(s))).isEqualTo(s);
    }
  }

  @Test
  void aBucketOfDots_isNotAParentFolder() {
    assertThat(S3Layout.resolve(root, "...", "k")).isEqualTo(root.resolve("%2E%2E%2E/k"));
  }

  @Test
  void segmentTooLongForAFileName_isRefusedClearly() {
    String segment = "x".repeat(256);

    assertThatThrownBy(() -> S3Layout.resolve(root, "bucket", "a/" + segment + "/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("S3 key segment 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' is 256 bytes once"
            + " escaped, longer than the 255 bytes a file name may have");
  }
}
