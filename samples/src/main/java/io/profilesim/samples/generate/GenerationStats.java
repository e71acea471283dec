package io.profilesim.samples.generate;

import java.util.Map;
import java.util.SortedMap;

/**
 * What a generator run produced, counted as it went.
 *
 * @param records records generated, one profile each
 * @param recordsBySource records per source, for every source
 * @param clusters true people with at least one record
 * @param households households with at least one person with a record
 * @param sharedHouseholds households with two or more people with records
 * @param twinPairs pairs of twins who both have records
 * @param clusterSizes how many people have each number of records
 * @param recordsWithVariation how many records have each variation, for every variation
 */
public record GenerationStats(long records, Map<Source, Long> recordsBySource, long clusters,
    long households, long sharedHouseholds, long twinPairs, SortedMap<Integer, Long> clusterSizes,
    Map<Variation, Long> recordsWithVariation) {}
