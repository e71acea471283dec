package io.profilesim.ingest;

/**
 * Shares one String instance among equal short field values (first names, cities, countries,
 * tiers repeat across millions of profiles), so each profile does not keep its own copy of
 * {@code "London"}. A fixed table where a new value takes the slot of its hash: no allocation, no
 * lock (a String is immutable, so a racy slot read sees a whole value or the previous one), and
 * values that never repeat cost one comparison. Which instance a profile holds never shows in any
 * output.
 */
final class ValueCache {
  private static final int SLOTS = 1 << 16;
  private static final int MAX_LENGTH = 32;

  private final String[] slots = new String[SLOTS];

  /** Returns an equal instance seen before, or {@code value} itself. */
  String share(String value) {
    if (value == null || value.length() > MAX_LENGTH) {
      return value;
    }
    int h = value.hashCode();
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    String cached = slots[slot];
    if (value.equals(cached)) {
      return cached;
    }
    slots[slot] = value;
    return value;
  }
}
