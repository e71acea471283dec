package io.profilesim.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The Customer Profiles service model (botocore's {@code service-2.json}, documentation removed),
 * read once from the class path. It is the single source of member names and constraints.
 */
final class ServiceModel {
  private static final String RESOURCE = "/io/profilesim/model/customer-profiles-2020-08-15.json";
  private static final ServiceModel STANDARD = load();

  private final JsonNode shapes;
  private final JsonNode operations;

  private ServiceModel(JsonNode root) {
    this.shapes = root.get("shapes");
    this.operations = root.get("operations");
  }

  static ServiceModel standard() {
    return STANDARD;
  }

  private static ServiceModel load() {
    try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("service model missing from the class path: " + RESOURCE);
      }
      return new ServiceModel(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the service model " + RESOURCE, e);
    }
  }

  /** Returns the shape definition, or fails if the model has no shape of that name. */
  JsonNode shape(String name) {
    JsonNode shape = shapes.get(name);
    if (shape == null) {
      throw new IllegalStateException("the service model has no shape named " + name);
    }
    return shape;
  }

  boolean hasShape(String name) {
    return shapes.has(name);
  }

  /** Returns the operation definition (http binding, input, output, errors). */
  JsonNode operation(String name) {
    JsonNode op = operations.get(name);
    if (op == null) {
      throw new IllegalStateException("the service model has no operation named " + name);
    }
    return op;
  }

  /** Returns the member names of a structure shape, in model order. */
  List<String> memberNames(String structure) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = shape(structure).get("members").fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }
}
