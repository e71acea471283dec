package io.profilesim.model;

/**
 * Usage-specific statistics about the domain.
 *
 * <p>Shape {@code DomainStats}.
 *
 * @param profileCount the total number of profiles currently in the domain.
 * @param meteringProfileCount the number of profiles that you are currently paying for in the
 * domain. If you have more than 100 objects associated with a single profile, that profile counts
 * as two profiles.
 * @param objectCount the total number of objects in domain.
 * @param totalSize the total size, in bytes, of all objects in the domain.
 */
public record DomainStats(
    Long profileCount,
    Long meteringProfileCount,
    Long objectCount,
    Long totalSize) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .profileCount(profileCount)
        .meteringProfileCount(meteringProfileCount)
        .objectCount(objectCount)
        .totalSize(totalSize);
  }

  /** Builds a {@link DomainStats}. */
  public static final class Builder {
    private Long profileCount;
    private Long meteringProfileCount;
    private Long objectCount;
    private Long totalSize;

    private Builder() {}

    /** Sets {@code ProfileCount}. */
    public Builder profileCount(Long profileCount) {
      this.profileCount = profileCount;
      return this;
    }

    /** Sets {@code MeteringProfileCount}. */
    public Builder meteringProfileCount(Long meteringProfileCount) {
      this.meteringProfileCount = meteringProfileCount;
      return this;
    }

    /** Sets {@code ObjectCount}. */
    public Builder objectCount(Long objectCount) {
      this.objectCount = objectCount;
      return this;
    }

    /** Sets {@code TotalSize}. */
    public Builder totalSize(Long totalSize) {
      this.totalSize = totalSize;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public DomainStats build() {
      return new DomainStats(profileCount, meteringProfileCount, objectCount, totalSize);
    }
  }
}
