package io.profilesim.samples.generate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts what a run generates, person by person and record by record. */
final class StatsCounter {
  private final long[] bySource = new long[Source.values().length];
  private final long[] byVariation = new long[Variation.values().length];
  private final TreeMap<Integer, Long> clusterSizes = new TreeMap<>();
  private long records;
  private long clusters;
  private long households;
  private long sharedHouseholds;
  private long twinPairs;

  void person(int records) {
    clusters++;
    clusterSizes.merge(records, 1L, Long::sum);
  }

  void household(int peopleWithRecords, boolean bothTwinsHaveRecords) {
    if (peopleWithRecords > 0) {
      households++;
    }
    if (peopleWithRecords > 1) {
      sharedHouseholds++;
    }
    if (bothTwinsHaveRecords) {
      twinPairs++;
    }
  }

  void record(GeneratedRecord record) {
    records++;
    bySource[record.source().ordinal()]++;
    for (Variation v : record.variations()) {
      byVariation[v.ordinal()]++;
    }
  }

  GenerationStats snapshot() {
    Map<Source, Long> sources = new EnumMap<>(Source.class);
    for (Source s : Source.values()) {
      sources.put(s, bySource[s.ordinal()]);
    }
    Map<Variation, Long> variations = new EnumMap<>(Variation.class);
    for (Variation v : Variation.values()) {
      variations.put(v, byVariation[v.ordinal()]);
    }
    SortedMap<Integer, Long> sizes = Collections.unmodifiableSortedMap(new TreeMap<>(clusterSizes));
    return new GenerationStats(records, Collections.unmodifiableMap(sources), clusters, households,
        sharedHouseholds, twinPairs, sizes, Collections.unmodifiableMap(variations));
  }
}
