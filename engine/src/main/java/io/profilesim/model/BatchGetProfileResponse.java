package io.profilesim.model;

import java.util.List;

/**
 * The {@code BatchGetProfileResponse} shape of the service model.
 *
 * <p>Shape {@code BatchGetProfileResponse}.
 *
 * @param errors for information about the errors that are common to all actions, see Common Errors
 * .
 * @param profiles array of Profile Objects.
 */
public record BatchGetProfileResponse(
    List<BatchGetProfileError> errors,
    List<Profile> profiles) {

  public BatchGetProfileResponse {
    errors = Shapes.copyOf(errors);
    profiles = Shapes.copyOf(profiles);
  }
}
