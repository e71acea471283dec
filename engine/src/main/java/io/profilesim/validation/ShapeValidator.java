package io.profilesim.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.profilesim.exception.BadRequestException;
import io.profilesim.exception.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a shape record against the service model and reports every violation at once, worded as
 * AWS's request validation words them.
 *
 * <p>A record is bound to the model shape of its simple class name ({@code JobSchedule} to shape
 * {@code JobSchedule}); its components to the members of that shape by wire name. Checks follow the
 * model: required members, string length (in code points), pattern (searched, not implicitly anchored, as Smithy defines it), enum,
 * numeric range, list and map size. Violations inside a list of structures are reported at
 * {@code path.N.member.x} (1-based, as AWS does); a bad scalar element of a list, or a bad map key
 * or value, is reported at the collection's path with the element as the value, for example
 * {@code Value 'aws:x' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint:
 * [Member must satisfy regular expression pattern: ^(?!aws:)[a-zA-Z+-=._:/]+$]}.
 *
 * <p>Rules that span members (a {@code SourceName} required only with {@code SOURCE}, say) are the
 * operations' business; they add their own violations after these.
 */
public final class ShapeValidator {
  private static final ShapeValidator STANDARD = new ShapeValidator(ServiceModel.standard());

  private final ServiceModel model;
  private final Map<Class<?>, List<Binding>> bindings = new ConcurrentHashMap<>();
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  private ShapeValidator(ServiceModel model) {
    this.model = model;
  }

  /** Returns the validator for the bundled Customer Profiles service model. */
  public static ShapeValidator standard() {
    return STANDARD;
  }

  /**
   * Throws if the shape breaks any constraint of its model shape.
   *
   * @throws BadRequestException listing every violation
   */
  public void validate(Object shape) {
    List<Violation> violations = check(shape);
    if (!violations.isEmpty()) {
      throw BadRequestException.of(violations);
    }
  }

  /** Returns every violation of the shape's constraints, in member order; empty when valid. */
  public List<Violation> check(Object shape) {
    List<Violation> out = new ArrayList<>();
    checkStructure(shape, shape.getClass().getSimpleName(), "", out);
    return out;
  }

  /**
   * Returns every violation of a value held by a member of the given model shape, with paths under
   * {@code path}. For structures, {@code value} is the record; otherwise a scalar, list or map.
   */
  public List<Violation> check(Object value, String shapeName, String path) {
    List<Violation> out = new ArrayList<>();
    checkValue(value, shapeName, path, out);
    return out;
  }

