package io.profilesim.samples.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The systems generated records come from. Each is an object type with its own file format,
 * field names and timestamp format, as a real customer's exports would be.
 */
public enum Source {
  /**
   * A CRM contact export (CSV): names, email, phone, postal address in parts, birth date, gender,
   * account number and {@code updated_at} as {@code yyyy-MM-dd HH:mm:ss} in UTC.
   */
  CRM("CrmContact", "crm_contacts.csv", Format.CSV, "customer_id", "updated_at",
      List.of("customer_id", "first_name", "last_name", "email", "phone", "street_number",
          "street_name", "unit", "city", "state", "postal_code", "birth_date", "gender",
          "account_number", "updated_at")),
  /**
   * Web shop orders (JSON Lines): the customer and the shipping address as nested objects and
   * {@code placed_at} as an ISO-8601 local time with its UTC offset.
   */
  WEB_ORDERS("WebOrder", "web_orders.jsonl", Format.JSON_LINES, "order_id", "placed_at",
      List.of("order_id", "placed_at", "customer.first_name", "customer.last_name",
          "customer.email", "customer.phone", "customer.loyalty_id", "shipping.recipient",
          "shipping.street", "shipping.unit", "shipping.city", "shipping.region",
          "shipping.postcode", "shipping.country", "total")),
  /**
   * Contact-centre calls (CSV): the caller's number in E.164, the caller's name as one field as
   * the agent typed it, an account number when the caller gave one, and the call's start in epoch
   * milliseconds.
   */
  CONTACT_CENTER("ContactCenterCall", "contact_center_calls.csv", Format.CSV, "contact_id",
      "call_started_ms", List.of("contact_id", "caller_name", "phone_number", "account_number",
          "queue", "call_started_ms", "duration_seconds"));

  /** How a source's file is laid out. */
  public enum Format {
    /** Comma-separated values with a header row; an empty cell is a missing value. */
    CSV,
    /**
     * One JSON object per line; dotted field names ({@code customer.email}) are nested objects and
     * a missing value is an absent member.
     */
    JSON_LINES
  }

  private final String objectTypeName;
  private final String fileName;
  private final Format format;
  private final String keyField;
  private final String timestampField;
  private final List<String> fieldNames;
  private final Map<String, Integer> fieldIndexes;

  Source(String objectTypeName, String fileName, Format format, String keyField,
      String timestampField, List<String> fieldNames) {
    this.objectTypeName = objectTypeName;
    this.fileName = fileName;
    this.format = format;
    this.keyField = keyField;
    this.timestampField = timestampField;
    this.fieldNames = fieldNames;
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < fieldNames.size(); i++) {
      indexes.put(fieldNames.get(i), i);
    }
    this.fieldIndexes = Map.copyOf(indexes);
  }

  /** Returns the name of the source's object type, as in PutProfileObjectType. */
  public String objectTypeName() {
    return objectTypeName;
  }

  /** Returns the name of the data file the source is written to. */
  public String fileName() {
    return fileName;
  }

  /** Returns how the data file is laid out. */
  public Format format() {
    return format;
  }

  /** Returns the field holding each record's unique key (its UNIQUE key value). */
  public String keyField() {
    return keyField;
  }

  /** Returns the field holding when the record was last updated at its source. */
  public String timestampField() {
    return timestampField;
  }

  /** Returns every field a record of this source may have, in file order (dotted when nested). */
  public List<String> fieldNames() {
    return fieldNames;
  }

  /**
   * Returns the position of a field in {@link #fieldNames()}.
   *
   * @throws IllegalArgumentException if the source has no such field
   */
  public int fieldIndex(String fieldName) {
    Integer index = fieldIndexes.get(fieldName);
    if (index == null) {
      throw new IllegalArgumentException(
          objectTypeName + " has no field '" + fieldName + "'; its fields are " + fieldNames);
    }
    return index;
  }

  /**
   * Returns the PutProfileObjectType request that ingests this source, as AWS JSON without the
   * {@code DomainName} (the caller's domain supplies it).
   */
  public String putProfileObjectTypeRequest() {
    return ObjectTypeMappings.requestJson(this);
  }
}
