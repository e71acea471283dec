package io.profilesim.samples.generate;

import io.profilesim.json.AwsJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PutProfileObjectType request of each source: how its fields map onto the standard profile,
 * its one key, and the format of its last-updated timestamp.
 *
 * <p>Conventions where AWS is silent (to be matched by the ingestion side):
 * <ul>
 *   <li>The field named {@value #SOURCE_TIMESTAMP_FIELD} holds the record's last-updated time,
 *       parsed with {@code SourceLastUpdatedTimestampFormat}; it has no {@code Target}.
 *   <li>That format is a {@link java.text.SimpleDateFormat} pattern, as the API documentation
 *       says; {@value #EPOCH_MILLIS} (no such pattern exists) means milliseconds since the epoch.
 *       Patterns without a zone mean UTC.
 *   <li>Each source has a single key, its record id, as {@code [PROFILE, UNIQUE]} under a key name
 *       of its own, so every record becomes its own profile and only identity resolution can join
 *       them. Email and phone are deliberately not keys.
 * </ul>
 */
final class ObjectTypeMappings {
  static final String SOURCE_TIMESTAMP_FIELD = "sourceLastUpdatedTimestamp";
  static final String EPOCH_MILLIS = "epoch_millis";

  /** One entry of {@code Fields}: its name, {@code Source}, {@code Target} (or null) and type. */
  record FieldMapping(String name, String source, String target, String contentType) {}

  /** What a source's request says, before it is written as JSON. */
  record Mapping(String description, String keyName, String keyFieldName, String timestampFormat,
      List<FieldMapping> fields) {}

  private ObjectTypeMappings() {}

  static Mapping of(Source source) {
    return switch (source) {
      case CRM -> new Mapping("CRM contact export: one row per customer record, updated_at in UTC",
          "crmCustomerId", "customerId", RecordRenderer.CRM_TIMESTAMP_PATTERN, List.of(
              field("customerId", "customer_id", null, "STRING"),
              field("firstName", "first_name", "FirstName", "NAME"),
              field("lastName", "last_name", "LastName", "NAME"),
              field("email", "email", "EmailAddress", "EMAIL_ADDRESS"),
              field("phone", "phone", "PhoneNumber", "PHONE_NUMBER"),
              new FieldMapping("address1", "{{_source.street_number}} {{_source.street_name}}",
                  "_profile.Address.Address1", "STRING"),
              field("address2", "unit", "Address.Address2", "STRING"),
              field("city", "city", "Address.City", "STRING"),
              field("state", "state", "Address.State", "STRING"),
              field("postalCode", "postal_code", "Address.PostalCode", "STRING"),
              field("birthDate", "birth_date", "BirthDate", "STRING"),
              field("gender", "gender", "GenderString", "STRING"),
              field("accountNumber", "account_number", "AccountNumber", "STRING"),
              field(SOURCE_TIMESTAMP_FIELD, "updated_at", null, "STRING")));
      case WEB_ORDERS -> new Mapping(
          "Web shop orders: one JSON object per order with the customer and the shipping address",
          "webOrderId", "orderId", RecordRenderer.WEB_TIMESTAMP_PATTERN, List.of(
              field("orderId", "order_id", null, "STRING"),
              field("firstName", "customer.first_name", "FirstName", "NAME"),
              field("lastName", "customer.last_name", "LastName", "NAME"),
              field("email", "customer.email", "EmailAddress", "EMAIL_ADDRESS"),
              field("phone", "customer.phone", "PhoneNumber", "PHONE_NUMBER"),
              field("loyaltyId", "customer.loyalty_id", "AccountNumber", "STRING"),
              field("shippingAddress1", "shipping.street", "ShippingAddress.Address1", "STRING"),
              field("shippingAddress2", "shipping.unit", "ShippingAddress.Address2", "STRING"),
              field("shippingCity", "shipping.city", "ShippingAddress.City", "STRING"),
              field("shippingState", "shipping.region", "ShippingAddress.State", "STRING"),
              field("shippingPostalCode", "shipping.postcode", "ShippingAddress.PostalCode",
                  "STRING"),
              field("shippingCountry", "shipping.country", "ShippingAddress.Country", "STRING"),
              field(SOURCE_TIMESTAMP_FIELD, "placed_at", null, "STRING")));
      case CONTACT_CENTER -> new Mapping(
          "Contact-centre calls: caller number (E.164), caller name as typed, call start in epoch"
              + " milliseconds", "callContactId", "contactId", EPOCH_MILLIS, List.of(
              field("contactId", "contact_id", null, "STRING"),
              field("callerName", "caller_name", "Attributes.CallerName", "NAME"),
              field("phoneNumber", "phone_number", "PhoneNumber", "PHONE_NUMBER"),
              field("accountNumber", "account_number", "AccountNumber", "STRING"),
              field(SOURCE_TIMESTAMP_FIELD, "call_started_ms", null, "STRING")));
    };
  }

  /** A field read from {@code _source.<path>} into {@code _profile.<target>} (if any). */
  private static FieldMapping field(String name, String path, String target, String type) {
    return new FieldMapping(name, "_source." + path, target == null ? null : "_profile." + target,
        type);
  }

  /** Returns the request as AWS JSON, members and map entries in key order. */
  static String requestJson(Source source) {
    Mapping mapping = of(source);
    Map<String, Object> fields = new LinkedHashMap<>();
    for (FieldMapping f : mapping.fields()) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("Source", f.source());
      if (f.target() != null) {
        field.put("Target", f.target());
      }
      field.put("ContentType", f.contentType());
      fields.put(f.name(), field);
    }
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("StandardIdentifiers", List.of("PROFILE", "UNIQUE"));
    key.put("FieldNames", List.of(mapping.keyFieldName()));
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("ObjectTypeName", source.objectTypeName());
    request.put("Description", mapping.description());
    request.put("AllowProfileCreation", true);
    request.put("SourceLastUpdatedTimestampFormat", mapping.timestampFormat());
    request.put("Fields", fields);
    request.put("Keys", Map.of(mapping.keyName(), List.of(key)));
    return AwsJson.writePretty(request);
  }
}
