package io.profilesim.domain;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers in the service's form (32 lower-case hex digits) that depend only on the seed, the
 * domain, the kind of thing named and how many of that kind came before. Two runs with the same
 * seed and the same sequence of calls therefore produce the same identifiers, byte for byte.
 */
public final class IdGenerator {
  /** Reads 8 bytes of an array as one little-endian long, in one load rather than eight. */
  private static final VarHandle LITTLE_ENDIAN_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The seed, the scope and the separating zero byte: what every id's input starts with. */
  private final byte[] prefix;

  private final AtomicLong counter = new AtomicLong();

  /**
   * @param seed the run's seed
   * @param scope what the identifiers belong to, for example {@code profile/retail-domain}
   */
  public IdGenerator(long seed, String scope) {
    byte[] s = scope.getBytes(StandardCharsets.UTF_8);
    this.prefix = new byte[8 + s.length + 1];
    for (int i = 0; i < 8; i++) {
      prefix[i] = (byte) (seed >>> (8 * i));
    }
    System.arraycopy(s, 0, prefix, 8, s.length);
  }

  /** Returns the next identifier of this scope. */
  public String next() {
    return at(counter.getAndIncrement());
  }

  /**
   * Returns the identifier {@link #next} gives as its {@code n}th (from 0), for a caller that
   * counts under a lock of its own rather than through this generator's atomic counter.
   */
  public String at(long n) {
    return bitsAt(n).toString();
  }

  /** Returns {@link #at}'s identifier as its two halves, as the store keeps profile ids. */
  Id bitsAt(long n) {
    if (n < 0) {
      return bitsOf(Long.toString(n));
    }
    // The decimal digits written straight into the input: every new profile is named this way,
    // and Long.toString's String would be made only to be copied.
    int length = 1;
    for (long rest = n / 10; rest > 0; rest /= 10) {
      length++;
    }
    byte[] input = Arrays.copyOf(prefix, prefix.length + length);
    long rest = n;
    for (int i = input.length - 1; i >= prefix.length; i--) {
      input[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    return murmur3x64128(input);
  }

  /**
   * Returns the identifier of a name in this generator's scope, the same as {@link #of} with its
   * seed and scope.
   */
  public String idOf(String name) {
    return bitsOf(name).toString();
  }

  /**
   * Returns {@link #idOf}'s identifier as its two halves. Ingestion names every object this way,
   * so the seed and scope are encoded once, not per object, and the store keeps the halves.
   */
  public Id bitsOf(String name) {
    int n = name.length();
    byte[] input = Arrays.copyOf(prefix, prefix.length + n);
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        input = Arrays.copyOf(prefix, prefix.length + utf8.length);
        System.arraycopy(utf8, 0, input, prefix.length, utf8.length);
        break;
      }
      input[prefix.length + i] = (byte) c;
    }
    return murmur3x64128(input);
  }

  /**
   * Returns the identifier of a name within a scope: the same inputs give the same identifier.
   * It is the hex form of MurmurHash3 x64 128 (seed 0) over the seed (8 bytes, little-endian), the
   * scope in UTF-8, a zero byte and the name in UTF-8, the same value as Guava's {@code
   * Hashing.murmur3_128()} gives for those bytes; computed here without Guava's per-call buffers,
   * because ingestion names every profile and object this way.
   */
  public static String of(long seed, String scope, String name) {
    byte[] s = scope.getBytes(StandardCharsets.UTF_8);
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[8 + s.length + 1 + n.length];
    for (int i = 0; i < 8; i++) {
      input[i] = (byte) (seed >>> (8 * i));
    }
    System.arraycopy(s, 0, input, 8, s.length);
    System.arraycopy(n, 0, input, 9 + s.length, n.length);
    return murmur3x64128(input).toString();
  }

  /** Returns the same as {@code Hashing.murmur3_128().hashBytes(input)}, as its two halves. */
  static Id murmur3x64128(byte[] input) {
    long h1 = 0;
    long h2 = 0;
    int blocks = input.length / 16;
    for (int b = 0; b < blocks; b++) {
      long k1 = (long) LITTLE_ENDIAN_LONG.get(input, b * 16);
      long k2 = (long) LITTLE_ENDIAN_LONG.get(input, b * 16 + 8);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int tail = blocks * 16;
    int rest = input.length - tail;
    if (rest > 8) {
      h2 ^= mixK2(littleEndianLong(input, tail + 8, rest - 8));
    }
    if (rest >= 8) {
      h1 ^= mixK1((long) LITTLE_ENDIAN_LONG.get(input, tail));
    } else if (rest > 0) {
      h1 ^= mixK1(littleEndianLong(input, tail, rest));
    }
    h1 ^= input.length;
    h2 ^= input.length;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
    return new Id(h1, h2);
  }

  private static long littleEndianLong(byte[] b, int from, int length) {
    long v = 0;
    for (int i = length - 1; i >= 0; i--) {
      v = (v << 8) | (b[from + i] & 0xff);
    }
    return v;
  }

  private static long mixK1(long k1) {
    return Long.rotateLeft(k1 * 0x87c37b91114253d5L, 31) * 0x4cf5ad432745937fL;
  }

  private static long mixK2(long k2) {
    return Long.rotateLeft(k2 * 0x4cf5ad432745937fL, 33) * 0x87c37b91114253d5L;
  }

  private static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** Writes the 8 bytes of {@code v}, little-endian, as 16 hex digits (Guava's HashCode order). */
  private static void putHex(byte[] out, int at, long v) {
    for (int i = 0; i < 8; i++) {
      int b = (int) (v >>> (8 * i)) & 0xff;
      out[at + 2 * i] = HEX[b >>> 4];
      out[at + 2 * i + 1] = HEX[b & 0xf];
    }
  }

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

  /**
   * An identifier as two numbers, {@code high} and {@code low}: the 128 bits its 32 hex digits
   * spell, as the store keeps them. {@link #toString} gives the digits back.
   */
  public record Id(long high, long low) {
    /**
     * Returns the identifier that {@code id} spells, or {@code null} when it is not 32 lower-case
     * hex digits, so no generator could have made it.
     */
    public static Id parse(String id) {
      if (id.length() != 32) {
        return null;
      }
      for (int i = 0; i < 32; i++) {
        if (hexDigit(id.charAt(i)) < 0) {
          return null;
        }
      }
      return new Id(half(id, 0), half(id, 16));
    }

    /** Returns the 32 hex digits, Guava's {@code HashCode} order: the low byte of high first. */
    @Override
    public String toString() {
      byte[] hex = new byte[32];
      putHex(hex, 0, high);
      putHex(hex, 16, low);
      return new String(hex, StandardCharsets.ISO_8859_1);
    }

    private static int hexDigit(char c) {
      return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    /** Reads 16 hex digits written by {@link #putHex}: byte i of the number is digits 2i, 2i+1. */
    private static long half(String id, int at) {
      long v = 0;
      for (int i = 0; i < 8; i++) {
        int b = hexDigit(id.charAt(at + 2 * i)) << 4 | hexDigit(id.charAt(at + 2 * i + 1));
        v |= (long) b << (8 * i);
      }
      return v;
    }
  }
}
