package io.profilesim.samples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class UniqueNumbersTest {
  @Test
  void distinctIds_giveDistinctNumbers() {
    UniqueNumbers numbers = new UniqueNumbers(100_000, new SplittableRandom(5));
    Set<String> emails = new HashSet<>();
    Set<String> phones = new HashSet<>();
    Set<String> accounts = new HashSet<>();
    for (long id = 0; id < 300_000; id++) {
      emails.add(numbers.emailSuffix(id));
      phones.add(numbers.phone("555", id).substring(3));
      accounts.add(numbers.account(id));
    }

    assertThat(emails).hasSize(300_000);
    assertThat(phones).hasSize(300_000);
    assertThat(accounts).hasSize(300_000);
  }

  @Test
  void numbers_haveTheirFormats() {
    UniqueNumbers numbers = new UniqueNumbers(2_000, new SplittableRandom(6));

    assertThat(numbers.phone("208", 7)).matches("208[2-9][0-9]{6}");
    assertThat(numbers.account(7)).matches("AC[0-9]{8}");
    // Three email ids per record fit below 10,000, so suffixes have at most four digits.
    assertThat(numbers.emailSuffix(5_999)).matches("[0-9]{1,4}");
  }

  @Test
  void pad_fillsWithZeros() {
    assertThat(UniqueNumbers.pad(42, 5)).isEqualTo("00042");
    assertThat(UniqueNumbers.pad(123456, 3)).isEqualTo("123456");
  }
}
