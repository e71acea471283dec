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

  @Test
  void at_givesWhatNextGivesAsThatNumber() {
    IdGenerator ids = new IdGenerator(7, "profile/retail");

    assertThat(ids.at(1)).isEqualTo(IdGenerator.of(7, "profile/retail", "1"));
    ids.next();
    assertThat(ids.next()).isEqualTo(ids.at(1));
  }

  @Property(tries = 500)
  void at_namesTheNumbersDecimalDigits(@ForAll long seed, @ForAll long n) {
    IdGenerator ids = new IdGenerator(seed, "profile/d");

    assertThat(ids.at(n)).isEqualTo(IdGenerator.of(seed, "profile/d", Long.toString(n)));
    assertThat(ids.bitsAt(n).toString()).isEqualTo(ids.at(n));
  }

  @Test
  void at_namesTheNumbersDecimalDigits_atTheEdges() {
    IdGenerator ids = new IdGenerator(3, "profile/d");

    for (long n : new long[] {0, 9, 10, 99, 100, Long.MAX_VALUE, -1, Long.MIN_VALUE}) {
      assertThat(ids.at(n)).isEqualTo(IdGenerator.of(3, "profile/d", Long.toString(n)));
    }
  }

  @Property(tries = 500)
  void anIdsHalves_spellTheIdAgain(@ForAll long seed, @ForAll String name) {
    IdGenerator ids = new IdGenerator(seed, "object/retail/Crm");
    IdGenerator.Id bits = ids.bitsOf(name);

    assertThat(bits.toString()).isEqualTo(ids.idOf(name));
    assertThat(IdGenerator.Id.parse(ids.idOf(name))).isEqualTo(bits);
  }

  @Test
  void parse_acceptsOnly32LowerCaseHexDigits() {
    String id = "0123456789abcdef0123456789abcdef";

    assertThat(IdGenerator.Id.parse(id)).hasToString(id);
    assertThat(IdGenerator.Id.parse(id.toUpperCase())).isNull();
    assertThat(IdGenerator.Id.parse(id.substring(1))).isNull();
    assertThat(IdGenerator.Id.parse(id + "0")).isNull();
    assertThat(IdGenerator.Id.parse(id.replace('a', 'g'))).isNull();
    // Character.digit would read these as 3 and 10.
    assertThat(IdGenerator.Id.parse(id.replace('3', '\u0663'))).isNull();
    assertThat(IdGenerator.Id.parse(id.replace('a', '\uff41'))).isNull();
  }
}
