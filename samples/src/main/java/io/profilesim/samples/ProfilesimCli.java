package io.profilesim.samples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code profilesim} command line: {@code java -jar samples/target/profilesim.jar <command>}.
 *
 * <p>Exit codes: {@value #OK} when the command succeeded; {@value #RUN_FAILED} when the run failed
 * (an input/output error or a bug; output may be partial); {@value #BAD_INPUT} for a usage error or
 * bad input, found before any work starts (nothing was written). Errors go to standard error as
 * {@code profilesim <command>: <what is wrong>}; long runs print a progress line there every few
 * seconds.
 *
 * <p>To add a command, write a {@code Callable<Integer>} annotated with {@code @Command} (see
 * {@link GenerateCommand}) and add it in {@link #commandLine}.
 */
@Command(name = "profilesim", mixinStandardHelpOptions = true,
    versionProvider = ProfilesimCli.Version.class,
    description = "Amazon Connect Customer Profiles identity resolution, simulated on one machine.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:Success.",
        "1:The run failed (input/output error or bug); output may be partial.",
        "2:Usage error or bad input, found before any work started."})
public final class ProfilesimCli implements Runnable {
  /** The command succeeded. */
  public static final int OK = 0;
  /** The run failed after it started. */
  public static final int RUN_FAILED = 1;
  /** The command line or an input was wrong; nothing was done. */
  public static final int BAD_INPUT = 2;

  @Spec
  private CommandSpec spec;

  private ProfilesimCli() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(out, err, System::nanoTime, args));
  }

  /**
   * Runs a command line and returns its exit code.
   *
   * @param nanoTime the ticker that paces progress lines (never part of any output file)
   */
  static int execute(PrintWriter out, PrintWriter err, LongSupplier nanoTime, String... args) {
    CommandLine cli = commandLine(nanoTime)
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(ProfilesimCli::usageError)
        .setExecutionExceptionHandler(ProfilesimCli::runFailed);
    return cli.execute(args);
  }

  /** The command tree: one line per command. */
  private static CommandLine commandLine(LongSupplier nanoTime) {
    CommandLine cli = new CommandLine(new ProfilesimCli());
    cli.addSubcommand(new GenerateCommand(nanoTime));
    cli.addSubcommand(new SimulateCommand(nanoTime));
    cli.addSubcommand(new ResolveCommand(nanoTime));
    cli.addSubcommand(new EvaluateCommand());
    cli.addSubcommand(new CommandLine.HelpCommand());
    return cli;
  }

  /** Without a command there is nothing to do. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required command");
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + name + " --help' for more information.");
    return BAD_INPUT;
  }

  private static int runFailed(Exception e, CommandLine cmd, ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": failed: " + message);
    return RUN_FAILED;
  }

  /** The version from the jar's manifest, when run from the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ProfilesimCli.class.getPackage().getImplementationVersion();
      return new String[] {"profilesim " + (version == null ? "(development build)" : version)};
    }
  }
}
