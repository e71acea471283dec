package io.profilesim.samples;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Bad input a command found before starting work: reported like a usage error, with exit code
 * {@value ProfilesimCli#BAD_INPUT}. The message names the option or file, the value and what was
 * expected.
 */
final class BadInputException extends ParameterException {
  private static final long serialVersionUID = 1L;

  BadInputException(CommandLine commandLine, String message) {
    super(commandLine, message);
  }
}
