package io.profilesim.job;

import io.profilesim.MergeRecord;
import io.profilesim.domain.Domain;
import io.profilesim.domain.ServiceContext;
import io.profilesim.matching.MatchGroup;
import io.profilesim.matching.MatchResult;
import io.profilesim.matching.MatchingEngine;
import io.profilesim.matching.MatchingSettings;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.MatchItem;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's work as profilesim does it: expire what is due and snapshot the profiles, match them
 * with the {@link MatchingEngine}, and hand the groups to the auto-merger.
 */
public final class DefaultJobPipeline implements JobPipeline {
  private final ServiceContext context;
  private final MatchingEngine engine = MatchingEngine.create();
  private final MatchingSettings settings;
  private final AutoMerger merger;

  /**
   * @param settings how every domain's profiles are matched
   * @param merger the MERGING step
   */
  public DefaultJobPipeline(ServiceContext context, MatchingSettings settings, AutoMerger merger) {
    this.context = context;
    this.settings = settings;
    this.merger = merger;
  }

  @Override
  public PreparedRun prepare(Domain domain) {
    domain.expireDue(context.now());
    List<Profile> snapshot = domain.read(domain.store()::profiles);
    return new PreparedRun() {
      @Override
      public long profilesReviewed() {
        return snapshot.size();
      }

      @Override
      public MatchOutcome findMatches() {
        return outcome(engine.match(snapshot, settings));
      }

      @Override
      public List<MergeRecord> autoMerge(MatchOutcome matches, AutoMerging autoMerging,
          String jobId) {
        return merger.autoMerge(domain, matches, autoMerging, jobId);
      }
    };
  }

  /** The groups as GetMatches returns them, and the report of how they were found. */
  static MatchOutcome outcome(MatchResult result) {
    List<MatchItem> items = new ArrayList<>(result.groups().size());
    for (MatchGroup g : result.groups()) {
      items.add(new MatchItem(g.matchId(), g.profileIds(), g.confidenceScore()));
    }
    return new MatchOutcome(items, MatchingReport.of(result));
  }
}
