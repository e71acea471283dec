package io.profilesim.model;

import java.util.List;

/**
 * The {@code AddProfileKeyRequest} shape of the service model.
 *
 * <p>Shape {@code AddProfileKeyRequest}. Required: {@code ProfileId}, {@code KeyName}, {@code Values}, {@code DomainName}.
 *
 * @param profileId the unique identifier of a customer profile.
 * @param keyName A searchable identifier of a customer profile. The predefined keys you can use
 * include: _account, _profileId, _assetId, _caseId, _orderId, _fullName, _phone, _email,
 * _ctrContactId, _marketoLeadId, _sa...
 * @param values A list of key values.
 * @param domainName the unique name of the domain.
 */
public record AddProfileKeyRequest(
    String profileId,
    String keyName,
    List<String> values,
    String domainName) {

  public AddProfileKeyRequest {
    values = Shapes.copyOf(values);
  }
}
