package io.profilesim.ingest;

import io.profilesim.model.FieldContentType;
import io.profilesim.model.ObjectTypeField;
import io.profilesim.model.ObjectTypeKey;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.StandardIdentifier;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic CRM records for the ingestion benchmarks: one JSON object per customer with names,
 * email, phone, a postal address, a tier and an ISO-8601 update time, about 260 bytes each, and the
 * object type that maps them. Record {@code i} depends only on the seed and {@code i}, so records
 * can be made on the fly without holding a million strings.
 */
final class CrmObjects {
  static final String TYPE = "Crm";
  private static final String[] FIRST = {
    "Ann",
    "Bob",
    "Carla",
    "David",
    "Eve",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jon",
    "Kemal",
    "Lena",
    "Mohammed",
    "Nora",
    "Olav",
    "Priya"
  };
  private static final String[] LAST = {
    "Lee", "Smith", "Garcia", "Olsen", "Khan", "Novak", "Rossi", "Tanaka", "Dubois", "Silva",
    "Murphy", "Ivanova", "Berg", "Okafor"
  };
  private static final String[] CITY = {
    "Oslo", "Bergen", "Leeds", "Lyon", "Porto", "Graz", "Aarhus", "Gent", "Turku", "Cork"
  };
  private static final String[] TIER = {"bronze", "silver", "gold"};

  private final long seed;

  CrmObjects(long seed) {
    this.seed = seed;
  }

  /** Returns record {@code i}: always the same for the same seed and index. */
  String object(int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    String first = FIRST[r.nextInt(FIRST.length)];
    String last = LAST[r.nextInt(LAST.length)];
    return "{\"id\":\"crm-"
        + i
        + "\",\"first\":\""
        + first
        + "\",\"last\":\""
        + last
        + "\",\"email\":\""
        + first.toLowerCase()
        + "."
        + last.toLowerCase()
        + i
        + "@example.com\""
        + ",\"phone\":\"+1 555 "
        + (1_000_000 + i)
        + "\""
        + ",\"address\":{\"street\":\""
        + (1 + r.nextInt(200))
        + " High St\",\"city\":\""
        + CITY[r.nextInt(CITY.length)]
        + "\",\"zip\":\""
        + (1000 + r.nextInt(9000))
        + "\"}"
        + ",\"tier\":\""
        + TIER[r.nextInt(TIER.length)]
        + "\""
        + ",\"updated\":\"2025-0"
        + (1 + r.nextInt(9))
        + "-1"
        + r.nextInt(10)
        + "T08:30:00Z\"}";
  }

  /** Returns the object type mapping the records; {@code crmId} is their UNIQUE key. */
  static PutProfileObjectTypeRequest objectType(String domainName) {
    return PutProfileObjectTypeRequest.builder()
        .domainName(domainName)
        .objectTypeName(TYPE)
        .description("CRM customers")
        .allowProfileCreation(true)
        .fields(
            Map.of(
                "id", new ObjectTypeField("_source.id", null, null),
                "first",
                    new ObjectTypeField(
                        "_source.first", "_profile.FirstName", FieldContentType.NAME),
                "last",
                    new ObjectTypeField("_source.last", "_profile.LastName", FieldContentType.NAME),
                "email",
                    new ObjectTypeField(
                        "_source.email", "_profile.EmailAddress", FieldContentType.EMAIL_ADDRESS),
                "phone",
                    new ObjectTypeField(
                        "_source.phone", "_profile.PhoneNumber", FieldContentType.PHONE_NUMBER),
                "street",
                    new ObjectTypeField(
                        "_source.address.street", "_profile.Address.Address1", null),
                "city", new ObjectTypeField("_source.address.city", "_profile.Address.City", null),
                "zip",
                    new ObjectTypeField("_source.address.zip", "_profile.Address.PostalCode", null),
                "tier", new ObjectTypeField("_source.tier", "_profile.Attributes.tier", null),
                "sourceLastUpdatedTimestamp", new ObjectTypeField("_source.updated", null, null)))
        .keys(
            Map.of(
                "crmId",
                    List.of(
                        new ObjectTypeKey(
                            List.of(StandardIdentifier.PROFILE, StandardIdentifier.UNIQUE),
                            List.of("id"))),
                "_email",
                    List.of(
                        new ObjectTypeKey(List.of(StandardIdentifier.PROFILE), List.of("email"))),
                "_phone",
                    List.of(
                        new ObjectTypeKey(
                            List.of(StandardIdentifier.PROFILE, StandardIdentifier.SECONDARY),
                            List.of("phone")))))
        .build();
  }
}
