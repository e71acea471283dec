package io.profilesim.merging;

import io.profilesim.FieldSource;
import io.profilesim.domain.FieldStamp;
import io.profilesim.domain.FieldStamps;
import io.profilesim.domain.ProfileFields;
import io.profilesim.domain.StoredProfile;
import io.profilesim.model.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile as merging sees it: one stored profile, or several already consolidated into one by an
 * earlier criterion. It remembers which original profile each field's value came from, so a value
 * that travelled through two merges still names the profile that held it first.
 */
final class Unit {
  final String mainId;
  /** Every original profile in the unit, the main one first. */
  final List<String> memberIds;
  /** The fields, {@code profileId} set to {@link #mainId}. */
  final Profile profile;
  final FieldStamps stamps;
  /** Each field with a value, by attribute name ({@link ProfileFields#values}). */
  final Map<String, String> values;
  /** The original profile of each field's value; absent means {@link #mainId}. */
  private final Map<String, String> origins;
  final int objectCount;

  private Unit(String mainId, List<String> memberIds, Profile profile, FieldStamps stamps,
      Map<String, String> origins, int objectCount) {
    this.mainId = mainId;
    this.memberIds = List.copyOf(memberIds);
    this.profile = profile;
    this.stamps = stamps;
    this.values = ProfileFields.values(profile);
    this.origins = origins;
    this.objectCount = objectCount;
  }

  static Unit of(StoredProfile stored) {
    return new Unit(stored.profileId(), List.of(stored.profileId()), stored.profile(),
        stored.stamps(), Map.of(), stored.objectCount());
  }

  /**
   * Returns the unit that {@code main} and {@code others} become, with the given fields; {@code
   * winners} says which unit each attribute's value was taken from.
   */
  static Unit merged(Unit main, List<Unit> others, Profile profile, FieldStamps stamps,
      Map<String, Unit> winners) {
    List<String> members = new ArrayList<>(main.memberIds);
    int objects = main.objectCount;
    for (Unit u : others) {
      members.addAll(u.memberIds);
      objects += u.objectCount;
    }
    Map<String, String> origins = new HashMap<>();
    winners.forEach((attribute, unit) -> {
      String origin = unit.origin(attribute);
      if (!origin.equals(main.mainId)) {
        origins.put(attribute, origin);
      }
    });
    return new Unit(main.mainId, members, profile, stamps, origins, objects);
  }

  /** Returns the original profile that held this unit's value of {@code attribute}. */
  String origin(String attribute) {
    return origins.getOrDefault(attribute, mainId);
  }

  /** Returns the original profiles merged into the main one. */
  List<String> mergedIds() {
    return memberIds.subList(1, memberIds.size());
  }

  /** Returns where each field's value came from, by attribute name in {@link #values} order. */
  Map<String, FieldSource> fieldSources() {
    Map<String, FieldSource> sources = new LinkedHashMap<>();
    for (String attribute : values.keySet()) {
      FieldStamp stamp = stamps.get(attribute);
      sources.put(attribute, new FieldSource(origin(attribute),
          stamp == null ? null : stamp.source(), stamp == null ? null : stamp.updatedAt()));
    }
    return sources;
  }
}
