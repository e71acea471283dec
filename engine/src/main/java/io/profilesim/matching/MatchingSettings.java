package io.profilesim.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a matching run compares, blocks, scores and groups profiles. Immutable; build one with
 * {@link #builder()}. Every default is documented on its builder method; {@link #defaults()} is
 * the one configuration profilesim is evaluated with.
 */
public final class MatchingSettings {
  /** The attributes compared unless others are named. */
  public static final List<String> DEFAULT_ATTRIBUTES = List.of("FirstName", "MiddleName",
      "LastName", "BirthDate", "EmailAddress", "PhoneNumber", "Address", "Address.City",
      "Address.PostalCode", "Address.State", "Address.Country");

  /** The attributes that may be named besides {@code Attributes.<key>}. */
  public static final Set<String> KNOWN_ATTRIBUTES = Set.copyOf(concat(DEFAULT_ATTRIBUTES,
      List.of("BusinessName", "AccountNumber", "Gender")));

  /** At most this many comparisons: a pair's levels are packed four bits each into a long. */
  public static final int MAX_ATTRIBUTES = 15;

  private static final MatchingSettings DEFAULTS = builder().build();

  private final List<String> attributes;
  private final double matchThreshold;
  private final boolean nicknames;
  private final boolean termFrequencyAdjustment;
  private final int maxBlockSize;
  private final int genericValueThreshold;
  private final String defaultCountryCode;
  private final long seed;
  private final int threads;
  private final TrainedParameters parameters;

  private MatchingSettings(Builder b) {
    this.attributes = List.copyOf(b.attributes);
    this.matchThreshold = b.matchThreshold;
    this.nicknames = b.nicknames;
    this.termFrequencyAdjustment = b.termFrequencyAdjustment;
    this.maxBlockSize = b.maxBlockSize;
    this.genericValueThreshold = b.genericValueThreshold;
    this.defaultCountryCode = b.defaultCountryCode;
    this.seed = b.seed;
    this.threads = b.threads;
    this.parameters = b.parameters;
  }

  /** The default configuration. */
  public static MatchingSettings defaults() {
    return DEFAULTS;
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.attributes = new ArrayList<>(attributes);
    b.matchThreshold = matchThreshold;
    b.nicknames = nicknames;
    b.termFrequencyAdjustment = termFrequencyAdjustment;
    b.maxBlockSize = maxBlockSize;
    b.genericValueThreshold = genericValueThreshold;
    b.defaultCountryCode = defaultCountryCode;
    b.seed = seed;
    b.threads = threads;
    b.parameters = parameters;
    return b;
  }

  /** The attributes compared, in order. */
  public List<String> attributes() {
    return attributes;
  }

  /** Pairs whose match probability is at least this are linked into groups. */
  public double matchThreshold() {
    return matchThreshold;
  }

  /** Whether given names in one nickname group ({@code Bob}, {@code Robert}) count as close. */
  public boolean nicknames() {
    return nicknames;
  }

  /** Whether exact agreement on a name, email, phone or street is weighted by its rarity. */
  public boolean termFrequencyAdjustment() {
    return termFrequencyAdjustment;
  }

  /** Blocks with more profiles than this are skipped and reported. */
  public int maxBlockSize() {
    return maxBlockSize;
  }

  /** An email, phone or street held by more profiles than this is generic: it is ignored. */
  public int genericValueThreshold() {
    return genericValueThreshold;
  }

  /** The country calling code given to phone numbers written without one. */
  public String defaultCountryCode() {
    return defaultCountryCode;
  }

  /** The seed of the random pairs that estimate u. */
  public long seed() {
    return seed;
  }

  /** How many threads a run uses; results do not depend on it. */
  public int threads() {
    return threads;
  }

  /** Fixed parameters to use instead of training, or null to train on the profiles. */
  public TrainedParameters parameters() {
    return parameters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchingSettings s && attributes.equals(s.attributes)
        && matchThreshold == s.matchThreshold && nicknames == s.nicknames
        && termFrequencyAdjustment == s.termFrequencyAdjustment
        && maxBlockSize == s.maxBlockSize && genericValueThreshold == s.genericValueThreshold
        && defaultCountryCode.equals(s.defaultCountryCode) && seed == s.seed
        && threads == s.threads && Objects.equals(parameters, s.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attributes, matchThreshold, nicknames, termFrequencyAdjustment,
        maxBlockSize, genericValueThreshold, defaultCountryCode, seed, threads, parameters);
  }

  @Override
  public String toString() {
    return "MatchingSettings{attributes=" + attributes + ", matchThreshold=" + matchThreshold
        + ", nicknames=" + nicknames + ", termFrequencyAdjustment=" + termFrequencyAdjustment
        + ", maxBlockSize=" + maxBlockSize + ", genericValueThreshold=" + genericValueThreshold
        + ", defaultCountryCode=" + defaultCountryCode + ", seed=" + seed + ", threads=" + threads
        + ", parameters=" + (parameters == null ? "trained" : "fixed") + "}";
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Builds {@link MatchingSettings}; each setter checks its argument at once. */
  public static final class Builder {
    private List<String> attributes = new ArrayList<>(DEFAULT_ATTRIBUTES);
    private double matchThreshold = 0.9;
    private boolean nicknames = true;
    private boolean termFrequencyAdjustment = true;
    private int maxBlockSize = 500;
    private int genericValueThreshold = 50;
    private String defaultCountryCode = "1";
    private long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private TrainedParameters parameters;

    private Builder() {}

    /**
     * The attributes to compare (default {@link #DEFAULT_ATTRIBUTES}): {@code FirstName},
     * {@code MiddleName}, {@code LastName}, {@code BirthDate}, {@code EmailAddress} (all three
     * emails), {@code PhoneNumber} (all four phones), {@code Address} (the street lines of all
     * four addresses), {@code Address.City}, {@code Address.PostalCode}, {@code Address.State}
     * (or province), {@code Address.Country}, and when named {@code BusinessName},
     * {@code AccountNumber}, {@code Gender} and {@code Attributes.<key>}. An attribute that
     * (almost) no profile has is left out of the model at run time.
     *
     * @throws IllegalArgumentException if a name is unknown, repeated, or there are more than 15
     */
    public Builder attributes(List<String> names) {
      requireArgument(names != null && !names.isEmpty(), "attributes must not be empty");
      requireArgument(names.size() <= MAX_ATTRIBUTES,
          "at most %s attributes can be compared, got %s", MAX_ATTRIBUTES, names.size());
      Set<String> seen = new LinkedHashSet<>();
      for (String n : names) {
        requireArgument(n != null && (KNOWN_ATTRIBUTES.contains(n)
                || (n.startsWith("Attributes.") && n.length() > "Attributes.".length())),
            "unknown attribute '%s' (expected one of %s or Attributes.<key>)", n,
            new java.util.TreeSet<>(KNOWN_ATTRIBUTES));
        requireArgument(seen.add(n), "attribute '%s' is named twice", n);
      }
      this.attributes = new ArrayList<>(names);
      return this;
    }

    /**
     * The match probability at or above which two profiles are linked (default 0.9): a pair
     * must be nine times more likely the same person than not. Two reasons for more than the
     * even odds of 0.5: the model multiplies attribute evidence as if attributes were
     * independent, which makes its odds overconfident; and a link can end in a merge, which
     * cannot be undone.
     *
     * @throws IllegalArgumentException unless {@code 0 < threshold <= 1}
     */
    public Builder matchThreshold(double threshold) {
      requireArgument(threshold > 0 && threshold <= 1,
          "match threshold must be in (0, 1], got %s", threshold);
      this.matchThreshold = threshold;
      return this;
    }

    /** Whether nickname groups count as a close given-name level (default true). */
    public Builder nicknames(boolean enabled) {
      this.nicknames = enabled;
      return this;
    }

    /** Whether exact agreement is weighted by the value's frequency (default true). */
    public Builder termFrequencyAdjustment(boolean enabled) {
      this.termFrequencyAdjustment = enabled;
      return this;
    }

    /**
     * The largest block compared pair by pair (default 500, the number of profiles above which
     * AWS's rule-based matching calls an attribute low-cardinality and skips it). A larger block
     * would cost quadratic work for pairs that other blocking keys find anyway.
     *
     * @throws IllegalArgumentException if below 2
     */
    public Builder maxBlockSize(int size) {
      requireArgument(size >= 2, "max block size must be at least 2, got %s", size);
      this.maxBlockSize = size;
      return this;
    }

    /**
     * The number of profiles above which an email, phone number or street line is generic
     * (default 50): one person rarely has that many profiles and a household never does, so such
     * a value is a placeholder ({@code noemail@...}) or a switchboard, and it neither blocks nor
     * counts as evidence.
     *
     * @throws IllegalArgumentException if below 2
     */
    public Builder genericValueThreshold(int profiles) {
      requireArgument(profiles >= 2, "generic value threshold must be at least 2, got %s",
          profiles);
      this.genericValueThreshold = profiles;
      return this;
    }

    /**
     * The calling code for phone numbers written without {@code +} or {@code 00} (default
     * {@code 1}, North America).
     *
     * @throws IllegalArgumentException unless 1 to 3 digits
     */
    public Builder defaultCountryCode(String code) {
      requireArgument(code != null && code.matches("[1-9][0-9]{0,2}"),
          "default country code must be 1 to 3 digits not starting with 0, got '%s'", code);
      this.defaultCountryCode = code;
      return this;
    }

    /** The seed of the random pairs that estimate u (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Threads used by a run (default: the available processors). Results are identical for any
     * value.
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder threads(int threads) {
      requireArgument(threads >= 1, "threads must be at least 1, got %s", threads);
      this.threads = threads;
      return this;
    }

    /** Parameters to score with instead of training (default null: train on the profiles). */
    public Builder parameters(TrainedParameters parameters) {
      this.parameters = parameters;
      return this;
    }

    /** Returns the settings. */
    public MatchingSettings build() {
      return new MatchingSettings(this);
    }

    private static void requireArgument(boolean ok, String format, Object... args) {
      if (!ok) {
        throw new IllegalArgumentException(String.format(format, args));
      }
    }
  }
}
