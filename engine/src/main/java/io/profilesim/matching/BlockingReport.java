package io.profilesim.matching;

import java.util.List;

/**
 * What blocking did: which pairs of profiles were compared at all.
 *
 * @param keys one entry per blocking key, in the order they run
 * @param candidatePairs distinct pairs compared, after removing pairs found by several keys
 * @param possiblePairs every pair of profiles, {@code n (n - 1) / 2}
 * @param reductionRatio {@code 1 - candidatePairs / possiblePairs}
 * @param cappedBlocks blocks larger than the maximum block size, skipped: the 100 largest,
 *     largest first
 */
public record BlockingReport(
    List<KeyReport> keys,
    long candidatePairs,
    long possiblePairs,
    double reductionRatio,
    List<CappedBlock> cappedBlocks) {

  public BlockingReport {
    keys = List.copyOf(keys);
    cappedBlocks = List.copyOf(cappedBlocks);
  }

  /**
   * One blocking key.
   *
   * @param key its name, for example {@code BirthDate+LastName.phonetic}
   * @param blocks blocks of two or more profiles it formed (capped ones included)
   * @param pairs pairs it proposed, before de-duplication across keys
   * @param cappedBlocks blocks it skipped for their size
   */
  public record KeyReport(String key, long blocks, long pairs, long cappedBlocks) {}

  /**
   * A block skipped for its size.
   *
   * @param key the blocking key
   * @param value the shared value, readable
   * @param size how many profiles share it
   */
  public record CappedBlock(String key, String value, int size) {}
}
