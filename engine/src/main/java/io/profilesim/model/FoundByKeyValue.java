package io.profilesim.model;

import java.util.List;

/**
 * A data type pair that consists of a {@code KeyName} and {@code Values} list that were used to
 * find a profile returned in response to a SearchProfiles request.
 *
 * <p>Shape {@code FoundByKeyValue}.
 *
 * @param keyName A searchable identifier of a customer profile.
 * @param values A list of key values.
 */
public record FoundByKeyValue(
    String keyName,
    List<String> values) {

  public FoundByKeyValue {
    values = Shapes.copyOf(values);
  }
}
