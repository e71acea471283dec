package io.profilesim.model;

import java.time.Instant;
import java.util.Map;

/**
 * A ProfileObjectType instance.
 *
 * <p>Shape {@code ListProfileObjectTypeItem}. Required: {@code ObjectTypeName}, {@code Description}.
 *
 * @param objectTypeName the name of the profile object type.
 * @param description description of the profile object type.
 * @param createdAt the timestamp of when the domain was created.
 * @param lastUpdatedAt the timestamp of when the profile object type was most recently edited.
 * @param maxProfileObjectCount the amount of profile object max count assigned to the object type.
 * @param maxAvailableProfileObjectCount the amount of provisioned profile object max count
 * available.
 * @param sourcePriority an integer that determines the priority of this object type when data from
 * multiple sources is ingested. Lower values take priority.
 * @param tags the tags used to organize, track, or control access for this resource.
 */
public record ListProfileObjectTypeItem(
    String objectTypeName,
    String description,
    Instant createdAt,
    Instant lastUpdatedAt,
    Integer maxProfileObjectCount,
    Integer maxAvailableProfileObjectCount,
    Integer sourcePriority,
    Map<String, String> tags) {

  public ListProfileObjectTypeItem {
    tags = Shapes.copyOf(tags);
  }

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .objectTypeName(objectTypeName)
        .description(description)
        .createdAt(createdAt)
        .lastUpdatedAt(lastUpdatedAt)
        .maxProfileObjectCount(maxProfileObjectCount)
        .maxAvailableProfileObjectCount(maxAvailableProfileObjectCount)
        .sourcePriority(sourcePriority)
        .tags(tags);
  }

  /** Builds a {@link ListProfileObjectTypeItem}. */
  public static final class Builder {
    private String objectTypeName;
    private String description;
    private Instant createdAt;
    private Instant lastUpdatedAt;
    private Integer maxProfileObjectCount;
    private Integer maxAvailableProfileObjectCount;
    private Integer sourcePriority;
    private Map<String, String> tags;

    private Builder() {}

    /** Sets {@code ObjectTypeName}. */
    public Builder objectTypeName(String objectTypeName) {
      this.objectTypeName = objectTypeName;
      return this;
    }

    /** Sets {@code Description}. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets {@code CreatedAt}. */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets {@code LastUpdatedAt}. */
    public Builder lastUpdatedAt(Instant lastUpdatedAt) {
      this.lastUpdatedAt = lastUpdatedAt;
      return this;
    }

    /** Sets {@code MaxProfileObjectCount}. */
    public Builder maxProfileObjectCount(Integer maxProfileObjectCount) {
      this.maxProfileObjectCount = maxProfileObjectCount;
      return this;
    }

    /** Sets {@code MaxAvailableProfileObjectCount}. */
    public Builder maxAvailableProfileObjectCount(Integer maxAvailableProfileObjectCount) {
      this.maxAvailableProfileObjectCount = maxAvailableProfileObjectCount;
      return this;
    }

    /** Sets {@code SourcePriority}. */
    public Builder sourcePriority(Integer sourcePriority) {
      this.sourcePriority = sourcePriority;
      return this;
    }

    /** Sets {@code Tags}. */
    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public ListProfileObjectTypeItem build() {
      return new ListProfileObjectTypeItem(
          objectTypeName,
          description,
          createdAt,
          lastUpdatedAt,
          maxProfileObjectCount,
          maxAvailableProfileObjectCount,
          sourcePriority,
          tags);
    }
  }
}
