package io.profilesim.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.profilesim.json.AwsJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the values an object type needs from an ingested object in one streaming pass, without
 * building a tree of the whole object: the accessors ({@code _source.a.b}) of all its fields form a
 * trie, members the trie does not name are skipped, and only the values asked for become strings.
 * The whole object is still checked to be well-formed JSON.
 *
 * <p>Reading follows {@link SourceExpression}'s rules: a member whose name contains dots ({@code
 * "customer.email"}) answers {@code _source.customer.email} when no nested {@code customer} object
 * does; a numeric segment indexes an array; a number keeps its digits as written; an object or
 * array reads as its compact JSON; null and the empty string are absent.
 */
final class SourceReader {
  private static final JsonFactory JSON = AwsJson.mapper().getFactory();

  /** Reads a subtree in the middle of an object: what follows it is the rest of the object. */
  private static final ObjectReader SUBTREE =
      AwsJson.mapper()
          .reader()
          .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private final Node root = new Node();
  private final List<String[]> paths = new ArrayList<>();

  /** Adds an accessor (its segments after {@code _source}) and returns its index. */
  int add(String[] segments) {
    for (int i = 0; i < paths.size(); i++) {
      if (Arrays.equals(paths.get(i), segments)) {
        return i;
      }
    }
    Node node = root;
    for (String s : segments) {
      node = node.children.computeIfAbsent(s, k -> new Node());
    }
    node.ends = Arrays.copyOf(node.ends, node.ends.length + 1);
    node.ends[node.ends.length - 1] = paths.size();
    paths.add(segments);
    return paths.size() - 1;
  }

  /** Returns how many distinct accessors were added. */
  int size() {
    return paths.size();
  }

  /**
   * Returns the value of every accessor, by index, {@code null} where the object has none.
   *
   * @throws RejectedObjectException if the text is not one well-formed JSON object
   */
  String[] read(String json) {
    String[] values = new String[paths.size()];
    int[] depth = new int[paths.size()];
    try (JsonParser p = JSON.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new RejectedObjectException(
            "Malformed JSON: the object must be a JSON object, not " + describe(first));
      }
      readObject(p, root, values, depth, 0);
      if (p.nextToken() != null) {
        throw new RejectedObjectException(
            "Malformed JSON" + where(p) + ": more content follows the object");
      }
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      int nl = message.indexOf('\n');
      throw new RejectedObjectException(
          "Malformed JSON" + where(e) + ": " + (nl < 0 ? message : message.substring(0, nl)));
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail: " + e, e);
    }
    return values;
  }

  /**
   * Reads an object's members. {@code dots} counts the dotted member names on the way here: a value
   * reached through fewer of them wins, so nested objects take precedence.
   */
  private void readObject(JsonParser p, Node node, String[] values, int[] dots, int dotted)
      throws IOException {
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      Node child = node.children.get(name);
      int childDots = dotted;
      if (child == null && name.indexOf('.') > 0) {
        child = node.walk(name.split("\\.", -1));
        childDots = dotted + 1;
      }
      if (child == null) {
        p.skipChildren();
      } else {
        readValue(p, child, values, dots, childDots);
      }
    }
  }

  private void readValue(JsonParser p, Node node, String[] values, int[] dots, int dotted)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      if (node.ends.length > 0) {
        // Rare: a field reads a whole object or array; read it as a tree once.
        JsonNode tree = SUBTREE.readTree(p);
        set(node, tree.toString(), values, dots, dotted);
        readTree(tree, node, values, dots, dotted);
      } else if (t == JsonToken.START_OBJECT) {
        readObject(p, node, values, dots, dotted);
      } else {
        readArray(p, node, values, dots, dotted);
      }
      return;
    }
    if (node.ends.length > 0 && t != JsonToken.VALUE_NULL) {
      String text = p.getText();
      set(node, text.isEmpty() ? null : text, values, dots, dotted);
    }
  }

  private void readArray(JsonParser p, Node node, String[] values, int[] dots, int dotted)
      throws IOException {
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      Node child = node.children.get(Integer.toString(index++));
      if (child == null) {
        p.skipChildren();
      } else {
        readValue(p, child, values, dots, dotted);
      }
    }
  }

  /** Reads the accessors below a subtree already read as a whole. */
  private void readTree(JsonNode tree, Node node, String[] values, int[] dots, int dotted) {
    node.children.forEach(
        (name, child) -> {
          JsonNode value =
              tree.isArray() && name.chars().allMatch(Character::isDigit) && name.length() < 10
                  ? tree.get(Integer.parseInt(name))
                  : tree.isObject() ? tree.get(name) : null;
          if (value == null || value.isNull()) {
            return;
          }
          if (child.ends.length > 0) {
            String text = value.isValueNode() ? value.asText() : value.toString();
            set(child, text.isEmpty() ? null : text, values, dots, dotted);
          }
          readTree(value, child, values, dots, dotted);
        });
  }

  private static void set(Node node, String value, String[] values, int[] dots, int dotted) {
    for (int path : node.ends) {
      if (values[path] == null || dotted <= dots[path]) {
        values[path] = value;
        dots[path] = dotted;
      }
    }
  }

  private static String where(JsonParser p) {
    var l = p.currentTokenLocation();
    return " at line " + l.getLineNr() + ", column " + l.getColumnNr();
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(Locale.ROOT);
    };
  }

  /** A trie node: the members below it, and the accessors that end here. */
  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    int[] ends = new int[0];

    /** Follows several segments at once, for a member whose name contains dots. */
    Node walk(String[] segments) {
      Node n = this;
      for (String s : segments) {
        n = n.children.get(s);
        if (n == null) {
          return null;
        }
      }
      return n;
    }
  }
}
