package io.profilesim.merging;

import io.profilesim.domain.KeyNormalizer;
import io.profilesim.domain.ProfileAttributes;
import io.profilesim.model.Consolidation;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides which profiles of one match group merge, as AWS's consolidation does: the criteria of
 * {@code MatchingAttributesList} in priority order, each an AND of exact comparisons of normalized
 * values, each applied to what the one before produced (merged profiles and the profiles it left
 * alone). A profile missing any attribute of a criterion is not selected by it. Without
 * consolidation criteria the whole group merges.
 *
 * <p>Normalization before the exact comparison, the one AWS leaves open: phone attributes compare
 * their digits ({@code 555-010-0000} equals {@code (555) 010 0000} and {@code +1 555 010 0000});
 * email attributes are trimmed and lower-cased (custom attributes are neither, whatever
 * their name); everything else is trimmed, lower-cased and has runs
 * of white space read as one space. These are the {@link KeyNormalizer} rules of PHONE_NUMBER,
 * EMAIL_ADDRESS and NAME keys, so a consolidation criterion and a profile key agree on equality.
 *
 * <p>Main profile: of the profiles (or already merged profiles) that a criterion selects together,
 * the one holding the most objects stays; ties go to the smallest ProfileId. Deterministic, and it
 * moves the fewest objects.
 */
final class Consolidator {
  private static final Comparator<Unit> MAIN_FIRST =
      Comparator.comparingInt((Unit u) -> -u.objectCount).thenComparing(u -> u.mainId);

  /**
   * One merge of a plan.
   *
   * @param criterion the 1-based criterion that selected the units, or {@code null} when the whole
   *     group merged
   * @param mainId the profile that stays
   * @param mergedIds the profiles merged into it, ascending
   * @param result the merged profile
   */
  record Step(Integer criterion, String mainId, List<String> mergedIds, Unit result) {}

  /**
   * What a group becomes.
   *
   * @param steps the merges, in the order they apply
   * @param results the profiles the group ends as, in the order of their first member
   */
  record Plan(List<Step> steps, List<Unit> results) {}

  private Consolidator() {}

  /**
   * Plans the merges of one group.
   *
   * @param profiles the group's profiles as they are now, ascending by ProfileId
   */
  static Plan plan(List<Unit> profiles, Consolidation consolidation, Resolver.Chooser chooser) {
    List<Step> steps = new ArrayList<>();
    List<Unit> current = new ArrayList<>(profiles);
    List<List<String>> criteria = consolidation == null ? null
        : consolidation.matchingAttributesList();
    if (criteria == null || criteria.isEmpty()) {
      if (current.size() > 1) {
        current = List.of(merge(current, null, chooser, steps));
      }
      return new Plan(steps, current);
    }
    for (int k = 0; k < criteria.size(); k++) {
      List<String> criterion = criteria.get(k);
      if (criterion == null || criterion.isEmpty()) {
        continue;
      }
      Map<List<String>, List<Unit>> selected = new LinkedHashMap<>();
      Map<Unit, List<Unit>> bucketOf = new IdentityHashMap<>();
      for (Unit u : current) {
        List<String> key = key(u.profile, criterion);
        if (key != null) {
          List<Unit> bucket = selected.computeIfAbsent(key, x -> new ArrayList<>());
          bucket.add(u);
          bucketOf.put(u, bucket);
        }
      }
      List<Unit> next = new ArrayList<>(current.size());
      for (Unit u : current) {
        List<Unit> bucket = bucketOf.get(u);
        if (bucket == null || bucket.size() < 2) {
          next.add(u);
        } else if (bucket.get(0) == u) {
          next.add(merge(bucket, k + 1, chooser, steps));
        }
      }
      current = next;
    }
    return new Plan(steps, current);
  }

  private static Unit merge(List<Unit> units, Integer criterion, Resolver.Chooser chooser,
      List<Step> steps) {
    List<Unit> sorted = new ArrayList<>(units);
    sorted.sort(MAIN_FIRST);
    Unit main = sorted.get(0);
    List<Unit> others = sorted.subList(1, sorted.size());
    others.sort(Comparator.comparing(u -> u.mainId));
    Unit result = Resolver.combine(main, others, chooser);
    List<String> mergedIds = new ArrayList<>(others.size());
    others.forEach(u -> mergedIds.add(u.mainId));
    steps.add(new Step(criterion, main.mainId, List.copyOf(mergedIds), result));
    return result;
  }

  /** Returns the normalized values of a criterion's attributes, or {@code null} if one is missing. */
  static List<String> key(Profile profile, List<String> criterion) {
    List<String> key = new ArrayList<>(criterion.size());
    for (String attribute : criterion) {
      Function<Profile, String> reader = ProfileAttributes.reader(attribute).orElse(null);
      String value = reader == null ? null : reader.apply(profile);
      if (value == null) {
        return null;
      }
      String normalized = KeyNormalizer.normalize(contentType(attribute), value);
      if (normalized.isEmpty()) {
        return null;
      }
      key.add(normalized);
    }
    return key;
  }

  private static FieldContentType contentType(String attribute) {
    if (attribute.startsWith("Attributes.")) {
      return FieldContentType.NAME;
    }
    if (attribute.endsWith("PhoneNumber")) {
      return FieldContentType.PHONE_NUMBER;
    }
    if (attribute.endsWith("EmailAddress")) {
      return FieldContentType.EMAIL_ADDRESS;
    }
    return FieldContentType.NAME;
  }
}
