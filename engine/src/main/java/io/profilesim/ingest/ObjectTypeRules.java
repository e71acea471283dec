package io.profilesim.ingest;

import io.profilesim.domain.IdGenerator;
import io.profilesim.domain.ProfileFields;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.Violation;
import io.profilesim.model.FieldContentType;
import io.profilesim.model.ObjectTypeField;
import io.profilesim.model.ObjectTypeKey;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.StandardIdentifier;
import io.profilesim.validation.ShapeValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a PutProfileObjectType request beyond the model's constraints and compiles it. Every
 * problem is reported at once, at the member it concerns ({@code fields.email.target}, {@code
 * keys.orderId.1.member.fieldNames}).
 */
final class ObjectTypeRules {
  /** AWS quota: keys per object type. */
  static final int MAX_KEYS = 10;

  private static final String TARGET_PREFIX = "_profile.";

  private ObjectTypeRules() {}

  /**
   * Returns the compiled type.
   *
   * @param seed the run's seed, which the identifiers of the type's objects depend on
   * @param createdAt when the type was first defined (now, for a new type)
   * @throws BadRequestException listing every violation
   */
  static ObjectType compile(
      PutProfileObjectTypeRequest r, long seed, Instant createdAt, Instant now) {
    List<Violation> violations = ShapeValidator.standard().check(r);
    checkName(r, violations);
    if (r.templateId() != null) {
      violations.add(
          new Violation(
              "templateId",
              r.templateId(),
              "Member must be absent:"
                  + " profilesim has no object type templates; give Fields and Keys instead"));
    }
    if (r.maxProfileObjectCount() != null
        && r.maxProfileObjectCount() > ObjectType.MAX_OBJECTS_PER_PROFILE) {
      violations.add(
          new Violation(
              "maxProfileObjectCount",
              r.maxProfileObjectCount().toString(),
              "Member must have value less than or equal to "
                  + ObjectType.MAX_OBJECTS_PER_PROFILE
                  + ": a profile holds at most "
                  + ObjectType.MAX_OBJECTS_PER_PROFILE
                  + " objects"));
    }
    SourceReader reader = new SourceReader();
    List<FieldMapping> fields = compileFields(r.fields(), reader, violations);
    Map<String, Integer> fieldIndex = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      fieldIndex.put(fields.get(i).name(), i);
    }
    List<KeyDefinition> keys = compileKeys(r.keys(), fields, fieldIndex, violations);
    int timestampField = timestampField(fields, violations);
    TimestampFormat format =
        timestampFormat(r.sourceLastUpdatedTimestampFormat(), timestampField, violations);
    if (!violations.isEmpty()) {
      throw BadRequestException.of(violations);
    }
    return new ObjectType(
        r,
        List.copyOf(fields),
        List.copyOf(keys),
        timestampField,
        format,
        reader,
        FieldTargets.of(fields),
        new IdGenerator(seed, "object/" + r.domainName() + "/" + r.objectTypeName()),
        createdAt,
        now);
  }

  private static void checkName(PutProfileObjectTypeRequest r, List<Violation> out) {
    if (r.objectTypeName() != null && r.objectTypeName().startsWith("_")) {
      out.add(
          new Violation(
              "objectTypeName",
              r.objectTypeName(),
              "Member must not start with _:"
                  + " such names are reserved for the standard object types of Customer Profiles"));
    }
  }

  private static List<FieldMapping> compileFields(
      Map<String, ObjectTypeField> given, SourceReader reader, List<Violation> out) {
    List<FieldMapping> fields = new ArrayList<>();
    if (given == null) {
      return fields;
    }
    for (Map.Entry<String, ObjectTypeField> e : given.entrySet()) {
      ObjectTypeField f = e.getValue();
      if (e.getKey() == null || f == null || f.source() == null) {
        continue;
      }
      String path = "fields." + e.getKey();
      SourceExpression source = null;
      try {
        source = SourceExpression.parse(f.source()).bind(reader);
      } catch (IllegalArgumentException ex) {
        out.add(
            new Violation(
                path + ".source",
                f.source(),
                "Member must be an accessor such as _source.email or a template such as"
                    + " {{_source.firstName}} {{_source.lastName}}: "
                    + ex.getMessage()));
      }
      String target = target(f.target(), path, out);
      FieldContentType type = f.contentType() == null ? FieldContentType.STRING : f.contentType();
      if (source != null) {
        fields.add(new FieldMapping(e.getKey(), source, target, type));
      }
    }
    return fields;
  }

  private static String target(String target, String path, List<Violation> out) {
    if (target == null) {
      return null;
    }
    String attribute =
        target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : null;
    if (attribute == null || !ProfileFields.isWritable(attribute)) {
      out.add(
          new Violation(
              path + ".target",
              target,
              "Member must be _profile. followed by a standard field (_profile.FirstName), an"
                  + " address part (_profile.ShippingAddress.City) or a custom attribute"
                  + " (_profile.Attributes.<key>)"));
      return null;
    }
    return attribute;
  }

  private static List<KeyDefinition> compileKeys(
      Map<String, List<ObjectTypeKey>> given,
      List<FieldMapping> fields,
      Map<String, Integer> fieldIndex,
      List<Violation> out) {
    List<KeyDefinition> keys = new ArrayList<>();
    if (given != null && given.size() > MAX_KEYS) {
      out.add(
          new Violation(
              "keys",
              given.keySet().toString(),
              "Member must have length less than"
                  + " or equal to "
                  + MAX_KEYS
                  + ": an object type has at most "
                  + MAX_KEYS
                  + " keys"));
    }
    int uniques = 0;
    if (given != null) {
      for (Map.Entry<String, List<ObjectTypeKey>> e : given.entrySet()) {
        List<ObjectTypeKey> definitions = e.getValue() == null ? List.of() : e.getValue();
        if (e.getKey() != null && definitions.isEmpty()) {
          out.add(
              new Violation(
                  "keys." + e.getKey(),
                  "[]",
                  "Member must have length greater than"
                      + " or equal to 1: a key needs a definition"));
        }
        for (int i = 0; i < definitions.size(); i++) {
          ObjectTypeKey k = definitions.get(i);
          if (e.getKey() == null || k == null) {
            continue;
          }
          String path = "keys." + e.getKey() + "." + (i + 1) + ".member";
          Set<StandardIdentifier> ids =
              k.standardIdentifiers() == null || k.standardIdentifiers().isEmpty()
                  ? EnumSet.noneOf(StandardIdentifier.class)
                  : EnumSet.copyOf(k.standardIdentifiers());
          uniques += ids.contains(StandardIdentifier.UNIQUE) ? 1 : 0;
          List<Integer> indexes = keyFields(k.fieldNames(), fieldIndex, path, out);
          if (indexes != null) {
            FieldContentType type =
                indexes.size() == 1
                    ? fields.get(indexes.get(0)).contentType()
                    : FieldContentType.STRING;
            keys.add(KeyDefinition.of(e.getKey(), ids, indexes, type));
          }
        }
      }
    }
    if (uniques != 1) {
      out.add(
          new Violation(
              "keys",
              given == null ? null : given.keySet().toString(),
              "Member must have exactly one key with the UNIQUE identifier, which identifies each"
                  + " object of the type; found "
                  + uniques));
    }
    return keys;
  }

  private static List<Integer> keyFields(
      List<String> names, Map<String, Integer> fieldIndex, String path, List<Violation> out) {
    if (names == null || names.isEmpty()) {
      out.add(
          new Violation(
              path + ".fieldNames",
              names == null ? null : "[]",
              "Member must name at least one field of Fields"));
      return null;
    }
    List<Integer> indexes = new ArrayList<>();
    for (String name : names) {
      Integer index = name == null ? null : fieldIndex.get(name);
      if (index == null) {
        out.add(
            new Violation(
                path + ".fieldNames",
                name,
                "Member must name a field of Fields"
                    + " (with a valid Source); known fields: "
                    + fieldIndex.keySet().stream().sorted().toList()));
      } else {
        indexes.add(index);
      }
    }
    return indexes.size() == names.size() ? indexes : null;
  }

  private static int timestampField(List<FieldMapping> fields, List<Violation> out) {
    int found = -1;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equalsIgnoreCase(TimestampFormat.FIELD_NAME)) {
        if (found >= 0) {
          out.add(
              new Violation(
                  "fields",
                  fields.get(i).name(),
                  "Member must have at most one field"
                      + " named "
                      + TimestampFormat.FIELD_NAME
                      + " (compared ignoring case)"));
        }
        found = i;
      }
    }
    return found;
  }

  private static TimestampFormat timestampFormat(String pattern, int field, List<Violation> out) {
    if (pattern != null && field < 0) {
      out.add(
          new Violation(
              "sourceLastUpdatedTimestampFormat",
              pattern,
              "Member needs a field named "
                  + TimestampFormat.FIELD_NAME
                  + " in Fields, whose Source gives the time the source last"
                  + " updated the record"));
    }
    try {
      return TimestampFormat.of(pattern);
    } catch (IllegalArgumentException e) {
      out.add(
          new Violation(
              "sourceLastUpdatedTimestampFormat",
              pattern,
              "Member must be a"
                  + " java.text.SimpleDateFormat pattern, "
                  + TimestampFormat.EPOCH_MILLIS
                  + " or "
                  + TimestampFormat.EPOCH_SECONDS
                  + ": "
                  + e.getMessage()));
      return null;
    }
  }
}
