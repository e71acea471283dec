package io.profilesim.model;

import java.util.List;

/**
 * The Match group object.
 *
 * <p>Shape {@code MatchItem}.
 *
 * @param matchId the unique identifiers for this group of profiles that match.
 * @param profileIds A list of identifiers for profiles that match.
 * @param confidenceScore A number between 0 and 1, where a higher score means higher similarity.
 * Examining match confidence scores lets you distinguish between groups of similar records in which
 * the system is highly confident...
 */
public record MatchItem(
    String matchId,
    List<String> profileIds,
    Double confidenceScore) {

  public MatchItem {
    profileIds = Shapes.copyOf(profileIds);
  }

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .matchId(matchId)
        .profileIds(profileIds)
        .confidenceScore(confidenceScore);
  }

  /** Builds a {@link MatchItem}. */
  public static final class Builder {
    private String matchId;
    private List<String> profileIds;
    private Double confidenceScore;

    private Builder() {}

    /** Sets {@code MatchId}. */
    public Builder matchId(String matchId) {
      this.matchId = matchId;
      return this;
    }

    /** Sets {@code ProfileIds}. */
    public Builder profileIds(List<String> profileIds) {
      this.profileIds = profileIds;
      return this;
    }

    /** Sets {@code ConfidenceScore}. */
    public Builder confidenceScore(Double confidenceScore) {
      this.confidenceScore = confidenceScore;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public MatchItem build() {
      return new MatchItem(matchId, profileIds, confidenceScore);
    }
  }
}
