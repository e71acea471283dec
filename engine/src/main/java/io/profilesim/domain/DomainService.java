package io.profilesim.domain;

import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.CreateDomainResponse;
import io.profilesim.model.DataStoreRequest;
import io.profilesim.model.DataStoreResponse;
import io.profilesim.model.DeleteDomainRequest;
import io.profilesim.model.DeleteDomainResponse;
import io.profilesim.model.GetDomainRequest;
import io.profilesim.model.GetDomainResponse;
import io.profilesim.model.ListDomainItem;
import io.profilesim.model.ListDomainsRequest;
import io.profilesim.model.ListDomainsResponse;
import io.profilesim.model.ListTagsForResourceRequest;
import io.profilesim.model.ListTagsForResourceResponse;
import io.profilesim.model.MatchingRequest;
import io.profilesim.model.MatchingResponse;
import io.profilesim.model.RuleBasedMatchingRequest;
import io.profilesim.model.RuleBasedMatchingResponse;
import io.profilesim.model.RuleBasedMatchingStatus;
import io.profilesim.model.TagResourceRequest;
import io.profilesim.model.TagResourceResponse;
import io.profilesim.model.UntagResourceRequest;
import io.profilesim.model.UntagResourceResponse;
import io.profilesim.model.UpdateDomainRequest;
import io.profilesim.model.UpdateDomainResponse;
import io.profilesim.validation.ShapeValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The domain operations: CreateDomain, GetDomain, UpdateDomain, DeleteDomain, ListDomains and the
 * tag operations on a domain's ARN.
 */
public final class DomainService {
  /** AWS quota: tags per resource. */
  static final int MAX_TAGS = 50;
  /** AWS: "the rule-based Identity Resolution waits one hour before creating the matching rule". */
  static final Duration RULE_BASED_PENDING = Duration.ofHours(1);
  private static final int DEFAULT_PAGE_SIZE = 100;
  private static final String LISTING = "ListDomains";

  private final ServiceContext context;
  private final DomainRegistry registry;
  private final List<DomainListener> listeners = new CopyOnWriteArrayList<>();

  public DomainService(ServiceContext context, DomainRegistry registry) {
    this.context = context;
    this.registry = registry;
  }

  /** Registers a listener told of every configuration change and deletion from now on. */
  public void addListener(DomainListener listener) {
    listeners.add(listener);
  }

  public CreateDomainResponse createDomain(CreateDomainRequest request) {
    DomainRules.validate(request, request.matching(), request.ruleBasedMatching());
    Instant now = context.now();
    DomainConfig config = new DomainConfig(
        request.domainName(),
        request.defaultExpirationDays(),
        emptyToNull(request.defaultEncryptionKey()),
        emptyToNull(request.deadLetterQueueUrl()),
        request.matching(),
        request.ruleBasedMatching(),
        request.dataStore(),
        request.tags(),
        now,
        now,
        request.ruleBasedMatching() == null ? null : now,
        true);
    registry.create(config, created -> listeners.forEach(l -> l.configured(created, null)));
    return new CreateDomainResponse(config.domainName(), config.defaultExpirationDays(),
        config.defaultEncryptionKey(), config.deadLetterQueueUrl(), matchingResponse(config),
        ruleBasedResponse(config), dataStoreResponse(config), config.createdAt(),
        config.lastUpdatedAt(), tagsOrNull(config.tags()));
  }

  public GetDomainResponse getDomain(GetDomainRequest request) {
    ShapeValidator.standard().validate(request);
    Domain domain = registry.get(request.domainName());
    // Stats must not count objects that have expired by now.
    domain.expireDue(context.now());
    return domain.read(() -> {
      DomainConfig config = domain.config();
      return new GetDomainResponse(config.domainName(), config.defaultExpirationDays(),
          config.defaultEncryptionKey(), config.deadLetterQueueUrl(), domain.stats().snapshot(),
          matchingResponse(config), ruleBasedResponse(config), dataStoreResponse(config),
          config.createdAt(), config.lastUpdatedAt(), tagsOrNull(config.tags()));
    });
  }

