package io.profilesim.model;

import java.util.List;

/**
 * A data type pair that consists of a {@code KeyName} and {@code Values} list that is used in
 * conjunction with the KeyName and Values parameters to search for profiles using the
 * SearchProfiles API.
 *
 * <p>Shape {@code AdditionalSearchKey}. Required: {@code KeyName}, {@code Values}.
 *
 * @param keyName A searchable identifier of a customer profile.
 * @param values A list of key values.
 */
public record AdditionalSearchKey(
    String keyName,
    List<String> values) {

  public AdditionalSearchKey {
    values = Shapes.copyOf(values);
  }
}
