package io.profilesim.samples;

import io.profilesim.samples.generate.CustomerDataGenerator;
import io.profilesim.samples.generate.GenerationStats;
import io.profilesim.samples.generate.GeneratorSettings;
import io.profilesim.samples.generate.Source;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code profilesim generate}: synthetic customer data with ground truth, written to a folder. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    versionProvider = ProfilesimCli.Version.class,
    description = {
        "Writes synthetic customer data with ground truth.",
        "",
        "Records from several sources (CRM CSV, web orders JSON Lines, contact-centre calls CSV),",
        "their PutProfileObjectType requests, the truth (truth.csv: source_key,cluster) and",
        "manifest.json. The same options give the same bytes."})
final class GenerateCommand implements Callable<Integer> {
  /** Beyond this a run would take hours and tens of gigabytes: almost surely a typo. */
  static final long MAX_PROFILES = 100_000_000L;

  @Spec
  private CommandSpec spec;

  @Option(names = "--profiles", required = true, paramLabel = "N",
      description = "Records to generate; each becomes one profile (1 to 100,000,000).")
  private long profiles;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed every random choice derives from (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Mixin
  private OutputOptions output;

  private final LongSupplier nanoTime;

  GenerateCommand(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  @Override
  public Integer call() {
    GeneratorSettings settings = settings();
    Path out = output.prepare(spec.commandLine(), "replace the generated files in it");
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err, spec.qualifiedName(), "records", nanoTime,
        ProgressLine.DEFAULT_INTERVAL_NANOS);
    GenerationStats stats = CustomerDataGenerator.create(settings)
        .writeTo(out, progress::update);
    printSummary(stats, out);
    progress.done();
    return ProfilesimCli.OK;
  }

  private GeneratorSettings settings() {
    if (profiles < 1 || profiles > MAX_PROFILES) {
      throw new BadInputException(spec.commandLine(), String.format(Locale.ROOT,
          "--profiles must be between 1 and %,d, was %d", MAX_PROFILES, profiles));
    }
    return GeneratorSettings.defaults(profiles, seed);
  }

  private void printSummary(GenerationStats stats, Path out) {
    PrintWriter o = spec.commandLine().getOut();
    o.println(String.format(Locale.ROOT, "Wrote %,d records of %,d people in %,d households to %s",
        stats.records(), stats.clusters(), stats.households(), out));
    for (Source source : Source.values()) {
      o.println(String.format(Locale.ROOT, "  %-26s %,11d records  (%s)", source.fileName(),
          stats.recordsBySource().get(source), CustomerDataGenerator.objectTypeFile(source)));
    }
    o.println("  " + CustomerDataGenerator.TRUTH_FILE + ", "
        + CustomerDataGenerator.TRUTH_DETAILS_FILE + ", " + CustomerDataGenerator.MANIFEST_FILE);
  }
}
