package io.profilesim.model;

import java.util.List;

/**
 * The {@code AddProfileKeyResponse} shape of the service model.
 *
 * <p>Shape {@code AddProfileKeyResponse}.
 *
 * @param keyName A searchable identifier of a customer profile.
 * @param values A list of key values.
 */
public record AddProfileKeyResponse(
    String keyName,
    List<String> values) {

  public AddProfileKeyResponse {
    values = Shapes.copyOf(values);
  }
}
