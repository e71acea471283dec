package io.profilesim.merging;

import io.profilesim.AutoMergingPreview;
import io.profilesim.MergeRecord;
import io.profilesim.ProfileLineage;
import io.profilesim.domain.Domain;
import io.profilesim.domain.DomainRegistry;
import io.profilesim.domain.DomainRules;
import io.profilesim.domain.ProfileStore;
import io.profilesim.domain.ServiceContext;
import io.profilesim.domain.StoredProfile;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.ResourceNotFoundException;
import io.profilesim.exception.Violation;
import io.profilesim.job.AutoMerger;
import io.profilesim.job.MatchOutcome;
import io.profilesim.model.AutoMerging;
import io.profilesim.model.FieldSourceProfileIds;
import io.profilesim.model.GetAutoMergingPreviewRequest;
import io.profilesim.model.GetAutoMergingPreviewResponse;
import io.profilesim.model.MatchItem;
import io.profilesim.model.MergeProfilesRequest;
import io.profilesim.model.MergeProfilesResponse;
import io.profilesim.validation.ShapeValidator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges profiles: the MERGING step of the Identity Resolution Job ({@link AutoMerger}),
 * MergeProfiles, GetAutoMergingPreview (AWS's counts and a full preview), and the lineage of merged
 * profiles.
 *
 * <p>Auto-merging, per match group: only a group whose ConfidenceScore is greater than or equal to
 * MinAllowedConfidenceScoreForMerging merges (every group when none is set); its profiles are read
 * as they are when the group is applied, so a profile deleted or merged since the job's snapshot
 * is skipped and a field ingested meanwhile takes part; the criteria then select who merges ({@link
 * Consolidator}) and the conflict resolution picks each field ({@link Resolver}). Each group is
 * applied atomically under the domain's write lock, so ingestion goes on between groups.
 */
public final class MergeService implements AutoMerger {
  private static final List<RecordComponent> FIELD_SOURCE_MEMBERS =
      List.of(FieldSourceProfileIds.class.getRecordComponents());

  private final ServiceContext context;
  private final DomainRegistry registry;

  public MergeService(ServiceContext context, DomainRegistry registry) {
    this.context = context;
    this.registry = registry;
  }

  // ---------------------------------------------------------------- auto-merge

  @Override
  public List<MergeRecord> autoMerge(Domain domain, MatchOutcome matches, AutoMerging autoMerging,
      String jobId) {
    Lineage lineage = lineage(domain);
    Resolver.Chooser chooser = Resolver.byConflictResolution(autoMerging.conflictResolution());
    List<MergeRecord> records = new ArrayList<>();
    for (MatchItem group : matches.matches()) {
      if (!reaches(group.confidenceScore(), autoMerging.minAllowedConfidenceScoreForMerging())) {
        continue;
      }
      records.addAll(domain.write(() -> {
        List<Unit> units = current(domain.store(), group.profileIds());
        if (units.size() < 2) {
          return List.<MergeRecord>of();
        }
        Consolidator.Plan plan = Consolidator.plan(units, autoMerging.consolidation(), chooser);
        List<MergeRecord> applied = new ArrayList<>(plan.steps().size());
        for (Consolidator.Step step : plan.steps()) {
          MergeRecord record = record(jobId, group, step);
          apply(domain.store(), lineage, record, step.result());
          applied.add(record);
        }
        return applied;
      }));
    }
    return records;
  }

  /** The threshold is inclusive: a group scoring exactly the minimum merges. */
  static boolean reaches(Double score, Double minimum) {
    return minimum == null || (score != null && score >= minimum);
  }

  // ---------------------------------------------------------------- MergeProfiles

  /**
   * Merges profiles into a main profile, with AWS's semantics: the objects and keys of every
   * profile move to the main one and the others are deleted; a field only one profile has is kept
   * (union); a field several have takes the main profile's value, unless FieldSourceProfileIds
   * names the profile to take it from, "even if it is a NULL value". Without a main profile value,
   * the first profile of ProfileIdsToBeMerged that has one gives it. Addresses move whole.
   *
   * <p>Retrying is harmless: a profile of ProfileIdsToBeMerged that an earlier merge already put
   * into the main profile is skipped, so the same request twice changes nothing the second time.
   *
   * @throws BadRequestException if the request breaks the model's constraints, repeats a profile,
   *     lists the main profile among those to merge, or names a field source outside the merge
   * @throws ResourceNotFoundException if the domain or a profile does not exist
   */
  public MergeProfilesResponse mergeProfiles(MergeProfilesRequest request) {
    ShapeValidator.standard().validate(request);
    String mainId = request.mainProfileId();
    List<Violation> violations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String id : request.profileIdsToBeMerged()) {
      if (id.equals(mainId)) {
        violations.add(new Violation("profileIdsToBeMerged", id,
            "Member must not contain MainProfileId: a profile cannot be merged into itself"));
      } else if (!seen.add(id)) {
        violations.add(new Violation("profileIdsToBeMerged", id,
            "Member must not name a profile twice"));
      }
    }
    Map<String, String> named = namedSources(request.fieldSourceProfileIds());
    named.forEach((field, id) -> {
      if (!id.equals(mainId) && !seen.contains(id)) {
        violations.add(new Violation("fieldSourceProfileIds." + memberPath(field), id,
            "Member must be MainProfileId or one of ProfileIdsToBeMerged"));
      }
    });
    if (!violations.isEmpty()) {
      throw BadRequestException.of(violations);
    }
    Domain domain = registry.get(request.domainName());
    domain.expireDue(context.now());
    Lineage lineage = lineage(domain);
    return domain.write(() -> {
      ProfileStore store = domain.store();
      Unit main = Unit.of(store.requireProfile(mainId));
      List<Unit> others = new ArrayList<>();
      for (String id : request.profileIdsToBeMerged()) {
        StoredProfile p = store.profile(id);
        if (p == null && alreadyMergedInto(lineage, id, mainId)) {
          continue;
        }
        others.add(Unit.of(store.requireProfile(id)));
      }
      if (others.isEmpty()) {
        return new MergeProfilesResponse(
            "Nothing to merge: every profile was already merged into " + mainId);
      }
      Unit result = Resolver.combine(main, others, (field, units) -> {
        String source = named.get(field);
        if (source != null) {
          for (Unit u : units) {
            if (u.mainId.equals(source)) {
              return u;
            }
          }
          // The named profile was merged by an earlier call: its value is already in the main one.
        }
        for (Unit u : units) {
          if (Resolver.has(u, field)) {
            return u;
          }
        }
        return null;
      });
      List<String> mergedIds = result.mergedIds();
      MergeRecord record = new MergeRecord(null, null, null, null, mainId, mergedIds,
          result.fieldSources());
      apply(store, lineage, record, result);
      return new MergeProfilesResponse("Merged " + mergedIds.size()
          + (mergedIds.size() == 1 ? " profile" : " profiles") + " into " + mainId);
    });
  }

  private static boolean alreadyMergedInto(Lineage lineage, String id, String mainId) {
    for (ProfileLineage.Step step : lineage.chain(id)) {
      if (step.mainProfileId().equals(mainId)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the profile each field names, by field ({@code FirstName}, {@code Attributes.k}). */
  private static Map<String, String> namedSources(FieldSourceProfileIds sources) {
    Map<String, String> named = new LinkedHashMap<>();
    if (sources == null) {
      return named;
    }
    for (RecordComponent c : FIELD_SOURCE_MEMBERS) {
      Object value = read(c, sources);
      if (value instanceof Map<?, ?> attributes) {
        attributes.forEach((k, v) -> named.put("Attributes." + k, (String) v));
      } else if (value != null) {
        named.put(Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1),
            (String) value);
      }
    }
    return named;
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }

  /** Returns a field's member path in a validation message: {@code firstName}, {@code attributes.k}. */
  private static String memberPath(String field) {
    return field.startsWith("Attributes.") ? "attributes." + field.substring(11)
        : Character.toLowerCase(field.charAt(0)) + field.substring(1);
  }

  // ---------------------------------------------------------------- preview

  /**
   * Answers GetAutoMergingPreview: how many groups and profiles the latest matches hold and how
   * many profiles the given settings would merge away. Every group is reviewed (AWS samples some),
   * so the answer is deterministic.
   *
   * @param latestMatches the match groups of the domain's latest completed job
   */
  public GetAutoMergingPreviewResponse preview(GetAutoMergingPreviewRequest request,
      List<MatchItem> latestMatches) {
    AutoMergingPreview full = autoMergingPreview(request, latestMatches);
    return new GetAutoMergingPreviewResponse(full.domainName(), full.numberOfMatchesInSample(),
        full.numberOfProfilesInSample(), full.numberOfProfilesWillBeMerged());
  }

  /**
   * Returns, group by group, what auto-merging with the given settings would do to the profiles as
   * they are now; changes nothing.
   *
   * @param latestMatches the match groups of the domain's latest completed job
   * @throws BadRequestException if the settings are invalid
   * @throws ResourceNotFoundException if the domain does not exist
   */
  public AutoMergingPreview autoMergingPreview(GetAutoMergingPreviewRequest request,
      List<MatchItem> latestMatches) {
    List<Violation> violations = ShapeValidator.standard().check(request);
    DomainRules.checkAutoMerging(request.consolidation(), request.conflictResolution(), "",
        violations);
    if (!violations.isEmpty()) {
      throw BadRequestException.of(violations);
    }
    Domain domain = registry.get(request.domainName());
    domain.expireDue(context.now());
    Resolver.Chooser chooser = Resolver.byConflictResolution(request.conflictResolution());
    List<MatchItem> sorted = new ArrayList<>(latestMatches);
    sorted.sort(Comparator.comparing(MatchItem::matchId));
    return domain.read(() -> {
      List<AutoMergingPreview.Group> groups = new ArrayList<>(sorted.size());
      long profiles = 0;
      long merged = 0;
      for (MatchItem item : sorted) {
        List<Unit> units = current(domain.store(), item.profileIds());
        List<String> present = new ArrayList<>(units.size());
        units.forEach(u -> present.add(u.mainId));
        profiles += units.size();
        boolean reaches =
            reaches(item.confidenceScore(), request.minAllowedConfidenceScoreForMerging());
        List<MergeRecord> records = new ArrayList<>();
        List<AutoMergingPreview.Result> results = new ArrayList<>();
        if (reaches && units.size() > 1) {
          Consolidator.Plan plan = Consolidator.plan(units, request.consolidation(), chooser);
          plan.steps().forEach(step -> records.add(record(null, item, step)));
          for (Unit u : plan.results()) {
            if (u.memberIds.size() > 1) {
              merged += u.memberIds.size() - 1;
              results.add(new AutoMergingPreview.Result(u.mainId, u.mergedIds(), u.values,
                  u.fieldSources()));
            }
          }
        }
        groups.add(new AutoMergingPreview.Group(item.matchId(), item.confidenceScore(), reaches,
            present, records, results));
      }
      return new AutoMergingPreview(request.domainName(), sorted.size(), profiles, merged, groups);
    });
  }

  // ---------------------------------------------------------------- lineage

  /**
   * Returns where a profile went: the chain of merges from it to the profile that holds its data
   * now, or the profile itself when it was never merged.
   *
   * @throws ResourceNotFoundException if the domain does not exist, or the profile neither exists
   *     nor was ever merged
   */
  public ProfileLineage lineage(String domainName, String profileId) {
    Domain domain = registry.get(domainName);
    domain.expireDue(context.now());
    Lineage lineage = lineage(domain);
    return domain.read(() -> {
      List<ProfileLineage.Step> chain = lineage.chain(profileId);
      String end = chain.isEmpty() ? profileId : chain.get(chain.size() - 1).mainProfileId();
      boolean exists = domain.store().profile(end) != null;
      if (chain.isEmpty() && !exists) {
        throw new ResourceNotFoundException(
            domain.store().notFound(profileId) + ", and no merge took it");
      }
      return new ProfileLineage(profileId, exists ? end : null, chain);
    });
  }

  // ---------------------------------------------------------------- shared

  private static Lineage lineage(Domain domain) {
    return domain.attachment(Lineage.class, Lineage::new);
  }

  /** Returns the group's profiles that exist now, ascending by ProfileId. Needs a domain lock. */
  private static List<Unit> current(ProfileStore store, List<String> profileIds) {
    List<String> ids = new ArrayList<>(profileIds);
    ids.sort(null);
    List<Unit> units = new ArrayList<>(ids.size());
    for (String id : ids) {
      StoredProfile p = store.profile(id);
      if (p != null) {
        units.add(Unit.of(p));
      }
    }
    return units;
  }

  private static MergeRecord record(String jobId, MatchItem group, Consolidator.Step step) {
    return new MergeRecord(jobId, group.matchId(), group.confidenceScore(), step.criterion(),
        step.mainId(), step.mergedIds(), step.result().fieldSources());
  }

  /** Applies a merge to the store and remembers it; needs the domain's write lock. */
  private void apply(ProfileStore store, Lineage lineage, MergeRecord record, Unit result) {
    store.merge(record.mainProfileId(), record.mergedProfileIds(), result.profile, result.stamps);
    Instant now = context.now();
    for (String merged : record.mergedProfileIds()) {
      lineage.record(new ProfileLineage.Step(merged, record.mainProfileId(), record.jobId(),
          record.matchId(), record.criterion(), now));
    }
  }
}
