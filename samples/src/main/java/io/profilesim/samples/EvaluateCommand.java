package io.profilesim.samples;

import io.profilesim.samples.batch.InvalidInputException;
import io.profilesim.samples.batch.ResolutionEvaluation;
import io.profilesim.samples.batch.ResolutionEvaluation.Level;
import io.profilesim.samples.batch.ResolutionFile;
import io.profilesim.samples.batch.ResolutionRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code profilesim evaluate}: scores a resolution.csv against a truth file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    versionProvider = ProfilesimCli.Version.class,
    description = {
        "Scores a resolution against the truth: pairwise and B-cubed precision, recall and F1.",
        "",
        "At match level a record's predicted cluster is its profile's match group (the profile",
        "alone when in none); at merge level it is the profile it ended in after merging.",
        "Truth records missing from the resolution are scored as unmatched."})
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--resolution", required = true, paramLabel = "FILE",
      description = "resolution.csv written by simulate or resolve.")
  private Path resolution;

  @Option(names = "--truth", required = true, paramLabel = "FILE",
      description = "CSV with each record's true cluster (columns source_key,cluster).")
  private Path truth;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "match",
      description = "match or merge (default: ${DEFAULT-VALUE}).")
  private String level;

  @Option(names = "--truth-key-column", paramLabel = "NAME", defaultValue = "source_key",
      description = "The truth's key column (default: ${DEFAULT-VALUE}).")
  private String keyColumn;

  @Option(names = "--truth-cluster-column", paramLabel = "NAME", defaultValue = "cluster",
      description = "The truth's cluster column (default: ${DEFAULT-VALUE}).")
  private String clusterColumn;

  @Override
  public Integer call() {
    Level chosen = switch (level) {
      case "match" -> Level.MATCH;
      case "merge" -> Level.MERGE;
      default -> throw new BadInputException(spec.commandLine(),
          "--level '" + level + "' is not a level; expected match or merge");
    };
    ResolutionEvaluation result;
    try {
      List<ResolutionRow> rows = ResolutionFile.read(resolution);
      Map<String, String> clusters = ResolutionFile.readTruth(truth, keyColumn, clusterColumn);
      result = ResolutionEvaluation.of(rows, clusters, chosen, truth.toString());
    } catch (InvalidInputException e) {
      throw new BadInputException(spec.commandLine(), e.getMessage());
    }
    spec.commandLine().getOut().print(result.toMarkdown());
    spec.commandLine().getOut().flush();
    return ProfilesimCli.OK;
  }
}
