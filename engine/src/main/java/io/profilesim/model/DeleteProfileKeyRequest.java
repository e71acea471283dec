package io.profilesim.model;

import java.util.List;

/**
 * The {@code DeleteProfileKeyRequest} shape of the service model.
 *
 * <p>Shape {@code DeleteProfileKeyRequest}. Required: {@code ProfileId}, {@code KeyName}, {@code Values}, {@code DomainName}.
 *
 * @param profileId the unique identifier of a customer profile.
 * @param keyName A searchable identifier of a customer profile.
 * @param values A list of key values.
 * @param domainName the unique name of the domain.
 */
public record DeleteProfileKeyRequest(
    String profileId,
    String keyName,
    List<String> values,
    String domainName) {

  public DeleteProfileKeyRequest {
    values = Shapes.copyOf(values);
  }
}
