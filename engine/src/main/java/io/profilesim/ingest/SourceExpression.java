package io.profilesim.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Source} of an object type field, compiled: a JSON accessor on the ingested object
 * ({@code _source.email}, nested {@code _source.address.zip}) or a Handlebars-style template that
 * joins accessors and text ({@code {{_source.firstName}} {{_source.lastName}}}).
 *
 * <p>Where AWS is silent, chosen here:
 *
 * <ul>
 *   <li>An accessor segment that is not a member tries the longer dotted name, so a flat member
 *       named {@code customer.email} (a CSV column, say) is found by {@code _source.customer.email}
 *       when there is no {@code customer} object. A numeric segment indexes an array.
 *   <li>A number keeps the digits the object gave ({@code 1.50} stays {@code 1.50}); a boolean
 *       reads {@code true} or {@code false}; an object or array reads as its compact JSON; JSON
 *       {@code null} and the empty string are absent.
 *   <li>A template renders an absent accessor as nothing and trims the result; it is absent when
 *       every accessor in it is absent.
 *   <li>A Source without <code>&#123;&#123;</code> must be an accessor: bare text such as {@code
 *       email} is refused rather than read as a constant, because it is almost always a mistyped
 *       accessor.
 * </ul>
 */
final class SourceExpression {
  private static final String PREFIX = "_source.";

  private final String text;

  /** Literal text and accessor paths, alternating: text, path, text, path ..., text. */
  private final List<Object> parts;

  private final boolean template;

  /** Where each accessor's value is in what a {@link SourceReader} reads; empty until bound. */
  private final int[] slots;

  private SourceExpression(String text, List<Object> parts, boolean template, int[] slots) {
    this.text = text;
    this.parts = parts;
    this.template = template;
    this.slots = slots;
  }

  /**
   * Compiles a {@code Source}.
   *
   * @throws IllegalArgumentException with a sentence saying what is wrong
   */
  static SourceExpression parse(String source) {
    if (!source.contains("{{")) {
      if (source.contains("}}")) {
        throw new IllegalArgumentException("the Source has }} without a matching {{");
      }
      return new SourceExpression(source, List.of("", path(source.trim()), ""), false, new int[0]);
    }
    List<Object> parts = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = source.indexOf("{{", at);
      if (open < 0) {
        String tail = source.substring(at);
        if (tail.contains("}}")) {
          throw new IllegalArgumentException("the Source has }} without a matching {{");
        }
        parts.add(tail);
        break;
      }
      int close = source.indexOf("}}", open + 2);
      if (close < 0) {
        throw new IllegalArgumentException("the Source has {{ without a matching }}");
      }
      String literal = source.substring(at, open);
      if (literal.contains("}}")) {
        throw new IllegalArgumentException("the Source has }} without a matching {{");
      }
      parts.add(literal);
      parts.add(path(source.substring(open + 2, close).trim()));
      at = close + 2;
    }
    return new SourceExpression(source, List.copyOf(parts), true, new int[0]);
  }

  private static String[] path(String accessor) {
    if (!accessor.startsWith(PREFIX) || accessor.length() == PREFIX.length()) {
      throw new IllegalArgumentException(
          "'"
              + accessor
              + "' is not an accessor of the ingested"
              + " object: accessors start with _source. followed by a member name");
    }
    String[] segments = accessor.substring(PREFIX.length()).split("\\.", -1);
    for (String s : segments) {
      if (s.isEmpty() || s.contains("{") || s.contains("}")) {
        throw new IllegalArgumentException(
            "'" + accessor + "' has an empty or malformed member name");
      }
    }
    return segments;
  }

  /** Returns this expression with its accessors registered in {@code reader}. */
  SourceExpression bind(SourceReader reader) {
    int[] bound = new int[parts.size() / 2];
    for (int i = 1; i < parts.size(); i += 2) {
      bound[i / 2] = reader.add((String[]) parts.get(i));
    }
    return new SourceExpression(text, parts, template, bound);
  }

  /**
   * Returns the value of the expression given what the reader it is bound to read, or {@code null}
   * if absent.
   */
  String evaluate(String[] read) {
    if (!template) {
      return read[slots[0]];
    }
    StringBuilder sb = new StringBuilder();
    boolean anyValue = false;
    for (int i = 0; i < parts.size(); i++) {
      if (i % 2 == 0) {
        sb.append((String) parts.get(i));
      } else {
        String v = read[slots[i / 2]];
        if (v != null) {
          sb.append(v);
          anyValue = true;
        }
      }
    }
    if (!anyValue) {
      return null;
    }
    String rendered = sb.toString().trim();
    return rendered.isEmpty() ? null : rendered;
  }

  /** Returns the accessor paths the expression reads, each as {@code _source.a.b}. */
  List<String> accessors() {
    List<String> accessors = new ArrayList<>();
    for (int i = 1; i < parts.size(); i += 2) {
      accessors.add(PREFIX + String.join(".", (String[]) parts.get(i)));
    }
    return accessors;
  }

  @Override
  public String toString() {
    return text;
  }
}
