package io.profilesim.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --out} and {@code --force} options of every command that writes files (a picocli
 * mixin), and the check that runs before any work starts.
 */
final class OutputOptions {
  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory to write to; created if missing, must be empty unless --force.")
  private Path out;

  @Option(names = "--force",
      description = "Write into a non-empty directory, replacing files of the same names.")
  private boolean force;

  /**
   * Creates the folder if missing and returns it; refuses a file, or a non-empty folder unless
   * {@code --force}.
   *
   * @param forceDoes what {@code --force} does, for the message
   * @throws BadInputException if the folder cannot be used
   */
  Path prepare(CommandLine cli, String forceDoes) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new BadInputException(cli, "--out " + out + " is a file; expected a directory");
    }
    if (Files.isDirectory(out) && !force && !isEmpty(cli, out)) {
      throw new BadInputException(cli, "--out " + out + " is not empty; choose a new or empty"
          + " directory, or add --force to " + forceDoes);
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new BadInputException(cli, "--out " + out + " cannot be created: " + e);
    }
    return out;
  }

  private static boolean isEmpty(CommandLine cli, Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new BadInputException(cli, "--out " + dir + " cannot be read: " + e);
    }
  }
}
