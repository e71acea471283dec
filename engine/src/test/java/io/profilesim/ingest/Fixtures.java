package io.profilesim.ingest;

import io.profilesim.CustomerProfiles;
import io.profilesim.TestClock;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.ObjectTypeField;
import io.profilesim.model.ObjectTypeKey;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.StandardIdentifier;
import java.util.List;
import java.util.Map;

/** Domains and object types the ingestion tests share. */
final class Fixtures {
  static final String DOMAIN = "retail";
  static final String DLQ = "https://sqs.us-east-1.amazonaws.com/123456789012/retail-dlq";

  private Fixtures() {}

  static CustomerProfiles profiles(TestClock clock) {
    return CustomerProfiles.builder().clock(clock).seed(7).build();
  }

  static void domain(CustomerProfiles p, boolean withDlq) {
    p.createDomain(
        CreateDomainRequest.builder()
            .domainName(DOMAIN)
            .defaultExpirationDays(30)
            .deadLetterQueueUrl(withDlq ? DLQ : null)
            .build());
  }

  static ObjectTypeField field(String source, String target) {
    return new ObjectTypeField(source, target, null);
  }

  static ObjectTypeField field(String source, String target, FieldContentType type) {
    return new ObjectTypeField(source, target, type);
  }

  static List<ObjectTypeKey> key(List<String> fields, StandardIdentifier... ids) {
    return List.of(new ObjectTypeKey(List.of(ids), fields));
  }

  /**
   * A CRM export: id (UNIQUE and PROFILE key crmId), email (PROFILE key _email), name, phone, city;
   * profiles may be created.
   */
  static PutProfileObjectTypeRequest crm() {
    return PutProfileObjectTypeRequest.builder()
        .domainName(DOMAIN)
        .objectTypeName("Crm")
        .description("CRM export")
        .allowProfileCreation(true)
        .fields(
            Map.of(
                "id", field("_source.id", null),
                "email",
                    field("_source.email", "_profile.EmailAddress", FieldContentType.EMAIL_ADDRESS),
                "first", field("_source.first", "_profile.FirstName", FieldContentType.NAME),
                "last", field("_source.last", "_profile.LastName", FieldContentType.NAME),
                "phone",
                    field("_source.phone", "_profile.PhoneNumber", FieldContentType.PHONE_NUMBER),
                "city", field("_source.city", "_profile.Address.City")))
        .keys(
            Map.of(
                "crmId", key(List.of("id"), StandardIdentifier.PROFILE, StandardIdentifier.UNIQUE),
                "_email", key(List.of("email"), StandardIdentifier.PROFILE)))
        .build();
  }
}
