package io.profilesim.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;

/** The {@code --out} folder of a command: checked and created before any work starts. */
final class OutputDirectory {
  private OutputDirectory() {}

  /**
   * Creates {@code out} if missing; refuses a file, or a non-empty folder unless {@code force}.
   *
   * @param forceDoes what {@code --force} does, for the message
   * @throws BadInputException if the folder cannot be used
   */
  static void prepare(CommandLine cli, Path out, boolean force, String forceDoes) {
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
  }

  private static boolean isEmpty(CommandLine cli, Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new BadInputException(cli, "--out " + dir + " cannot be read: " + e);
    }
  }
}
