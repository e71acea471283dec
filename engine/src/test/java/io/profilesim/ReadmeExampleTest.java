package io.profilesim;

import static org.assertj.core.api.Assertions.assertThat;

import io.profilesim.json.AwsJson;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.GetDomainResponse;
import io.profilesim.model.MatchingRequest;
import org.junit.jupiter.api.Test;

/** The README's embedded example, kept honest: this is the code it shows and the JSON it prints. */
final class ReadmeExampleTest {

  @Test
  void readmeExample_createsADomainWithMatchingAndPrintsGetDomain() {
    String printed;
    // --- README example begins
    try (CustomerProfiles profiles = CustomerProfiles.builder()
        .clock(TestClock.at("2026-01-03T00:00:00Z"))
        .build()) {
      profiles.createDomain(CreateDomainRequest.builder()
          .domainName("retail")
          .defaultExpirationDays(366)
          .matching(MatchingRequest.builder().enabled(true).build())
          .build());
      GetDomainResponse domain = profiles.getDomain("retail");
      printed = AwsJson.writePretty(domain);
    }
    // --- README example ends

    assertThat(printed).isEqualTo("""
        {
          "DomainName" : "retail",
          "DefaultExpirationDays" : 366,
          "Stats" : {
            "ProfileCount" : 0,
            "MeteringProfileCount" : 0,
            "ObjectCount" : 0,
            "TotalSize" : 0
          },
          "Matching" : {
            "Enabled" : true
          },
          "CreatedAt" : 1767398400,
          "LastUpdatedAt" : 1767398400
        }""");
  }
}
