package io.profilesim.model;

import java.time.Instant;
import java.util.List;

/**
 * The {@code GetMatchesResponse} shape of the service model.
 *
 * <p>Shape {@code GetMatchesResponse}.
 *
 * @param nextToken if there are additional results, this is the token for the next set of results.
 * @param matchGenerationDate the timestamp this version of Match Result generated.
 * @param potentialMatches the number of potential matches found.
 * @param matches the list of matched profiles for this instance.
 */
public record GetMatchesResponse(
    String nextToken,
    Instant matchGenerationDate,
    Integer potentialMatches,
    List<MatchItem> matches) {

  public GetMatchesResponse {
    matches = Shapes.copyOf(matches);
  }

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .nextToken(nextToken)
        .matchGenerationDate(matchGenerationDate)
        .potentialMatches(potentialMatches)
        .matches(matches);
  }

  /** Builds a {@link GetMatchesResponse}. */
  public static final class Builder {
    private String nextToken;
    private Instant matchGenerationDate;
    private Integer potentialMatches;
    private List<MatchItem> matches;

    private Builder() {}

    /** Sets {@code NextToken}. */
    public Builder nextToken(String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    /** Sets {@code MatchGenerationDate}. */
    public Builder matchGenerationDate(Instant matchGenerationDate) {
      this.matchGenerationDate = matchGenerationDate;
      return this;
    }

    /** Sets {@code PotentialMatches}. */
    public Builder potentialMatches(Integer potentialMatches) {
      this.potentialMatches = potentialMatches;
      return this;
    }

    /** Sets {@code Matches}. */
    public Builder matches(List<MatchItem> matches) {
      this.matches = matches;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public GetMatchesResponse build() {
      return new GetMatchesResponse(nextToken, matchGenerationDate, potentialMatches, matches);
    }
  }
}
