package io.profilesim.model;

/**
 * The {@code MergeProfilesResponse} shape of the service model.
 *
 * <p>Shape {@code MergeProfilesResponse}.
 *
 * @param message a message that indicates the merge request is complete.
 */
public record MergeProfilesResponse(
    String message) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .message(message);
  }

  /** Builds a {@link MergeProfilesResponse}. */
  public static final class Builder {
    private String message;

    private Builder() {}

    /** Sets {@code Message}. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public MergeProfilesResponse build() {
      return new MergeProfilesResponse(
          message);
    }
  }
}
