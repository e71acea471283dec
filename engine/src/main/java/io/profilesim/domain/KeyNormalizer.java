package io.profilesim.domain;

import io.profilesim.model.FieldContentType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The form in which a key value is indexed and searched, by the {@code ContentType} of the field it
 * comes from. AWS documents only the phone rule ("+15551234567" matches "(555)-123-4567"); the
 * others are our conventions, chosen so that equality means "the same identifier":
 *
 * <ul>
 *   <li>{@code STRING}: the value as given;
 *   <li>{@code NUMBER}: the number without insignificant zeros ({@code 1.50} is {@code 1.5}, {@code
 *       007} is {@code 7}); a value that is not a number stays as given;
 *   <li>{@code PHONE_NUMBER}: the digits only, without an international {@code 00} prefix and
 *       without the North American country code 1 before ten digits; a value without digits stays
 *       as given;
 *   <li>{@code EMAIL_ADDRESS}: trimmed and lower-case;
 *   <li>{@code NAME}: trimmed, runs of white space as one space, lower-case.
 * </ul>
 */
public final class KeyNormalizer {
  private KeyNormalizer() {}

  /** Returns the indexed form of a key value of the given content type. */
  public static String normalize(FieldContentType type, String value) {
    return switch (type == null ? FieldContentType.STRING : type) {
      case STRING -> value;
      case NUMBER -> number(value);
      case PHONE_NUMBER -> phone(value);
      case EMAIL_ADDRESS -> value.trim().toLowerCase(Locale.ROOT);
      case NAME -> name(value);
    };
  }

  private static String number(String value) {
    try {
      BigDecimal n = new BigDecimal(value.trim());
      return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static String phone(String value) {
    // Digits are ASCII: collected as bytes, they become the String by one copy. Ingestion
    // normalizes a phone number or two for every object.
    byte[] digits = new byte[value.length()];
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits[n++] = (byte) c;
      }
    }
    if (n == 0) {
      return value;
    }
    int from = 0;
    if (value.trim().startsWith("00") && n > 2) {
      from = 2;
    }
    if (n - from == 11 && digits[from] == '1') {
      from++;
    }
    return new String(digits, from, n - from, StandardCharsets.US_ASCII);
  }

  private static String name(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    boolean space = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
