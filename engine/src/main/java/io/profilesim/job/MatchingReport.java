package io.profilesim.job;

import io.profilesim.matching.BlockingReport;
import io.profilesim.matching.DataQualityReport;
import io.profilesim.matching.MatchResult;
import io.profilesim.matching.TrainedParameters;

/**
 * How a job found its matches, written beside them in the export as {@code matching-report.json}:
 * everything of the engine's result except the groups, which {@code matches.jsonl} holds.
 *
 * @param profiles how many profiles were matched
 * @param blocking which pairs were compared and why
 * @param parameters the trained (or fixed) model, reusable through {@code MatchingSettings}
 * @param grouping how links became groups
 * @param dataQuality what could not be used in the data
 */
public record MatchingReport(
    int profiles,
    BlockingReport blocking,
    TrainedParameters parameters,
    MatchResult.GroupingReport grouping,
    DataQualityReport dataQuality) {

  static MatchingReport of(MatchResult result) {
    return new MatchingReport(result.profiles(), result.blocking(), result.parameters(),
        result.grouping(), result.dataQuality());
  }
}
