package io.profilesim.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.model.GetIdentityResolutionJobResponse;
import io.profilesim.model.IdentityResolutionJobStatus;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Runs the whole-job benchmark once on a few hundred generated records. */
final class WholeJobBenchmarkTest {
  @Test
  void runJob_reviewsEveryProfileFindsMatchesMergesAndExports() throws IOException {
    WholeJobBenchmark b = new WholeJobBenchmark();
    b.records = 500;
    b.generate();
    b.ingest();

    GetIdentityResolutionJobResponse job = b.runJob();

    assertThat(job.status()).as(job.message()).isEqualTo(IdentityResolutionJobStatus.COMPLETED);
    assertThat(job.jobStats().numberOfProfilesReviewed()).isEqualTo(500L);
    assertThat(job.jobStats().numberOfMatchesFound()).isPositive();
    assertThat(job.jobStats().numberOfMergesDone()).isPositive();
    assertThat(b.profiles().getDomain(WholeJobBenchmark.DOMAIN).stats().profileCount())
        .isEqualTo(500L - job.jobStats().numberOfMergesDone());
    assertThat(job.exportingLocation()).isNotNull();
    assertThat(b.exportRoot().resolve("results/identity/bench/" + job.jobId() + "/_SUCCESS"))
        .exists();
    b.dropInstance();
    b.deleteData();
  }
}
