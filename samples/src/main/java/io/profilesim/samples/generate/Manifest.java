package io.profilesim.samples.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a generator run wrote, from which settings, and how much of each
 * kind. Written with the project's JSON conventions (AWS-style member names, keys in order).
 *
 * @param generator what wrote the files
 * @param profiles the records written, one profile each
 * @param clusters the true people (distinct {@code cluster} values in the truth)
 * @param variations records per variation; a record may have several
 */
record Manifest(String generator, long profiles, long clusters, long households,
    long sharedHouseholds, long twinPairs, List<SourceFile> sources, String truthFile,
    String truthDetailsFile, List<ClusterSize> clusterSizes, Map<Variation, Long> variations,
    GeneratorSettings settings) {

  /** One source's files and record count. */
  record SourceFile(String objectTypeName, String dataFile, String format, String objectTypeFile,
      String keyField, String timestampField, long records) {}

  /** How many people have {@code records} records. */
  record ClusterSize(int records, long clusters) {}

  static Manifest of(GeneratorSettings settings, GenerationStats stats) {
    List<SourceFile> sources = new ArrayList<>();
    for (Source s : Source.values()) {
      sources.add(new SourceFile(s.objectTypeName(), s.fileName(), s.format().name(),
          CustomerDataGenerator.objectTypeFile(s), s.keyField(), s.timestampField(),
          stats.recordsBySource().get(s)));
    }
    List<ClusterSize> sizes = new ArrayList<>();
    stats.clusterSizes().forEach((records, count) -> sizes.add(new ClusterSize(records, count)));
    return new Manifest("profilesim CustomerDataGenerator", stats.records(), stats.clusters(),
        stats.households(), stats.sharedHouseholds(), stats.twinPairs(), sources,
        CustomerDataGenerator.TRUTH_FILE, CustomerDataGenerator.TRUTH_DETAILS_FILE, sizes,
        stats.recordsWithVariation(), settings);
  }
}