  /** Returns the wire names of a record's components, in declaration order. */
  public static List<String> wireNames(Class<?> recordClass) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : recordClass.getRecordComponents()) {
      names.add(wireName(c));
    }
    return names;
  }

  private void checkStructure(Object record, String shapeName, String path, List<Violation> out) {
    for (Binding b : bindingsOf(record.getClass(), shapeName)) {
      String memberPath = path.isEmpty() ? b.pathName : path + "." + b.pathName;
      Object value = b.read(record);
      if (value == null) {
        if (b.required) {
          out.add(new Violation(memberPath, null, "Member must not be null"));
        }
        continue;
      }
      checkValue(value, b.shapeName, memberPath, out);
    }
  }

  private void checkValue(Object value, String shapeName, String path, List<Violation> out) {
    JsonNode shape = model.shape(shapeName);
    switch (shape.get("type").asText()) {
      case "structure" -> checkStructure(value, shapeName, path, out);
      case "list" -> checkList((List<?>) value, shape, path, out);
      case "map" -> checkMap((Map<?, ?>) value, shape, path, out);
      default -> {
        for (String rule : scalarRules(value, shape)) {
          out.add(new Violation(path, render(value), rule));
        }
      }
    }
  }

  private void checkList(List<?> list, JsonNode shape, String path, List<Violation> out) {
    sizeRules(list.size(), shape).forEach(rule -> out.add(new Violation(path, render(list), rule)));
    String memberShape = shape.get("member").get("shape").asText();
    boolean scalar = isScalar(memberShape);
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      String elementPath = path + "." + (i + 1) + ".member";
      if (element == null) {
        out.add(new Violation(elementPath, null, "Member must not be null"));
      } else if (scalar) {
        List<String> rules = scalarRules(element, model.shape(memberShape));
        if (!rules.isEmpty()) {
          out.add(new Violation(path, render(element), "Member must satisfy constraint: " + rules));
        }
      } else {
        checkValue(element, memberShape, elementPath, out);
      }
    }
  }

  private void checkMap(Map<?, ?> map, JsonNode shape, String path, List<Violation> out) {
    sizeRules(map.size(), shape).forEach(rule -> out.add(new Violation(path, render(map), rule)));
    JsonNode keyShape = model.shape(shape.get("key").get("shape").asText());
    String valueShape = shape.get("value").get("shape").asText();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getKey() == null) {
        out.add(new Violation(path, null, "Map keys must not be null"));
        continue;
      }
      List<String> keyRules = scalarRules(e.getKey(), keyShape);
      if (!keyRules.isEmpty()) {
        out.add(new Violation(path, render(e.getKey()), "Map keys must satisfy constraint: " + keyRules));
      }
      Object v = e.getValue();
      String entryPath = path + "." + e.getKey();
      if (v == null) {
        out.add(new Violation(entryPath, null, "Member must not be null"));
      } else if (isScalar(valueShape)) {
        List<String> rules = scalarRules(v, model.shape(valueShape));
        if (!rules.isEmpty()) {
          out.add(new Violation(entryPath, render(v), "Map value must satisfy constraint: " + rules));
        }
      } else {
        checkValue(v, valueShape, entryPath, out);
      }
    }
  }

  private List<String> scalarRules(Object value, JsonNode shape) {
    List<String> rules = new ArrayList<>(2);
    switch (shape.get("type").asText()) {
      case "string" -> {
        String s = value instanceof Enum<?> e ? e.name() : value.toString();
        int length = s.codePointCount(0, s.length());
        if (shape.has("min") && length < shape.get("min").asInt()) {
          rules.add("Member must have length greater than or equal to " + shape.get("min").asText());
        }
        if (shape.has("max") && length > shape.get("max").asInt()) {
          rules.add("Member must have length less than or equal to " + shape.get("max").asText());
        }
        // Smithy patterns are not implicitly anchored: the service searches, the model anchors.
        if (shape.has("pattern") && !pattern(shape.get("pattern").asText()).matcher(s).find()) {
          rules.add("Member must satisfy regular expression pattern: " + shape.get("pattern").asText());
        }
        if (shape.has("enum") && !enumValues(shape).contains(s)) {
          rules.add("Member must satisfy enum value set: " + enumValues(shape));
        }
      }
      case "integer", "long", "double", "float" -> {
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d)) {
          rules.add("Member must be a number");
        }
        if (shape.has("min") && d < shape.get("min").asDouble()) {
          rules.add("Member must have value greater than or equal to " + shape.get("min").asText());
        }
        if (shape.has("max") && d > shape.get("max").asDouble()) {
          rules.add("Member must have value less than or equal to " + shape.get("max").asText());
        }
      }
      default -> {
        // booleans, timestamps and blobs carry no constraint in this model
      }
    }
    return rules;
  }

  private static List<String> sizeRules(int size, JsonNode shape) {
    List<String> rules = new ArrayList<>(1);
    if (shape.has("min") && size < shape.get("min").asInt()) {
      rules.add("Member must have length greater than or equal to " + shape.get("min").asText());
    }
    if (shape.has("max") && size > shape.get("max").asInt()) {
      rules.add("Member must have length less than or equal to " + shape.get("max").asText());
    }
    return rules;
  }

  private boolean isScalar(String shapeName) {
    String type = model.shape(shapeName).get("type").asText();
    return !type.equals("structure") && !type.equals("list") && !type.equals("map");
  }

  private static List<String> enumValues(JsonNode shape) {
    List<String> values = new ArrayList<>();
    shape.get("enum").forEach(v -> values.add(v.asText()));
    return values;
  }

  private Pattern pattern(String regex) {
    return patterns.computeIfAbsent(regex, Pattern::compile);
  }

  private static String render(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Map<?, ?> map) {
      StringJoiner joiner = new StringJoiner(", ", "{", "}");
      map.forEach((k, v) -> joiner.add(k + "=" + v));
      return joiner.toString();
    }
    return String.valueOf(value);
  }

  private List<Binding> bindingsOf(Class<?> type, String shapeName) {
    return bindings.computeIfAbsent(type, t -> bind(t, shapeName));
  }

  private List<Binding> bind(Class<?> type, String shapeName) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a shape record");
    }
    JsonNode shape = model.shape(shapeName);
    Map<String, RecordComponent> byWireName = new LinkedHashMap<>();
    for (RecordComponent c : type.getRecordComponents()) {
      byWireName.put(wireName(c), c);
    }
    Set<String> required = new HashSet<>();
    if (shape.has("required")) {
      shape.get("required").forEach(r -> required.add(r.asText()));
    }
    List<Binding> result = new ArrayList<>();
    shape.get("members").fields().forEachRemaining(member -> {
      RecordComponent c = byWireName.remove(member.getKey());
      if (c == null) {
        throw new IllegalStateException(type.getName() + " lacks member " + member.getKey());
      }
      result.add(new Binding(
          lowerCamel(member.getKey()),
          member.getValue().get("shape").asText(),
          required.contains(member.getKey()),
          c.getAccessor()));
    });
    if (!byWireName.isEmpty()) {
      throw new IllegalStateException(
          type.getName() + " has members the model's " + shapeName + " lacks: " + byWireName.keySet());
    }
    return List.copyOf(result);
  }

  static String wireName(RecordComponent c) {
    // @JsonProperty cannot target a record component, so Java puts it on the accessor.
    JsonProperty property = c.getAccessor().getAnnotation(JsonProperty.class);
    if (property != null && !property.value().isEmpty()) {
      return property.value();
    }
    return Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
  }

  static String lowerCamel(String memberName) {
    return Character.toLowerCase(memberName.charAt(0)) + memberName.substring(1);
  }

  private record Binding(String pathName, String shapeName, boolean required, Method accessor) {
    Object read(Object record) {
      try {
        return accessor.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }
}
