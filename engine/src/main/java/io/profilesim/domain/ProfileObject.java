package io.profilesim.domain;

import com.google.common.base.Utf8;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A profile object as the store keeps it: the JSON exactly as ingested, its type, the identifier
 * AWS calls {@code ProfileObjectUniqueKey}, its size, when it was ingested and when it expires, and
 * the values of its keys (which {@code ListProfileObjects} filters on). Immutable to everyone but
 * the store, which numbers objects in the order they were stored.
 */
public final class ProfileObject {
  /**
   * The {@code ProfileObjectUniqueKey}'s 128 bits ({@link IdGenerator.Id}) rather than its 32 hex
   * digits: a String would be two more Java objects per stored object, and the store keeps
   * millions of them live.
   */
  private final long idHigh;

  private final long idLow;
  private final String objectTypeName;
  /**
   * The JSON in UTF-8, as AWS measures it: one object fewer per stored object than a String (the
   * store keeps millions, and every young collection copies what is live), and half the bytes for
   * text outside Latin-1. Only ListProfileObjects reads it back.
   */
  private final byte[] json;
  private final long ingestedAtMillis;
  private final long expiresAtMillis;
  /** The key pairs, {@linkplain KeyPairs packed}: one Java object where Strings would be five. */
  private final byte[] keys;
  private long sequence = -1;

  /** The profile holding this object; set and moved by the store. */
  ProfileEntry owner;

  /**
   * @param uniqueKey the object's {@code ProfileObjectUniqueKey}: 32 lower-case hex digits, as
   *     {@link IdGenerator} makes them
   * @param objectTypeName the object type it was ingested through
   * @param json the object as ingested; valid Unicode (a lone surrogate has no UTF-8 form)
   * @param ingestedAtMillis when it was ingested, epoch milliseconds
   * @param expiresAtMillis when it expires, epoch milliseconds
   * @param keys the object's key values as pairs: name, normalized value, name, value...
   */
  public ProfileObject(
      String uniqueKey,
      String objectTypeName,
      String json,
      long ingestedAtMillis,
      long expiresAtMillis,
      String[] keys) {
    this(parseKey(uniqueKey), objectTypeName, utf8(Objects.requireNonNull(json, "json")),
        ingestedAtMillis, expiresAtMillis, keys);
  }

  /**
   * The object as ingestion has it: its unique key as the type's {@link IdGenerator} made it, and
   * its JSON already in UTF-8, once measured against the size quota. The array becomes the
   * object's, neither copied nor to be changed by the caller.
   */
  public ProfileObject(
      IdGenerator.Id uniqueKey,
      String objectTypeName,
      byte[] utf8Json,
      long ingestedAtMillis,
      long expiresAtMillis,
      String[] keys) {
    this.idHigh = uniqueKey.high();
    this.idLow = uniqueKey.low();
    this.objectTypeName = Objects.requireNonNull(objectTypeName, "objectTypeName");
    this.json = Objects.requireNonNull(utf8Json, "utf8Json");
    this.ingestedAtMillis = ingestedAtMillis;
    this.expiresAtMillis = expiresAtMillis;
    this.keys = KeyPairs.pack(keys);
  }

  public String uniqueKey() {
    return new IdGenerator.Id(idHigh, idLow).toString();
  }

  long idHigh() {
    return idHigh;
  }

  long idLow() {
    return idLow;
  }

  public String objectTypeName() {
    return objectTypeName;
  }

  public String json() {
    return new String(json, StandardCharsets.UTF_8);
  }

  /** The size AWS meters: the JSON's length in UTF-8. */
  public int sizeBytes() {
    return json.length;
  }

  public Instant ingestedAt() {
    return Instant.ofEpochMilli(ingestedAtMillis);
  }

  public long expiresAtMillis() {
    return expiresAtMillis;
  }

  public Instant expiresAt() {
    return Instant.ofEpochMilli(expiresAtMillis);
  }

  /** Returns the position of this object in the order the domain stored its objects. */
  public long sequence() {
    return sequence;
  }

  void sequence(long sequence) {
    this.sequence = sequence;
  }

  /** Returns the packed key pairs themselves (never changed), for the store to share. */
  byte[] packedKeys() {
    return keys;
  }

  /** Returns the normalized values this object has for a key, in definition order. */
  public List<String> keyValues(String keyName) {
    return KeyPairs.values(keys, keyName);
  }

  private static IdGenerator.Id parseKey(String uniqueKey) {
    IdGenerator.Id key = IdGenerator.Id.parse(Objects.requireNonNull(uniqueKey, "uniqueKey"));
    if (key == null) {
      throw new IllegalArgumentException(
          "uniqueKey must be 32 lower-case hex digits, not " + uniqueKey);
    }
    return key;
  }

  /** The text in UTF-8; {@code getBytes} alone would turn a lone surrogate into '?' silently. */
  private static byte[] utf8(String text) {
    Utf8.encodedLength(text); // throws IllegalArgumentException naming the lone surrogate's index
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return objectTypeName + "/" + uniqueKey() + " " + json();
  }
}
