package io.profilesim.ingest;

import io.profilesim.domain.IdGenerator;
import io.profilesim.model.GetProfileObjectTypeResponse;
import io.profilesim.model.ListProfileObjectTypeItem;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.PutProfileObjectTypeResponse;
import java.time.Instant;
import java.util.List;

/**
 * An object type as PutProfileObjectType defined it, with its mapping compiled for ingestion.
 * Immutable: redefining a type makes a new instance, so an ingestion in flight finishes with the
 * definition it started with.
 *
 * @param request the definition as given (its Fields and Keys are returned as they were given)
 * @param fields the compiled fields, in field-name order
 * @param keys the compiled keys, in key-name order and, within a name, in the order given
 * @param timestampField the index of the {@value TimestampFormat#FIELD_NAME} field, or -1
 * @param timestampFormat how that field's values are read
 * @param reader reads the values the fields' Sources need from an object
 * @param targets the profile attributes the fields write, numbered
 * @param objectIds names the type's objects ({@code ProfileObjectUniqueKey}) by UNIQUE key value
 * @param createdAt when the type was first defined
 * @param lastUpdatedAt when it was last defined
 */
record ObjectType(
    PutProfileObjectTypeRequest request,
    List<FieldMapping> fields,
    List<KeyDefinition> keys,
    int timestampField,
    TimestampFormat timestampFormat,
    SourceReader reader,
    FieldTargets targets,
    IdGenerator objectIds,
    Instant createdAt,
    Instant lastUpdatedAt) {

  /** AWS quota: objects per profile, which also bounds each type's MaxProfileObjectCount. */
  static final int MAX_OBJECTS_PER_PROFILE = 1000;

  String name() {
    return request.objectTypeName();
  }

  boolean allowProfileCreation() {
    return Boolean.TRUE.equals(request.allowProfileCreation());
  }

  /** Returns the type's SourcePriority; types without one rank below every type with one. */
  int sourcePriority() {
    return request.sourcePriority() == null ? Integer.MAX_VALUE : request.sourcePriority();
  }

  /** Returns the index of the UNIQUE key in {@link #keys()}. */
  int uniqueKey() {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).unique()) {
        return i;
      }
    }
    throw new IllegalStateException("object type " + name() + " has no UNIQUE key");
  }

  /** Returns this definition as a redefinition of a type first defined at {@code createdAt}. */
  ObjectType firstDefinedAt(Instant createdAt) {
    return new ObjectType(
        request,
        fields,
        keys,
        timestampField,
        timestampFormat,
        reader,
        targets,
        objectIds,
        createdAt,
        lastUpdatedAt);
  }

  PutProfileObjectTypeResponse toPutResponse() {
    PutProfileObjectTypeRequest r = request;
    return PutProfileObjectTypeResponse.builder()
        .objectTypeName(r.objectTypeName())
        .description(r.description())
        .templateId(r.templateId())
        .expirationDays(r.expirationDays())
        .encryptionKey(r.encryptionKey())
        .allowProfileCreation(allowProfileCreation())
        .sourceLastUpdatedTimestampFormat(r.sourceLastUpdatedTimestampFormat())
        .maxProfileObjectCount(r.maxProfileObjectCount())
        .maxAvailableProfileObjectCount(MAX_OBJECTS_PER_PROFILE)
        .sourcePriority(r.sourcePriority())
        .fields(r.fields())
        .keys(r.keys())
        .createdAt(createdAt)
        .lastUpdatedAt(lastUpdatedAt)
        .tags(r.tags())
        .build();
  }

  GetProfileObjectTypeResponse toGetResponse() {
    PutProfileObjectTypeRequest r = request;
    return GetProfileObjectTypeResponse.builder()
        .objectTypeName(r.objectTypeName())
        .description(r.description())
        .templateId(r.templateId())
        .expirationDays(r.expirationDays())
        .encryptionKey(r.encryptionKey())
        .allowProfileCreation(allowProfileCreation())
        .sourceLastUpdatedTimestampFormat(r.sourceLastUpdatedTimestampFormat())
        .maxAvailableProfileObjectCount(MAX_OBJECTS_PER_PROFILE)
        .maxProfileObjectCount(r.maxProfileObjectCount())
        .sourcePriority(r.sourcePriority())
        .fields(r.fields())
        .keys(r.keys())
        .createdAt(createdAt)
        .lastUpdatedAt(lastUpdatedAt)
        .tags(r.tags())
        .build();
  }

  ListProfileObjectTypeItem toListItem() {
    PutProfileObjectTypeRequest r = request;
    return ListProfileObjectTypeItem.builder()
        .objectTypeName(r.objectTypeName())
        .description(r.description())
        .createdAt(createdAt)
        .lastUpdatedAt(lastUpdatedAt)
        .maxProfileObjectCount(r.maxProfileObjectCount())
        .maxAvailableProfileObjectCount(MAX_OBJECTS_PER_PROFILE)
        .sourcePriority(r.sourcePriority())
        .tags(r.tags())
        .build();
  }
}
