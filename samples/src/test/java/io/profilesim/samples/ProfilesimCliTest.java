package io.profilesim.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.samples.generate.CustomerDataGenerator;
import io.profilesim.samples.generate.GenerationStats;
import io.profilesim.samples.generate.GeneratorSettings;
import io.profilesim.samples.generate.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProfilesimCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path tmp;

  private int run(String... args) {
    return run(() -> 0, args);
  }

  private int run(LongSupplier nanoTime, String... args) {
    return ProfilesimCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), nanoTime,
        args);
  }

  @Test
  void generate_writesTheRun_andSummarizesIt() throws IOException {
    Path dir = tmp.resolve("out");

    int code = run("generate", "--profiles", "300", "--seed", "5", "--out", dir.toString());

    GenerationStats stats = CustomerDataGenerator.create(GeneratorSettings.defaults(300, 5))
        .writeTo(tmp.resolve("expected"), CustomerDataGenerator.ProgressListener.none());
    assertThat(code).isEqualTo(ProfilesimCli.OK);
    assertThat(out.toString()).isEqualTo(String.format(
        "Wrote 300 records of %d people in %d households to %s%n"
            + "  crm_contacts.csv           %11d records  (object-types/CrmContact.json)%n"
            + "  web_orders.jsonl           %11d records  (object-types/WebOrder.json)%n"
            + "  contact_center_calls.csv   %11d records  (object-types/ContactCenterCall.json)%n"
            + "  truth.csv, truth-details.csv, manifest.json%n",
        stats.clusters(), stats.households(), dir,
        stats.recordsBySource().get(Source.CRM),
        stats.recordsBySource().get(Source.WEB_ORDERS),
        stats.recordsBySource().get(Source.CONTACT_CENTER)));
    assertThat(err.toString()).isEqualTo(String.format("profilesim generate: done in 0.0 s%n"));
    assertThat(Files.readString(dir.resolve("truth.csv")))
        .isEqualTo(Files.readString(tmp.resolve("expected/truth.csv")));
  }

  @Test
  void generate_onALongRun_reportsProgressOnStandardError() {
    AtomicLong clock = new AtomicLong();
    LongSupplier threeSecondsPerLook = () -> clock.getAndAdd(3_000_000_000L);

    int code = run(threeSecondsPerLook, "generate", "--profiles", "30000", "--out",
        tmp.resolve("out").toString());

    assertThat(code).isEqualTo(ProfilesimCli.OK);
    assertThat(err.toString()).isEqualTo(String.format(
        "profilesim generate: 10,000 of 30,000 records (33%%)%n"
            + "profilesim generate: 20,000 of 30,000 records (66%%)%n"
            + "profilesim generate: done in 12.0 s%n"));
  }

  @Test
  void generate_withoutRequiredOptions_isAUsageError() {
    int code = run("generate");

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).isEqualTo(String.format(
        "profilesim generate: Missing required options: '--profiles=N', '--out=DIR'%n"
            + "Try 'profilesim generate --help' for more information.%n"));
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void generate_withProfilesNotANumber_namesTheOptionAndValue() {
    int code = run("generate", "--profiles", "lots", "--out", tmp.toString());

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).startsWith(
        "profilesim generate: Invalid value for option '--profiles': 'lots' is not a long");
  }

  @Test
  void generate_withZeroProfiles_isRefusedBeforeWriting() {
    Path dir = tmp.resolve("out");

    int code = run("generate", "--profiles", "0", "--out", dir.toString());

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).isEqualTo(String.format(
        "profilesim generate: --profiles must be between 1 and 100,000,000, was 0%n"
            + "Try 'profilesim generate --help' for more information.%n"));
    assertThat(dir).doesNotExist();
  }

  @Test
  void generate_intoAFile_isRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("taken.txt"), "mine");

    int code = run("generate", "--profiles", "10", "--out", file.toString());

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).isEqualTo(String.format(
        "profilesim generate: --out %s is a file; expected a directory%n"
            + "Try 'profilesim generate --help' for more information.%n", file));
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void generate_intoANonEmptyDirectory_isRefusedAndTouchesNothing() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "mine");

    int code = run("generate", "--profiles", "10", "--out", tmp.toString());

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).isEqualTo(String.format(
        "profilesim generate: --out %s is not empty; choose a new or empty directory, or add"
            + " --force to replace the generated files in it%n"
            + "Try 'profilesim generate --help' for more information.%n", tmp));
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).containsExactly(tmp.resolve("notes.txt"));
    }
  }

  @Test
  void generate_withForce_writesNextToOtherFiles() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "mine");

    int code = run("generate", "--profiles", "10", "--out", tmp.toString(), "--force");

    assertThat(code).isEqualTo(ProfilesimCli.OK);
    assertThat(tmp.resolve("truth.csv")).isRegularFile();
    assertThat(Files.readString(tmp.resolve("notes.txt"))).isEqualTo("mine");
  }

  @Test
  void generate_whenAFileCannotBeWritten_failsTheRun() throws IOException {
    Files.createDirectories(tmp.resolve("crm_contacts.csv"));

    int code = run("generate", "--profiles", "10", "--out", tmp.toString(), "--force");

    assertThat(code).isEqualTo(ProfilesimCli.RUN_FAILED);
    assertThat(err.toString()).startsWith("profilesim generate: failed: cannot write the"
        + " generated data to " + tmp + ": " + tmp.resolve("crm_contacts.csv"));
  }

  @Test
  void noCommand_isAUsageError() {
    int code = run();

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).isEqualTo(String.format("profilesim: Missing required command%n"
        + "Try 'profilesim --help' for more information.%n"));
  }

  @Test
  void unknownCommand_suggestsTheNearestOne() {
    int code = run("generat");

    assertThat(code).isEqualTo(ProfilesimCli.BAD_INPUT);
    assertThat(err.toString()).isEqualTo(String.format(
        "profilesim: Unmatched argument at index 0: 'generat'%n"
            + "Did you mean: profilesim generate or profilesim evaluate?%n"
            + "Try 'profilesim --help' for more information.%n"));
  }

  @Test
  void help_listsCommandsAndExitCodes() {
    int code = run("--help");

    assertThat(code).isEqualTo(ProfilesimCli.OK);
    assertThat(out.toString()).contains("generate  Writes synthetic customer data with ground"
        + " truth.").contains("Exit codes:", "0   Success.",
        "1   The run failed (input/output error or bug); output may be partial.",
        "2   Usage error or bad input, found before any work started.");
  }

  @Test
  void generateHelp_documentsEveryOption() {
    int code = run("help", "generate");

    assertThat(code).isEqualTo(ProfilesimCli.OK);
    assertThat(out.toString()).contains("--profiles=N", "--seed=S", "(default: 1)", "--out=DIR",
        "--force");
  }
}
