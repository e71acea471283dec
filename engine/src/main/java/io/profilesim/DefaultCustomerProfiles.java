package io.profilesim;

import com.google.common.util.concurrent.RateLimiter;
import io.profilesim.domain.DomainRegistry;
import io.profilesim.domain.DomainService;
import io.profilesim.domain.ServiceContext;
import io.profilesim.exception.CustomerProfilesException;
import io.profilesim.exception.InternalServerException;
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
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The in-process service: checks the request rate, delegates each operation to the service of its
 * feature, and turns anything unexpected into the service's 500.
 */
final class DefaultCustomerProfiles implements CustomerProfiles {
  private final ServiceContext context;
  private final RateLimiter rateLimiter;
  private final DomainService domains;

  DefaultCustomerProfiles(Builder builder) {
    this.context = new ServiceContext(builder.clock, builder.region, builder.accountId, builder.seed);
    this.rateLimiter = builder.requestsPerSecond > 0 ? RateLimiter.create(builder.requestsPerSecond) : null;
    DomainRegistry registry = new DomainRegistry(builder.seed);
    this.domains = new DomainService(context, registry);
  }

  @Override
  public CreateDomainResponse createDomain(CreateDomainRequest request) {
    return call("CreateDomain", request, () -> domains.createDomain(request));
  }

  @Override
  public GetDomainResponse getDomain(GetDomainRequest request) {
    return call("GetDomain", request, () -> domains.getDomain(request));
  }

  @Override
  public UpdateDomainResponse updateDomain(UpdateDomainRequest request) {
    return call("UpdateDomain", request, () -> domains.updateDomain(request));
  }

  @Override
  public DeleteDomainResponse deleteDomain(DeleteDomainRequest request) {
    return call("DeleteDomain", request, () -> domains.deleteDomain(request));
  }

  @Override
  public ListDomainsResponse listDomains(ListDomainsRequest request) {
    return call("ListDomains", request, () -> domains.listDomains(request));
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return call("TagResource", request, () -> domains.tagResource(request));
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return call("UntagResource", request, () -> domains.untagResource(request));
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    return call("ListTagsForResource", request, () -> domains.listTagsForResource(request));
  }

  @Override
  public String domainArn(String domainName) {
    return context.domainArn(domainName);
  }

  @Override
  public void close() {
    // nothing runs in the background yet
  }

  private <T> T call(String operation, Object request, Supplier<T> body) {
    Objects.requireNonNull(request, () -> operation + " request must not be null");
    if (rateLimiter != null && !rateLimiter.tryAcquire()) {
      throw new ThrottlingException("Rate exceeded: " + operation + " was called more often than the"
          + " configured " + rateLimiter.getRate() + " requests per second");
    }
    try {
      return body.get();
    } catch (CustomerProfilesException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InternalServerException(operation + " failed inside profilesim: " + e, e);
    }
  }
}
