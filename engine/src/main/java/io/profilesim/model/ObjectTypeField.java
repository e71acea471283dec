package io.profilesim.model;

/**
 * Represents a field in a ProfileObjectType.
 *
 * <p>Shape {@code ObjectTypeField}.
 *
 * @param source A field of a ProfileObject. For example: _source.FirstName, where "_source" is a
 * ProfileObjectType of a Zendesk user and "FirstName" is a field in that ObjectType.
 * @param target the location of the data in the standard ProfileObject model. For example:
 * _profile.Address.PostalCode. Do not include sensitive or personally identifiable information
 * (PII) in the target field name.
 * @param contentType the content type of the field. Used for determining equality when searching.
 */
public record ObjectTypeField(
    String source,
    String target,
    FieldContentType contentType) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .source(source)
        .target(target)
        .contentType(contentType);
  }

  /** Builds a {@link ObjectTypeField}. */
  public static final class Builder {
    private String source;
    private String target;
    private FieldContentType contentType;

    private Builder() {}

    /** Sets {@code Source}. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Sets {@code Target}. */
    public Builder target(String target) {
      this.target = target;
      return this;
    }

    /** Sets {@code ContentType}. */
    public Builder contentType(FieldContentType contentType) {
      this.contentType = contentType;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public ObjectTypeField build() {
      return new ObjectTypeField(source, target, contentType);
    }
  }
}
