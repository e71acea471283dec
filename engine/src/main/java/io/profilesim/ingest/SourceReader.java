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

  /** Values this short are shared; longer ones (addresses, free text) rarely repeat. */
  private static final int MAX_SHARED_LENGTH = 32;
  /**
   * Enough for types with thousands of repeating values (postal codes) not to evict each other; a
   * miss reads only {@link #sharedHashes}, so the values themselves are touched only on a hit.
   */
  private static final int SHARED_SLOTS = 1 << 14;

  private final Node root = new Node();
  private final List<String[]> paths = new ArrayList<>();
  private final String[] shared = new String[SHARED_SLOTS];

  /** The hash of each slot's value, so a miss is decided without reading the value itself. */
  private final int[] sharedHashes = new int[SHARED_SLOTS];

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
      String text = text(p, node);
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

  /**
   * Returns the current value's text, reusing the instance of an equal short value read before.
   * First names, cities, countries and tiers repeat across millions of profiles; without this
   * each profile kept its own copy (about 240 of a profile's 1,600 bytes on the benchmark's CRM
   * records). The table is direct-mapped: a value takes the slot of its hash. Slots are read and
   * written without a lock, which is safe because a String is immutable and a hit compares the
   * characters, and which instance a profile holds never shows in any output.
   *
   * <p>An accessor whose values seldom repeat (ids, emails, phone numbers) stops using the table
   * after a while (see {@link Node#shares}): its values would only push the repeating ones out.
   */
  private String text(JsonParser p, Node node) throws IOException {
    int length = p.getTextLength();
    if (length > MAX_SHARED_LENGTH || !node.shares()) {
      return p.getText();
    }
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[offset + i];
    }
    int slot = (h ^ (h >>> 16)) & (SHARED_SLOTS - 1);
    if (sharedHashes[slot] == h) {
      String cached = shared[slot];
      if (cached != null && cached.length() == length && sameChars(cached, chars, offset)) {
        node.counted(true);
        return cached;
      }
    }
    node.counted(false);
    String text = new String(chars, offset, length);
    shared[slot] = text;
    sharedHashes[slot] = h;
    return text;
  }

  private static boolean sameChars(String s, char[] chars, int offset) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
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
    /** Values read per verdict on whether an accessor's values repeat enough to share. */
    private static final int SAMPLE = 4096;

    final Map<String, Node> children = new HashMap<>();
    int[] ends = new int[0];

    // Counted without a lock: a lost update only delays the verdict, which no output depends on.
    private int sampled;
    private int repeats;
    private boolean unshared;

    /** Returns whether this accessor's values are looked up in the table of shared values. */
    boolean shares() {
      return !unshared;
    }

    /**
     * Counts a value read through the table. After {@value #SAMPLE} values of which fewer than one
     * in eight was found there, the accessor stops using it.
     */
    void counted(boolean found) {
      repeats += found ? 1 : 0;
      if (++sampled >= SAMPLE) {
        unshared = repeats < SAMPLE / 8;
        sampled = 0;
        repeats = 0;
      }
    }

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
