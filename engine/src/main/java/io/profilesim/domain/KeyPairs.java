package io.profilesim.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Key pairs (name, normalized value) packed in one byte array, as objects and profiles keep them.
 * An array of Strings costs five Java objects for a profile's usual two or three pairs (the array,
 * and a String and its bytes per value that no other field holds), where this costs one; the store
 * keeps every profile live, and each young collection copies what is live.
 *
 * <p>Each String is its length in bytes (a varint) and then its chars, one to three bytes each as
 * in UTF-8, but char by char: a lone surrogate survives, and a String compares with packed bytes
 * without decoding either into a new object. Packed arrays are never changed once made.
 */
final class KeyPairs {
  static final byte[] NONE = new byte[0];

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private KeyPairs() {}

  /** Packs pairs given as name, value, name, value... */
  static byte[] pack(String[] pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("keys must come as name-value pairs");
    }
    if (pairs.length == 0) {
      return NONE;
    }
    int size = 0;
    for (int i = 0; i < pairs.length; i++) {
      if (pairs[i] == null) {
        throw new NullPointerException((i % 2 == 0 ? "name" : "value") + " of key pair " + i / 2);
      }
      size += packedSize(pairs[i]);
    }
    byte[] packed = new byte[size];
    int at = 0;
    for (String s : pairs) {
      at = put(packed, at, s);
    }
    return packed;
  }

  /** Returns the pairs as name, value, name, value... */
  static String[] unpack(byte[] packed) {
    List<String> strings = new ArrayList<>(6);
    for (int at = 0; at < packed.length; at = next(packed, at)) {
      strings.add(string(packed, at));
    }
    return strings.toArray(new String[0]);
  }

  /** Returns the packed pairs and one more. */
  static byte[] with(byte[] packed, String name, String value) {
    byte[] grown = new byte[packed.length + packedSize(name) + packedSize(value)];
    System.arraycopy(packed, 0, grown, 0, packed.length);
    put(grown, put(grown, packed.length, name), value);
    return grown;
  }

  /** Returns the packed pairs without the first equal to (name, value), or null if none is. */
  static byte[] without(byte[] packed, String name, String value) {
    for (int at = 0; at < packed.length; ) {
      int valueAt = next(packed, at);
      int end = next(packed, valueAt);
      if (equal(packed, at, name) && equal(packed, valueAt, value)) {
        if (end - at == packed.length) {
          return NONE;
        }
        byte[] shrunk = new byte[packed.length - (end - at)];
        System.arraycopy(packed, 0, shrunk, 0, at);
        System.arraycopy(packed, end, shrunk, at, packed.length - end);
        return shrunk;
      }
      at = end;
    }
    return null;
  }

  static boolean contains(byte[] packed, String name, String value) {
    for (int at = 0; at < packed.length; ) {
      int valueAt = next(packed, at);
      if (equal(packed, at, name) && equal(packed, valueAt, value)) {
        return true;
      }
      at = next(packed, valueAt);
    }
    return false;
  }

  static boolean containsName(byte[] packed, String name) {
    for (int at = 0; at < packed.length; at = next(packed, next(packed, at))) {
      if (equal(packed, at, name)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the values of one name, in pair order. */
  static List<String> values(byte[] packed, String name) {
    List<String> values = new ArrayList<>(1);
    for (int at = 0; at < packed.length; ) {
      int valueAt = next(packed, at);
      if (equal(packed, at, name)) {
        values.add(string(packed, valueAt));
      }
      at = next(packed, valueAt);
    }
    return values;
  }

  /** Returns whether two pairs are equal; they then need not be indexed twice. */
  static boolean hasRepeats(byte[] packed) {
    for (int at = 0; at < packed.length; ) {
      int end = next(packed, next(packed, at));
      for (int other = end; other < packed.length; ) {
        int otherEnd = next(packed, next(packed, other));
        if (sameBytes(packed, at, end, other, otherEnd)) {
          return true;
        }
        other = otherEnd;
      }
      at = end;
    }
    return false;
  }

  /** Returns the {@link #fingerprint} of each pair, in pair order. */
  static int[] fingerprints(byte[] packed) {
    int pairs = 0;
    for (int at = 0; at < packed.length; at = next(packed, next(packed, at))) {
      pairs++;
    }
    int[] fingerprints = new int[pairs];
    int i = 0;
    for (int at = 0; at < packed.length; at = next(packed, next(packed, at))) {
      fingerprints[i++] = fingerprint(packed, at);
    }
    return fingerprints;
  }

  /**
   * Returns a 32-bit hash of a pair, by which the key index files its holders: 64-bit FNV-1a over
   * the chars, then MurmurHash3's finalizer to spread FNV's weak low bits, of which the high half.
   * Two pairs may share one, so the store checks a holder's pairs before it answers.
   */
  static int fingerprint(String name, String value) {
    long h = FNV_OFFSET;
    for (int i = 0; i < name.length(); i++) {
      h = (h ^ name.charAt(i)) * FNV_PRIME;
    }
    h = (h ^ 0x1_0000) * FNV_PRIME; // not a char: "ab","c" and "a","bc" differ
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }

  /** {@link #fingerprint(String, String)} of the pair whose name starts at {@code at}. */
  private static int fingerprint(byte[] packed, int at) {
    long h = FNV_OFFSET;
    int valueAt = next(packed, at);
    for (int i = start(packed, at); i < valueAt; i += charSize(packed[i])) {
      h = (h ^ charAt(packed, i)) * FNV_PRIME;
    }
    h = (h ^ 0x1_0000) * FNV_PRIME;
    int end = next(packed, valueAt);
    for (int i = start(packed, valueAt); i < end; i += charSize(packed[i])) {
      h = (h ^ charAt(packed, i)) * FNV_PRIME;
    }
    return mix(h);
  }

  private static int mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return (int) ((h ^ (h >>> 33)) >>> 32);
  }

  // ---------------------------------------------------------------- one packed String

  private static int packedSize(String s) {
    int bytes = encodedLength(s);
    return varintSize(bytes) + bytes;
  }

  private static int encodedLength(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }

  private static int put(byte[] packed, int at, String s) {
    int length = encodedLength(s);
    while (length >= 0x80) {
      packed[at++] = (byte) (length | 0x80);
      length >>>= 7;
    }
    packed[at++] = (byte) length;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        packed[at++] = (byte) c;
      } else if (c < 0x800) {
        packed[at++] = (byte) (0xC0 | c >> 6);
        packed[at++] = (byte) (0x80 | c & 0x3F);
      } else {
        packed[at++] = (byte) (0xE0 | c >> 12);
        packed[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        packed[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return at;
  }

  private static String string(byte[] packed, int at) {
    int end = next(packed, at);
    StringBuilder s = new StringBuilder(end - at);
    for (int i = start(packed, at); i < end; i += charSize(packed[i])) {
      s.append(charAt(packed, i));
    }
    return s.toString();
  }

  /** Returns whether the packed String at {@code at} equals {@code s}. */
  private static boolean equal(byte[] packed, int at, String s) {
    int end = next(packed, at);
    int n = 0;
    for (int i = start(packed, at); i < end; i += charSize(packed[i]), n++) {
      if (n == s.length() || charAt(packed, i) != s.charAt(n)) {
        return false;
      }
    }
    return n == s.length();
  }

  private static boolean sameBytes(byte[] packed, int from, int to, int otherFrom, int otherTo) {
    if (to - from != otherTo - otherFrom) {
      return false;
    }
    for (int i = 0; i < to - from; i++) {
      if (packed[from + i] != packed[otherFrom + i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns where the String after the one at {@code at} starts. */
  private static int next(byte[] packed, int at) {
    int length = 0;
    int shift = 0;
    byte b;
    do {
      b = packed[at++];
      length |= (b & 0x7F) << shift;
      shift += 7;
    } while (b < 0);
    return at + length;
  }

  /** Returns where the chars of the String at {@code at} start, past its length. */
  private static int start(byte[] packed, int at) {
    while (packed[at] < 0) {
      at++;
    }
    return at + 1;
  }

  private static int varintSize(int value) {
    int size = 1;
    while (value >= 0x80) {
      value >>>= 7;
      size++;
    }
    return size;
  }

  private static int charSize(byte lead) {
    return lead >= 0 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : 3;
  }

  private static char charAt(byte[] packed, int i) {
    byte lead = packed[i];
    if (lead >= 0) {
      return (char) lead;
    }
    if ((lead & 0xE0) == 0xC0) {
      return (char) ((lead & 0x1F) << 6 | packed[i + 1] & 0x3F);
    }
    return (char) ((lead & 0x0F) << 12 | (packed[i + 1] & 0x3F) << 6 | packed[i + 2] & 0x3F);
  }
}