  /**
   * Changes only the members the request gives. {@code Matching}, {@code RuleBasedMatching} and
   * {@code DataStore} are replaced whole when given; an empty {@code DefaultEncryptionKey} or
   * {@code DeadLetterQueueUrl} clears it; given {@code Tags} are added to the domain's (as
   * TagResource adds them). {@code LastUpdatedAt} moves; {@code CreatedAt} never does.
   */
  public UpdateDomainResponse updateDomain(UpdateDomainRequest request) {
    DomainRules.validate(request, request.matching(), request.ruleBasedMatching());
    Domain domain = registry.get(request.domainName());
    DomainConfig config = withWriteLock(domain, () -> {
      DomainConfig before = domain.config();
      Instant now = context.now();
      Map<String, String> tags = request.tags() == null ? before.tags() : merged(before.tags(), request.tags());
      boolean ruleBasedChanged = request.ruleBasedMatching() != null;
      DomainConfig after = new DomainConfig(
          before.domainName(),
          request.defaultExpirationDays() != null ? request.defaultExpirationDays() : before.defaultExpirationDays(),
          request.defaultEncryptionKey() != null ? emptyToNull(request.defaultEncryptionKey()) : before.defaultEncryptionKey(),
          request.deadLetterQueueUrl() != null ? emptyToNull(request.deadLetterQueueUrl()) : before.deadLetterQueueUrl(),
          request.matching() != null ? request.matching() : before.matching(),
          ruleBasedChanged ? request.ruleBasedMatching() : before.ruleBasedMatching(),
          request.dataStore() != null ? request.dataStore() : before.dataStore(),
          tags,
          before.createdAt(),
          now,
          ruleBasedChanged ? now : before.ruleBasedMatchingChangedAt(),
          !ruleBasedChanged && before.ruleBasedMatchingOnNewDomain());
      domain.config(after);
      listeners.forEach(l -> l.configured(domain, before));
      return after;
    });
    return new UpdateDomainResponse(config.domainName(), config.defaultExpirationDays(),
        config.defaultEncryptionKey(), config.deadLetterQueueUrl(), matchingResponse(config),
        ruleBasedResponse(config), dataStoreResponse(config), config.createdAt(),
        config.lastUpdatedAt(), tagsOrNull(config.tags()));
  }

  public DeleteDomainResponse deleteDomain(DeleteDomainRequest request) {
    ShapeValidator.standard().validate(request);
    Domain domain = registry.get(request.domainName());
    withWriteLock(domain, () -> {
      registry.remove(domain);
      listeners.forEach(l -> l.deleted(domain));
      return null;
    });
    return new DeleteDomainResponse("Domain " + domain.name() + " was deleted with all its data");
  }

  /** Lists domains in name order; {@code MaxResults} defaults to 100. */
  public ListDomainsResponse listDomains(ListDomainsRequest request) {
    ShapeValidator.standard().validate(request);
    String after = PageToken.decode(LISTING, request.nextToken());
    int max = request.maxResults() == null ? DEFAULT_PAGE_SIZE : request.maxResults();
    List<ListDomainItem> items = new ArrayList<>();
    for (Domain d : registry.page(after, max)) {
      DomainConfig c = d.config();
      items.add(new ListDomainItem(c.domainName(), c.createdAt(), c.lastUpdatedAt(), tagsOrNull(c.tags())));
    }
    String next = null;
    if (items.size() == max && registry.hasAfter(items.get(max - 1).domainName())) {
      next = PageToken.encode(LISTING, items.get(max - 1).domainName());
    }
    return new ListDomainsResponse(items, next);
  }

