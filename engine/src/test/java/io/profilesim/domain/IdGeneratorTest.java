package io.profilesim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

final class IdGeneratorTest {
  @Property(tries = 500)
  void of_equalsGuavasMurmur3Of_theSameBytes(
      @ForAll long seed, @ForAll String scope, @ForAll String name) {
    String guava =
        Hashing.murmur3_128()
            .newHasher()
            .putLong(seed)
            .putString(scope, StandardCharsets.UTF_8)
            .putByte((byte) 0)
            .putString(name, StandardCharsets.UTF_8)
            .hash()
            .toString();

    assertThat(IdGenerator.of(seed, scope, name)).isEqualTo(guava);
  }

  @Property(tries = 500)
  void idOf_equalsOf_withTheGeneratorsSeedAndScope(
      @ForAll long seed, @ForAll String scope, @ForAll String name) {
    assertThat(new IdGenerator(seed, scope).idOf(name))
        .isEqualTo(IdGenerator.of(seed, scope, name));
  }

  @Test
  void idOf_encodesNonAsciiNamesAsUtf8() {
    IdGenerator ids = new IdGenerator(7, "object/retail/Crm");

    assertThat(ids.idOf("crm-1")).isEqualTo(IdGenerator.of(7, "object/retail/Crm", "crm-1"));
    assertThat(ids.idOf("crm-1é€😀"))
        .isEqualTo(IdGenerator.of(7, "object/retail/Crm", "crm-1é€😀"));
  }

  @Test
  void next_countsWithinItsScope() {
    IdGenerator ids = new IdGenerator(7, "profile/retail");

    assertThat(ids.next())
        .isEqualTo(IdGenerator.of(7, "profile/retail", "0"))
        .matches("[a-f0-9]{32}");
    assertThat(ids.next()).isEqualTo(IdGenerator.of(7, "profile/retail", "1"));
  }
}
