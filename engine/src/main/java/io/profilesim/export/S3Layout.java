package io.profilesim.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where exported objects go: S3 key names, and the files that stand for them under a local export
 * root.
 *
 * <p>A job's results are written under the key prefix {@code <S3KeyName>/<DomainName>/<JobId>/}
 * (the configured {@code S3KeyName} is used as a folder: a {@code /} is added when it lacks one;
 * without one the prefix starts at the domain name). Object {@code k} of bucket {@code b} is the
 * file {@code <root>/<b>/<k>}, where each {@code /}-separated segment of the key (and the bucket) is
 * escaped so that no key, whatever its characters, can name a file outside the root:
 * <ul>
 *   <li>bytes other than {@code A-Z a-z 0-9 . _ - ~} are percent-encoded ({@code %2A}), {@code %}
 *       included;
 *   <li>a segment of only dots ({@code .}, {@code ..}) has its dots encoded ({@code %2E%2E});
 *   <li>an empty segment (a leading {@code /} or {@code //}) becomes {@code %2F}.
 * </ul>
 * The mapping is reversible. A segment whose escaped form exceeds 255 bytes cannot be a file name and
 * is refused.
 */
public final class S3Layout {
  static final int MAX_FILE_NAME = 255;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private S3Layout() {}

  /** Returns the key prefix of a job's results, ending in {@code /}. */
  public static String jobKeyPrefix(String s3KeyName, String domainName, String jobId) {
    String base = s3KeyName == null || s3KeyName.isEmpty() ? ""
        : s3KeyName.endsWith("/") ? s3KeyName : s3KeyName + "/";
    return base + domainName + "/" + jobId + "/";
  }

  /**
   * Returns the file that stands for {@code key} in {@code bucket} under {@code root}.
   *
   * @throws IllegalArgumentException if a segment cannot be a file name (too long)
   */
  public static Path resolve(Path root, String bucket, String key) {
    Path base = root.toAbsolutePath().normalize();
    Path path = base.resolve(escape(bucket));
    for (String segment : segments(key)) {
      path = path.resolve(escape(segment));
    }
    // Escaping makes this impossible; the check keeps it so if the rules ever change.
    if (!path.normalize().startsWith(base)) {
      throw new IllegalStateException("key " + key + " maps outside the export root " + base);
    }
    return path;
  }

  /** Splits a key into its segments; a trailing {@code /} (a folder key) adds no empty segment. */
  static List<String> segments(String key) {
    List<String> segments = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= key.length(); i++) {
      if (i == key.length() || key.charAt(i) == '/') {
        if (i < key.length() || start < key.length()) {
          segments.add(key.substring(start, i));
        }
        start = i + 1;
      }
    }
    return segments;
  }

  /** Escapes one key segment into a safe file name. */
  static String escape(String segment) {
    if (segment.isEmpty()) {
      return "%2F";
    }
    boolean onlyDots = segment.chars().allMatch(c -> c == '.');
    StringBuilder sb = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (!onlyDots && isSafe(c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    if (sb.length() > MAX_FILE_NAME) {
      throw new IllegalArgumentException("S3 key segment '" + abbreviate(segment) + "' is "
          + sb.length() + " bytes once escaped, longer than the " + MAX_FILE_NAME
          + " bytes a file name may have");
    }
    return sb.toString();
  }

  /** Reverses {@link #escape}. */
  static String unescape(String fileName) {
    if (fileName.equals("%2F")) {
      return "";
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < fileName.length(); i++) {
      char c = fileName.charAt(i);
      if (c == '%') {
        out.write(Integer.parseInt(fileName.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isSafe(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '-' || c == '~';
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
