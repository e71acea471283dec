package io.profilesim.merging;

import io.profilesim.domain.FieldStamp;
import io.profilesim.domain.FieldStamps;
import io.profilesim.domain.ProfileAttributes;
import io.profilesim.domain.ProfileFields;
import io.profilesim.model.ConflictResolution;
import io.profilesim.model.ConflictResolvingModel;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Combines the fields of profiles being merged, one field at a time.
 *
 * <p>A field is a standard field ({@code FirstName}), a custom attribute ({@code Attributes.tier}),
 * {@code EngagementPreferences}, or a whole address ({@code ShippingAddress}): an address moves as
 * one, all its parts from the same profile, so a merge never pairs one customer's street with
 * another's city. An address counts as updated when its most recently updated part was, and as
 * coming from that part's source.
 */
final class Resolver {
  static final String ENGAGEMENT = "EngagementPreferences";

  /** Picks the unit whose value of a field the merged profile takes. */
  @FunctionalInterface
  interface Chooser {
    /**
     * @param field the field (see the class comment)
     * @param units the units being merged, the main one first
     * @return the unit whose value wins, or {@code null} for no value
     */
    Unit choose(String field, List<Unit> units);
  }

  private Resolver() {}

  /** Returns what {@code main} and {@code others} become, each field's value picked by {@code chooser}. */
  static Unit combine(Unit main, List<Unit> others, Chooser chooser) {
    List<Unit> all = new ArrayList<>(others.size() + 1);
    all.add(main);
    all.addAll(others);
    TreeSet<String> fields = new TreeSet<>();
    for (Unit u : all) {
      u.values.keySet().forEach(attribute -> fields.add(fieldOf(attribute)));
      if (u.profile.engagementPreferences() != null) {
        fields.add(ENGAGEMENT);
      }
    }
    Map<String, String> changes = new HashMap<>();
    FieldStamps.Builder stamps = FieldStamps.builder();
    Map<String, Unit> winners = new HashMap<>();
    Unit engagement = main;
    for (String field : fields) {
      Unit winner = chooser.choose(field, all);
      if (field.equals(ENGAGEMENT)) {
        engagement = winner;
        continue;
      }
      for (String attribute : attributesOf(field)) {
        String value = winner == null ? null : winner.values.get(attribute);
        changes.put(attribute, value);
        if (value != null) {
          winners.put(attribute, winner);
          FieldStamp stamp = winner.stamps.get(attribute);
          if (stamp != null) {
            stamps.put(attribute, stamp);
          }
        }
      }
    }
    Profile profile = ProfileFields.apply(main.profile, changes);
    if (engagement != main) {
      profile = profile.toBuilder()
          .engagementPreferences(engagement == null ? null : engagement.profile.engagementPreferences())
          .build();
    }
    return Unit.merged(main, others, profile, stamps.build(), winners);
  }

  /**
   * Auto-merging's rule: RECENCY takes the most recently updated value; SOURCE takes the most
   * recently updated value that came from the object type {@code SourceName}, and RECENCY among all
   * when none did. Ties go to the earlier unit: the main profile, then the others in their order.
   * No conflict resolution means RECENCY, AWS's default.
   */
  static Chooser byConflictResolution(ConflictResolution resolution) {
    String preferred = resolution != null
        && resolution.conflictResolvingModel() == ConflictResolvingModel.SOURCE
        ? resolution.sourceName() : null;
    return (field, units) -> {
      Unit best = null;
      boolean bestPreferred = false;
      long bestTime = Long.MIN_VALUE;
      for (Unit u : units) {
        if (!has(u, field)) {
          continue;
        }
        boolean fromPreferred = preferred != null && preferred.equals(source(u, field));
        long time = updatedAt(u, field);
        if (best == null || (fromPreferred && !bestPreferred)
            || (fromPreferred == bestPreferred && time > bestTime)) {
          best = u;
          bestPreferred = fromPreferred;
          bestTime = time;
        }
      }
      return best;
    };
  }

  /** Returns the field an attribute belongs to: its address type for an address part. */
  static String fieldOf(String attribute) {
    int dot = attribute.indexOf('.');
    if (dot > 0) {
      for (String type : ProfileAttributes.ADDRESS_TYPES) {
        if (type.length() == dot && attribute.startsWith(type)) {
          return type;
        }
      }
    }
    return attribute;
  }

  /** Returns the attributes a field is made of. */
  static List<String> attributesOf(String field) {
    int type = ProfileAttributes.ADDRESS_TYPES.indexOf(field);
    return type < 0 ? List.of(field) : ProfileAttributes.addressAttributes(type);
  }

  /** Returns whether a unit has a value of the field. */
  static boolean has(Unit u, String field) {
    if (field.equals(ENGAGEMENT)) {
      return u.profile.engagementPreferences() != null;
    }
    for (String attribute : attributesOf(field)) {
      if (u.values.containsKey(attribute)) {
        return true;
      }
    }
    return false;
  }

  /** Returns when a unit's value of the field was last updated, or {@code Long.MIN_VALUE}. */
  private static long updatedAt(Unit u, String field) {
    long latest = Long.MIN_VALUE;
    if (field.equals(ENGAGEMENT)) {
      return latest;
    }
    for (String attribute : attributesOf(field)) {
      if (u.values.containsKey(attribute)) {
        latest = Math.max(latest, u.stamps.updatedAtMillis(attribute));
      }
    }
    return latest;
  }

  /** Returns the source of a unit's most recently updated value of the field, or {@code null}. */
  private static String source(Unit u, String field) {
    if (field.equals(ENGAGEMENT)) {
      return null;
    }
    String source = null;
    long latest = Long.MIN_VALUE;
    for (String attribute : attributesOf(field)) {
      if (u.values.containsKey(attribute)) {
        long t = u.stamps.updatedAtMillis(attribute);
        if (source == null || t > latest) {
          source = u.stamps.source(attribute);
          latest = t;
        }
      }
    }
    return source;
  }
}
