package io.profilesim;

import io.profilesim.exception.AccessDeniedException;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.InternalServerException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.exception.ThrottlingException;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.CreateDomainResponse;
import io.profilesim.model.DeleteDomainRequest;
import io.profilesim.model.DeleteDomainResponse;
import io.profilesim.model.GetDomainRequest;
import io.profilesim.model.GetDomainResponse;
import io.profilesim.model.ListDomainsRequest;
import io.profilesim.model.ListDomainsResponse;
import io.profilesim.model.ListTagsForResourceRequest;
import io.profilesim.model.ListTagsForResourceResponse;
import io.profilesim.model.TagResourceRequest;
import io.profilesim.model.TagResourceResponse;
import io.profilesim.model.UntagResourceRequest;
import io.profilesim.model.UntagResourceResponse;
import io.profilesim.model.UpdateDomainRequest;
import io.profilesim.model.UpdateDomainResponse;
import java.time.Clock;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Amazon Connect Customer Profiles, in process: the operations of the service with its request and
 * response shapes ({@link io.profilesim.model}), its validation and its errors
 * ({@link io.profilesim.exception}).
 *
 * <p>Every operation may throw {@link BadRequestException} (invalid input; the message lists every
 * violation), {@link ResourceNotFoundException} (no such domain or resource),
 * {@link ThrottlingException} (only when a request rate is configured), {@link AccessDeniedException}
 * and {@link InternalServerException} (a defect here, never the caller's input).
 *
 * <p>An instance is thread-safe. Concurrent calls behave as the service's would: each operation on
 * a domain is atomic, and none is lost.
 *
 * <pre>{@code
 * try (CustomerProfiles profiles = CustomerProfiles.create()) {
 *   profiles.createDomain(CreateDomainRequest.builder()
 *       .domainName("retail")
 *       .defaultExpirationDays(365)
 *       .matching(MatchingRequest.builder().enabled(true).build())
 *       .build());
 *   System.out.println(AwsJson.writePretty(profiles.getDomain("retail")));
 * }
 * }</pre>
 */
public interface CustomerProfiles extends AutoCloseable {

  /** Returns an instance with the defaults of {@link Builder}. */
  static CustomerProfiles create() {
    return builder().build();
  }

  /** Returns a builder for an instance with a chosen clock, account, region or seed. */
  static Builder builder() {
    return new Builder();
  }

  /** Creates a domain ({@code POST /domains/{DomainName}}). */
  CreateDomainResponse createDomain(CreateDomainRequest request);

  /** Returns a domain's configuration and statistics ({@code GET /domains/{DomainName}}). */
  GetDomainResponse getDomain(GetDomainRequest request);

  /** Returns a domain's configuration and statistics. */
  default GetDomainResponse getDomain(String domainName) {
    return getDomain(new GetDomainRequest(domainName));
  }

  /** Changes the members of a domain the request gives ({@code PUT /domains/{DomainName}}). */
  UpdateDomainResponse updateDomain(UpdateDomainRequest request);

  /** Deletes a domain and all of its data ({@code DELETE /domains/{DomainName}}). */
  DeleteDomainResponse deleteDomain(DeleteDomainRequest request);

  /** Deletes a domain and all of its data. */
  default DeleteDomainResponse deleteDomain(String domainName) {
    return deleteDomain(new DeleteDomainRequest(domainName));
  }

  /** Lists the domains in name order, a page at a time ({@code GET /domains}). */
  ListDomainsResponse listDomains(ListDomainsRequest request);

  /** Adds tags to a domain, given its ARN ({@code POST /tags/{resourceArn}}). */
  TagResourceResponse tagResource(TagResourceRequest request);

  /** Removes tags from a domain, given its ARN ({@code DELETE /tags/{resourceArn}}). */
  UntagResourceResponse untagResource(UntagResourceRequest request);

  /** Returns the tags of a domain, given its ARN ({@code GET /tags/{resourceArn}}). */
  ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request);

  /** Returns the ARN of a domain of this instance's account and region. */
  String domainArn(String domainName);

  /** Stops background work (the live job scheduler, when one runs). Idempotent. */
  @Override
  void close();

  /**
   * Configures a {@link CustomerProfiles}. Defaults: the system UTC clock, region
   * {@code us-east-1}, account {@code 123456789012}, seed 0, no request-rate limit.
   */
  final class Builder {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    Clock clock = Clock.systemUTC();
    String region = "us-east-1";
    String accountId = "123456789012";
    long seed;
    double requestsPerSecond;

    private Builder() {}

    /** Sets the clock every timestamp comes from; a fixed clock makes outputs reproducible. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the region that ARNs name, for example {@code eu-west-2}. */
    public Builder region(String region) {
      if (region == null || !REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("region must look like us-east-1, was " + region);
      }
      this.region = region;
      return this;
    }

    /** Sets the 12-digit account that ARNs name. */
    public Builder accountId(String accountId) {
      if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
        throw new IllegalArgumentException("account id must be 12 digits, was " + accountId);
      }
      this.accountId = accountId;
      return this;
    }

    /** Sets the seed of every generated identifier and every sample. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Limits calls to this many per second across all operations; a call beyond the rate fails at
     * once with {@link ThrottlingException}, as the service's API quotas do. Zero (the default)
     * means no limit.
     */
    public Builder requestsPerSecond(double requestsPerSecond) {
      if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
        throw new IllegalArgumentException(
            "requests per second must be zero (no limit) or positive, was " + requestsPerSecond);
      }
      this.requestsPerSecond = requestsPerSecond;
      return this;
    }

    /** Returns a new instance with this configuration. */
    public CustomerProfiles build() {
      return new DefaultCustomerProfiles(this);
    }
  }
}
