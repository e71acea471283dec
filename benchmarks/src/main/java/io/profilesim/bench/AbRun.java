package io.profilesim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the same JMH benchmarks from two builds' {@code benchmarks.jar} in alternation, round after
 * round, and prints how B compares with A. Within a round the order alternates (A then B, then B
 * then A), so that a host getting slower or faster during the run favours neither build.
 * {@code benchmarks/ab} builds the two jars from two git revisions and calls this.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.profilesim.bench.AbRun \
 *     --a base.jar --b new.jar --rounds 3 --out target/ab -- IngestionBenchmark -p threads=2 -wi 1 -i 3
 * </pre>
 */
@Command(name = "ab", mixinStandardHelpOptions = true,
    description = "Compares two builds' benchmarks, run in alternation.")
public final class AbRun implements Callable<Integer> {
  @Option(names = "--a", required = true, description = "benchmarks.jar of build A (the base)")
  Path jarA;

  @Option(names = "--b", required = true, description = "benchmarks.jar of build B (the change)")
  Path jarB;

  @Option(names = "--rounds", defaultValue = "3", description = "rounds of A and B (default 3)")
  int rounds;

  @Option(names = "--out", defaultValue = "target/ab",
      description = "folder for each run's JMH log and JSON, and summary.md (default target/ab)")
  Path out;

  @Option(names = "--java", defaultValue = "java", description = "the java launcher (default java)")
  String java;

  @Parameters(description = "JMH arguments: which benchmarks, parameters, iterations")
  List<String> jmhArgs = new ArrayList<>();

  private final PrintStream console;

  AbRun(PrintStream console) {
    this.console = console;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new AbRun(System.out)).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (rounds < 1) {
      throw new CommandLine.ParameterException(new CommandLine(this),
          "--rounds must be at least 1, got " + rounds);
    }
    Files.createDirectories(out);
    AbComparison comparison = new AbComparison();
    for (int round = 1; round <= rounds; round++) {
      String order = round % 2 == 1 ? "AB" : "BA";
      for (char build : order.toCharArray()) {
        Path result = out.resolve(build + "-" + round + ".json");
        int exit = runJmh(build == 'A' ? jarA : jarB, result,
            out.resolve(build + "-" + round + ".log"));
        if (exit != 0) {
          console.printf("round %d, build %c: JMH exited with %d; see its log in %s%n",
              round, build, exit, out);
          return exit;
        }
        comparison.add(build, result);
        console.printf("round %d of %d, build %c done%n", round, rounds, build);
      }
    }
    String table = comparison.table();
    Files.writeString(out.resolve("summary.md"), table);
    console.print(table);
    return 0;
  }

  private int runJmh(Path jar, Path result, Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
    command.addAll(jmhArgs);
    command.addAll(List.of("-rf", "json", "-rff", result.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start()
        .waitFor();
  }
}
