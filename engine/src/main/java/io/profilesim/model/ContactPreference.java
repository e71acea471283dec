package io.profilesim.model;

/**
 * Object that defines users contact preference.
 *
 * <p>Shape {@code ContactPreference}.
 *
 * @param keyName A searchable, unique identifier of a customer profile.
 * @param keyValue the key value used to look up profile based off the keyName.
 * @param profileId the unique identifier of a customer profile.
 * @param contactType the contact type used for engagement. For example: HomePhoneNumber,
 * PersonalEmailAddress.
 */
public record ContactPreference(
    String keyName,
    String keyValue,
    String profileId,
    ContactType contactType) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .keyName(keyName)
        .keyValue(keyValue)
        .profileId(profileId)
        .contactType(contactType);
  }

  /** Builds a {@link ContactPreference}. */
  public static final class Builder {
    private String keyName;
    private String keyValue;
    private String profileId;
    private ContactType contactType;

    private Builder() {}

    /** Sets {@code KeyName}. */
    public Builder keyName(String keyName) {
      this.keyName = keyName;
      return this;
    }

    /** Sets {@code KeyValue}. */
    public Builder keyValue(String keyValue) {
      this.keyValue = keyValue;
      return this;
    }

    /** Sets {@code ProfileId}. */
    public Builder profileId(String profileId) {
      this.profileId = profileId;
      return this;
    }

    /** Sets {@code ContactType}. */
    public Builder contactType(ContactType contactType) {
      this.contactType = contactType;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public ContactPreference build() {
      return new ContactPreference(keyName, keyValue, profileId, contactType);
    }
  }
}
