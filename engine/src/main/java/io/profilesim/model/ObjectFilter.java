package io.profilesim.model;

import java.util.List;

/**
 * The filter applied to {@code ListProfileObjects} response to include profile objects with the
 * specified index values.
 *
 * <p>Shape {@code ObjectFilter}. Required: {@code KeyName}, {@code Values}.
 *
 * @param keyName A searchable identifier of a profile object. The predefined keys you can use to
 * search for {@code _asset} include: {@code _assetId}, {@code _assetName}, and {@code
 * _serialNumber}.
 * @param values A list of key values.
 */
public record ObjectFilter(
    String keyName,
    List<String> values) {

  public ObjectFilter {
    values = Shapes.copyOf(values);
  }
}
