package io.profilesim.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NormalizerTest {
  @Test
  void text_lowersCaseDropsAccentsAndTurnsPunctuationIntoSingleSpaces() {
    assertThat(Normalizer.text("  Zoë  Müller--Ñúñez, Jr. ")).isEqualTo("zoe muller nunez jr");
  }

  @Test
  void text_joinsApostrophesAndIsNullWhenNothingIsLeft() {
    assertThat(Normalizer.text("O'Brien")).isEqualTo("obrien");
    assertThat(Normalizer.text(" -- ")).isNull();
    assertThat(Normalizer.text(null)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "O'Brien, obrien",
      "o brien, obrien",
      "OBRIEN, obrien",
      "Mary-Ann, maryann",
      "jac ob, jacob",
      "Dr. John, john",
      "Smith Jr., smith",
      "Martin Luther King III, martinlutherking",
      "José, jose"})
  void name_dropsTitlesSuffixesSpacesAndPunctuation(String raw, String expected) {
    assertThat(Normalizer.name(raw)).isEqualTo(expected);
  }

  @Test
  void name_keepsATitleWordThatIsTheWholeName() {
    assertThat(Normalizer.name("Dr")).isEqualTo("dr");
  }

  @Test
  void email_removesSpacesAndCase() {
    assertThat(Normalizer.email(" JOHN_DOE @AnyCompany.COM ")).isEqualTo("john_doe@anycompany.com");
    assertThat(Normalizer.email("  ")).isNull();
  }

  @Test
  void emailCanonical_ignoresDotsUnderscoresDashesAndPlusTags() {
    assertThat(Normalizer.emailCanonical("john_doe@anycompany.com"))
        .isEqualTo(Normalizer.emailCanonical("johndoe@anycompany.com"))
        .isEqualTo(Normalizer.emailCanonical("john.doe+shop@anycompany.com"))
        .isEqualTo("johndoe@anycompany.com");
  }

  @Test
  void isWellFormedEmail_needsOneAtWithTextOnBothSides() {
    assertThat(Normalizer.isWellFormedEmail("a@b.com")).isTrue();
    assertThat(Normalizer.isWellFormedEmail("ab.com")).isFalse();
    assertThat(Normalizer.isWellFormedEmail("a@b@c")).isFalse();
    assertThat(Normalizer.isWellFormedEmail("@b.com")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "555-010-0000, 15550100000",
      "+1-555-010-0000, 15550100000",
      "1 (555) 010-0000, 15550100000",
      "(555) 010 0000 x123, 15550100000",
      "555.010.0000 ext. 9, 15550100000",
      "001 555 010 0000, 15550100000",
      "011 44 20 7946 0018, 442079460018",
      "+44 20 7946 0018, 442079460018"})
  void phone_keepsDigitsWithTheCountryCode(String raw, String expected) {
    assertThat(Normalizer.phone(raw, "1")).isEqualTo(expected);
  }

  @Test
  void phone_dropsTrunkZerosBeforeTheDefaultCountryCode() {
    assertThat(Normalizer.phone("020 7946 0018", "44")).isEqualTo("442079460018");
    assertThat(Normalizer.phone("+44 20 7946 0018", "44")).isEqualTo("442079460018");
  }

  @Test
  void phone_isNullWithFewerThanSevenDigits() {
    assertThat(Normalizer.phone("555-01", "1")).isNull();
    assertThat(Normalizer.phone("n/a", "1")).isNull();
  }

  @Test
  void street_abbreviatesStreetTypesAndDirections() {
    assertThat(Normalizer.street("12 North Main Street, Apartment 4"))
        .isEqualTo(Normalizer.street("12 N. Main St Apt 4"))
        .isEqualTo("12 n main st apt 4");
    assertThat(Normalizer.street("5 Giblin Avenue")).isEqualTo("5 giblin ave");
  }

  @Test
  void city_abbreviatesSaintMountAndFort() {
    assertThat(Normalizer.city("Saint-Louis")).isEqualTo("st louis");
    assertThat(Normalizer.city("Mount Isa")).isEqualTo("mt isa");
    assertThat(Normalizer.city("Fort Worth")).isEqualTo("ft worth");
  }

  @Test
  void postalCode_keepsLettersAndDigitsAndCutsZipPlusFour() {
    assertThat(Normalizer.postalCode("sw1a 1aa")).isEqualTo("SW1A1AA");
    assertThat(Normalizer.postalCode("98101-1234")).isEqualTo("98101");
    assertThat(Normalizer.postalCode("4011")).isEqualTo("4011");
  }

  @Test
  void state_dropsSpacesAndPunctuation() {
    assertThat(Normalizer.state("N.S.W.")).isEqualTo("nsw");
    assertThat(Normalizer.state("New York")).isEqualTo("newyork");
  }

  @ParameterizedTest
  @CsvSource({
      "1971-06-24, 1971-06-24",
      "19710624, 1971-06-24",
      "1971/06/24, 1971-06-24",
      "1971.06.24, 1971-06-24",
      "06/24/1971, 1971-06-24",
      "24/06/1971, 1971-06-24",
      "24.06.1971, 1971-06-24",
      "24-06-1971, 1971-06-24",
      "1971-06-24T00:00:00Z, 1971-06-24",
      "24 Jun 1971, 1971-06-24",
      "June 24 1971, 1971-06-24"})
  void birthDate_readsSeveralFormatsIntoIso(String raw, String expected) {
    assertThat(Normalizer.birthDate(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"19710230", "1971-13-01", "yesterday", "24/06/71", "0000-01-01", "12345",
      "123456789012/1/1", "June 123456789012 1971", "1971-06-24-01"})
  void birthDate_isNullWhenNotARealDate(String raw) {
    assertThat(Normalizer.birthDate(raw)).isNull();
  }

  @Test
  void birthDate_readsSlashDatesAsMonthFirst() {
    assertThat(Normalizer.birthDate("03/04/1980")).isEqualTo("1980-03-04");
  }
}
