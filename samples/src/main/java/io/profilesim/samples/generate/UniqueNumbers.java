package io.profilesim.samples.generate;

import java.util.SplittableRandom;

/**
 * Numbers that must not repeat across people (email suffixes, phone numbers, account numbers),
 * made without remembering any: each is an affine permutation {@code (a * id + b) mod m} of an id
 * the generator counts, with {@code a} coprime to {@code m}. Distinct ids below {@code m} give
 * distinct numbers that still look random.
 */
final class UniqueNumbers {
  /** Seven phone digits: exchanges 200..999 times lines 0000..9999. */
  private static final long PHONE_SPACE = 8_000_000L;
  private static final long ACCOUNT_SPACE = 100_000_000L;
  private static final long MAX_EMAIL_SPACE = 1_000_000_000L;

  private final Permutation emails;
  private final Permutation phones;
  private final Permutation accounts;

  /**
   * @param profiles the number of records to generate, an upper bound on people; the email space
   *     grows with it so that suffixes stay as short as uniqueness allows
   */
  UniqueNumbers(long profiles, SplittableRandom random) {
    long emailSpace = 1000;
    // Three email ids per person (own, changed, family) must fit below the modulus.
    while (emailSpace < 3 * profiles && emailSpace < MAX_EMAIL_SPACE) {
      emailSpace *= 10;
    }
    emails = Permutation.random(emailSpace, random);
    phones = Permutation.random(PHONE_SPACE, random);
    accounts = Permutation.random(ACCOUNT_SPACE, random);
  }

  /** Returns the email suffix of an email id. */
  String emailSuffix(long id) {
    return Long.toString(emails.apply(id));
  }

  /** Returns the ten digits of a phone id in an area code. */
  String phone(String areaCode, long id) {
    long n = phones.apply(id);
    return areaCode + (200 + n / 10_000) + pad(n % 10_000, 4);
  }

  /** Returns the account number of an account id: {@code AC} and eight digits. */
  String account(long id) {
    return "AC" + pad(accounts.apply(id), 8);
  }

  static String pad(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** {@code x -> (multiplier * x + offset) mod modulus}, a bijection on [0, modulus). */
  private record Permutation(long modulus, long multiplier, long offset) {
    static Permutation random(long modulus, SplittableRandom random) {
      // Every modulus here is 2^i * 5^j, so a multiplier ending in 1, 3, 7 or 9 is coprime to it.
      long[] lastDigits = {1, 3, 7, 9};
      long multiplier = random.nextLong(modulus / 10) * 10 + lastDigits[random.nextInt(4)];
      return new Permutation(modulus, multiplier, random.nextLong(modulus));
    }

    long apply(long x) {
      // Both factors are below 10^9, so the product fits in a long.
      return Math.floorMod(multiplier * Math.floorMod(x, modulus) + offset, modulus);
    }
  }
}
