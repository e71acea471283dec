package io.profilesim.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code GetProfileObjectTypeResponse} shape of the service model.
 *
 * <p>Shape {@code GetProfileObjectTypeResponse}. Required: {@code ObjectTypeName}, {@code Description}.
 *
 * @param objectTypeName the name of the profile object type.
 * @param description the description of the profile object type.
 * @param templateId A unique identifier for the object template.
 * @param expirationDays the number of days until the data in the object expires.
 * @param encryptionKey the customer-provided key to encrypt the profile object that will be created
 * in this profile object type.
 * @param allowProfileCreation indicates whether a profile should be created when data is received
 * if one doesn't exist for an object of this type. The default is {@code FALSE}.
 * @param sourceLastUpdatedTimestampFormat the format of your {@code sourceLastUpdatedTimestamp}
 * that was previously set up.
 * @param maxAvailableProfileObjectCount the amount of provisioned profile object max count
 * available.
 * @param maxProfileObjectCount the amount of profile object max count assigned to the object type.
 * @param sourcePriority an integer that determines the priority of this object type when data from
 * multiple sources is ingested. Lower values take priority.
 * @param fields A map of the name and ObjectType field.
 * @param keys A list of unique keys that can be used to map data to the profile.
 * @param createdAt the timestamp of when the domain was created.
 * @param lastUpdatedAt the timestamp of when the domain was most recently edited.
 * @param tags the tags used to organize, track, or control access for this resource.
 */
public record GetProfileObjectTypeResponse(
    String objectTypeName,
    String description,
    String templateId,
    Integer expirationDays,
    String encryptionKey,
    Boolean allowProfileCreation,
    String sourceLastUpdatedTimestampFormat,
    Integer maxAvailableProfileObjectCount,
    Integer maxProfileObjectCount,
    Integer sourcePriority,
    Map<String, ObjectTypeField> fields,
    Map<String, List<ObjectTypeKey>> keys,
    Instant createdAt,
    Instant lastUpdatedAt,
    Map<String, String> tags) {

  public GetProfileObjectTypeResponse {
    fields = Shapes.copyOf(fields);
    keys = Shapes.copyOf(keys);
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
        .templateId(templateId)
        .expirationDays(expirationDays)
        .encryptionKey(encryptionKey)
        .allowProfileCreation(allowProfileCreation)
        .sourceLastUpdatedTimestampFormat(sourceLastUpdatedTimestampFormat)
        .maxAvailableProfileObjectCount(maxAvailableProfileObjectCount)
        .maxProfileObjectCount(maxProfileObjectCount)
        .sourcePriority(sourcePriority)
        .fields(fields)
        .keys(keys)
        .createdAt(createdAt)
        .lastUpdatedAt(lastUpdatedAt)
        .tags(tags);
  }

  /** Builds a {@link GetProfileObjectTypeResponse}. */
  public static final class Builder {
    private String objectTypeName;
    private String description;
    private String templateId;
    private Integer expirationDays;
    private String encryptionKey;
    private Boolean allowProfileCreation;
    private String sourceLastUpdatedTimestampFormat;
    private Integer maxAvailableProfileObjectCount;
    private Integer maxProfileObjectCount;
    private Integer sourcePriority;
    private Map<String, ObjectTypeField> fields;
    private Map<String, List<ObjectTypeKey>> keys;
    private Instant createdAt;
    private Instant lastUpdatedAt;
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

    /** Sets {@code TemplateId}. */
    public Builder templateId(String templateId) {
      this.templateId = templateId;
      return this;
    }

    /** Sets {@code ExpirationDays}. */
    public Builder expirationDays(Integer expirationDays) {
      this.expirationDays = expirationDays;
      return this;
    }

    /** Sets {@code EncryptionKey}. */
    public Builder encryptionKey(String encryptionKey) {
      this.encryptionKey = encryptionKey;
      return this;
    }

    /** Sets {@code AllowProfileCreation}. */
    public Builder allowProfileCreation(Boolean allowProfileCreation) {
      this.allowProfileCreation = allowProfileCreation;
      return this;
    }

    /** Sets {@code SourceLastUpdatedTimestampFormat}. */
    public Builder sourceLastUpdatedTimestampFormat(String sourceLastUpdatedTimestampFormat) {
      this.sourceLastUpdatedTimestampFormat = sourceLastUpdatedTimestampFormat;
      return this;
    }

    /** Sets {@code MaxAvailableProfileObjectCount}. */
    public Builder maxAvailableProfileObjectCount(Integer maxAvailableProfileObjectCount) {
      this.maxAvailableProfileObjectCount = maxAvailableProfileObjectCount;
      return this;
    }

    /** Sets {@code MaxProfileObjectCount}. */
    public Builder maxProfileObjectCount(Integer maxProfileObjectCount) {
      this.maxProfileObjectCount = maxProfileObjectCount;
      return this;
    }

    /** Sets {@code SourcePriority}. */
    public Builder sourcePriority(Integer sourcePriority) {
      this.sourcePriority = sourcePriority;
      return this;
    }

    /** Sets {@code Fields}. */
    public Builder fields(Map<String, ObjectTypeField> fields) {
      this.fields = fields;
      return this;
    }

    /** Sets {@code Keys}. */
    public Builder keys(Map<String, List<ObjectTypeKey>> keys) {
      this.keys = keys;
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

    /** Sets {@code Tags}. */
    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public GetProfileObjectTypeResponse build() {
      return new GetProfileObjectTypeResponse(
          objectTypeName,
          description,
          templateId,
          expirationDays,
          encryptionKey,
          allowProfileCreation,
          sourceLastUpdatedTimestampFormat,
          maxAvailableProfileObjectCount,
          maxProfileObjectCount,
          sourcePriority,
          fields,
          keys,
          createdAt,
          lastUpdatedAt,
          tags);
    }
  }
}