  public TagResourceResponse tagResource(TagResourceRequest request) {
    ShapeValidator.standard().validate(request);
    Domain domain = domainOfArn(request.resourceArn());
    withWriteLock(domain, () -> {
      DomainConfig before = domain.config();
      domain.config(before.withTags(merged(before.tags(), request.tags())));
      return null;
    });
    return new TagResourceResponse();
  }

  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    ShapeValidator.standard().validate(request);
    Domain domain = domainOfArn(request.resourceArn());
    withWriteLock(domain, () -> {
      DomainConfig before = domain.config();
      Map<String, String> tags = new TreeMap<>(before.tags());
      request.tagKeys().forEach(tags::remove);
      domain.config(before.withTags(tags));
      return null;
    });
    return new UntagResourceResponse();
  }

  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    ShapeValidator.standard().validate(request);
    Domain domain = domainOfArn(request.resourceArn());
    return new ListTagsForResourceResponse(tagsOrNull(domain.config().tags()));
  }

  /**
   * Returns the domain of a ResourceArn of this account and region.
   *
   * @throws ResourceNotFoundException if the ARN names no domain here
   */
  private Domain domainOfArn(String arn) {
    String prefix = context.domainArn("");
    if (!arn.startsWith(prefix) || arn.length() == prefix.length()) {
      throw new ResourceNotFoundException("Resource " + arn + " not found: domain ARNs here have the"
          + " form " + prefix + "<DomainName>");
    }
    String name = arn.substring(prefix.length());
    try {
      return registry.get(name);
    } catch (ResourceNotFoundException e) {
      throw new ResourceNotFoundException("Resource " + arn + " not found");
    }
  }

  private static Map<String, String> merged(Map<String, String> current, Map<String, String> added) {
    Map<String, String> tags = new TreeMap<>(current);
    tags.putAll(added);
    if (tags.size() > MAX_TAGS) {
      throw new BadRequestException("Too many tags: the resource would have " + tags.size()
          + " tags, and at most " + MAX_TAGS + " are allowed");
    }
    return tags;
  }

  private static <T> T withWriteLock(Domain domain, Supplier<T> action) {
    return domain.write(action);
  }

  private static MatchingResponse matchingResponse(DomainConfig c) {
    MatchingRequest m = c.matching();
    return m == null ? null
        : new MatchingResponse(m.enabled(), m.jobSchedule(), m.autoMerging(), m.exportingConfig());
  }

  private RuleBasedMatchingResponse ruleBasedResponse(DomainConfig c) {
    RuleBasedMatchingRequest r = c.ruleBasedMatching();
    if (r == null) {
      return null;
    }
    return new RuleBasedMatchingResponse(r.enabled(), r.matchingRules(), ruleBasedStatus(c),
        r.maxAllowedRuleLevelForMerging(), r.maxAllowedRuleLevelForMatching(),
        r.attributeTypesSelector(), r.conflictResolution(), r.exportingConfig());
  }

  /**
   * A new domain skips PENDING (as AWS documents); a change on an existing domain waits one hour
   * of clock time in PENDING, then is ACTIVE. Disabled rule-based matching has no status.
   */
  private RuleBasedMatchingStatus ruleBasedStatus(DomainConfig c) {
    if (!Boolean.TRUE.equals(c.ruleBasedMatching().enabled())) {
      return null;
    }
    if (c.ruleBasedMatchingOnNewDomain()
        || !context.now().isBefore(c.ruleBasedMatchingChangedAt().plus(RULE_BASED_PENDING))) {
      return RuleBasedMatchingStatus.ACTIVE;
    }
    return RuleBasedMatchingStatus.PENDING;
  }

  private static DataStoreResponse dataStoreResponse(DomainConfig c) {
    DataStoreRequest d = c.dataStore();
    return d == null ? null : new DataStoreResponse(d.enabled(), null);
  }

  /** The model gives tag maps a minimum of one entry, so no tags is an absent member. */
  private static Map<String, String> tagsOrNull(Map<String, String> tags) {
    return tags.isEmpty() ? null : tags;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
