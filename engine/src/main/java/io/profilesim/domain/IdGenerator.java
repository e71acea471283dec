package io.profilesim.domain;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers in the service's form (32 lower-case hex digits) that depend only on the seed, the
 * domain, the kind of thing named and how many of that kind came before. Two runs with the same
 * seed and the same sequence of calls therefore produce the same identifiers, byte for byte.
 */
public final class IdGenerator {
  private static final HashFunction HASH = Hashing.murmur3_128();

  private final long seed;
  private final String scope;
  private final AtomicLong counter = new AtomicLong();

  /**
   * @param seed the run's seed
   * @param scope what the identifiers belong to, for example {@code profile/retail-domain}
   */
  public IdGenerator(long seed, String scope) {
    this.seed = seed;
    this.scope = scope;
  }

  /** Returns the next identifier of this scope. */
  public String next() {
    return of(seed, scope, Long.toString(counter.getAndIncrement()));
  }

  /** Returns the identifier of a name within a scope: the same inputs give the same identifier. */
  public static String of(long seed, String scope, String name) {
    return HASH.newHasher()
        .putLong(seed)
        .putString(scope, StandardCharsets.UTF_8)
        .putByte((byte) 0)
        .putString(name, StandardCharsets.UTF_8)
        .hash()
        .toString();
  }
}
