package io.profilesim.samples.generate;

/**
 * What to generate and how often each variation happens. Rates are probabilities in [0, 1]; see
 * {@link #defaults(long, long)} for the values used when only a size and a seed are given.
 *
 * @param profiles how many records (and so profiles, one per record) to generate
 * @param seed the seed every random choice derives from; the same settings give the same records
 * @param householdRate share of households with two to five people
 * @param twinRate share of households of three or more that include twins
 * @param commonNameRate share of people given one of the most frequent full names
 * @param moveRate share of people with two or more records who move between them
 * @param emailChangeRate share of people with two or more records who change their email
 * @param typoRate chance that a name, street or email in a record has a typo
 * @param nicknameRate chance that a record uses a short form of a given name that has one
 * @param caseRate chance that a record's names are in an unusual case
 * @param whitespaceRate chance that a record's names carry stray spaces
 * @param accentDropRate chance that a record drops the accents of a name that has them
 * @param swappedNameRate chance that a record has given and family names swapped
 * @param dateFormatRate chance that a birth date is in another format than the source's usual
 * @param birthDateErrorRate chance that a birth date is wrong (day and month swapped, year typo)
 * @param missingFieldRate chance that each usually-filled field of a record is empty
 * @param newAccountRate chance that a person's second or later CRM record has a new account
 * @param giftShippingRate chance that a web order ships to someone else
 * @param genericEmailRate chance that a record's email is a shared placeholder
 * @param genericPhoneRate chance that a record's phone is a shared placeholder or call-centre line
 * @param shuffleWindow how many records are held back and emitted in random order, so that one
 *     person's records are not adjacent in the output; memory grows with it, not with
 *     {@code profiles}
 */
public record GeneratorSettings(long profiles, long seed, double householdRate, double twinRate,
    double commonNameRate, double moveRate, double emailChangeRate, double typoRate,
    double nicknameRate, double caseRate, double whitespaceRate, double accentDropRate,
    double swappedNameRate, double dateFormatRate, double birthDateErrorRate,
    double missingFieldRate, double newAccountRate, double giftShippingRate,
    double genericEmailRate, double genericPhoneRate, int shuffleWindow) {

  /** The default for {@link #shuffleWindow}: a few megabytes of records. */
  public static final int DEFAULT_SHUFFLE_WINDOW = 16_384;

  /**
   * @throws IllegalArgumentException if {@code profiles} or {@code shuffleWindow} is below 1 or a
   *     rate is outside [0, 1]; the message names the setting and its value
   */
  public GeneratorSettings {
    requireAtLeastOne("profiles", profiles);
    requireAtLeastOne("shuffleWindow", shuffleWindow);
    requireRate("householdRate", householdRate);
    requireRate("twinRate", twinRate);
    requireRate("commonNameRate", commonNameRate);
    requireRate("moveRate", moveRate);
    requireRate("emailChangeRate", emailChangeRate);
    requireRate("typoRate", typoRate);
    requireRate("nicknameRate", nicknameRate);
    requireRate("caseRate", caseRate);
    requireRate("whitespaceRate", whitespaceRate);
    requireRate("accentDropRate", accentDropRate);
    requireRate("swappedNameRate", swappedNameRate);
    requireRate("dateFormatRate", dateFormatRate);
    requireRate("birthDateErrorRate", birthDateErrorRate);
    requireRate("missingFieldRate", missingFieldRate);
    requireRate("newAccountRate", newAccountRate);
    requireRate("giftShippingRate", giftShippingRate);
    requireRate("genericEmailRate", genericEmailRate);
    requireRate("genericPhoneRate", genericPhoneRate);
  }

  /**
   * Returns the default rates for {@code profiles} records from {@code seed}: about a fifth of
   * households shared, a few percent of records with each kind of noise, one to two percent of
   * placeholder emails and phones.
   */
  public static GeneratorSettings defaults(long profiles, long seed) {
    return builder().profiles(profiles).seed(seed).build();
  }

  /** Returns a builder holding the defaults (one profile, seed 1). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.profiles = profiles;
    b.seed = seed;
    b.householdRate = householdRate;
    b.twinRate = twinRate;
    b.commonNameRate = commonNameRate;
    b.moveRate = moveRate;
    b.emailChangeRate = emailChangeRate;
    b.typoRate = typoRate;
    b.nicknameRate = nicknameRate;
    b.caseRate = caseRate;
    b.whitespaceRate = whitespaceRate;
    b.accentDropRate = accentDropRate;
    b.swappedNameRate = swappedNameRate;
    b.dateFormatRate = dateFormatRate;
    b.birthDateErrorRate = birthDateErrorRate;
    b.missingFieldRate = missingFieldRate;
    b.newAccountRate = newAccountRate;
    b.giftShippingRate = giftShippingRate;
    b.genericEmailRate = genericEmailRate;
    b.genericPhoneRate = genericPhoneRate;
    b.shuffleWindow = shuffleWindow;
    return b;
  }

  private static void requireAtLeastOne(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }

  private static void requireRate(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
    }
  }

  /** Builds {@link GeneratorSettings}; starts from the defaults. */
  public static final class Builder {
    private long profiles = 1;
    private long seed = 1;
    private double householdRate = 0.22;
    private double twinRate = 0.1;
    private double commonNameRate = 0.01;
    private double moveRate = 0.15;
    private double emailChangeRate = 0.10;
    private double typoRate = 0.05;
    private double nicknameRate = 0.12;
    private double caseRate = 0.08;
    private double whitespaceRate = 0.03;
    private double accentDropRate = 0.5;
    private double swappedNameRate = 0.02;
    private double dateFormatRate = 0.15;
    private double birthDateErrorRate = 0.02;
    private double missingFieldRate = 0.08;
    private double newAccountRate = 0.5;
    private double giftShippingRate = 0.05;
    private double genericEmailRate = 0.02;
    private double genericPhoneRate = 0.015;
    private int shuffleWindow = DEFAULT_SHUFFLE_WINDOW;

    private Builder() {}

    /** Sets {@link GeneratorSettings#profiles()}. */
    public Builder profiles(long profiles) {
      this.profiles = profiles;
      return this;
    }

    /** Sets {@link GeneratorSettings#seed()}. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets {@link GeneratorSettings#householdRate()}. */
    public Builder householdRate(double rate) {
      this.householdRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#twinRate()}. */
    public Builder twinRate(double rate) {
      this.twinRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#commonNameRate()}. */
    public Builder commonNameRate(double rate) {
      this.commonNameRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#moveRate()}. */
    public Builder moveRate(double rate) {
      this.moveRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#emailChangeRate()}. */
    public Builder emailChangeRate(double rate) {
      this.emailChangeRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#typoRate()}. */
    public Builder typoRate(double rate) {
      this.typoRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#nicknameRate()}. */
    public Builder nicknameRate(double rate) {
      this.nicknameRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#caseRate()}. */
    public Builder caseRate(double rate) {
      this.caseRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#whitespaceRate()}. */
    public Builder whitespaceRate(double rate) {
      this.whitespaceRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#accentDropRate()}. */
    public Builder accentDropRate(double rate) {
      this.accentDropRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#swappedNameRate()}. */
    public Builder swappedNameRate(double rate) {
      this.swappedNameRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#dateFormatRate()}. */
    public Builder dateFormatRate(double rate) {
      this.dateFormatRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#birthDateErrorRate()}. */
    public Builder birthDateErrorRate(double rate) {
      this.birthDateErrorRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#missingFieldRate()}. */
    public Builder missingFieldRate(double rate) {
      this.missingFieldRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#newAccountRate()}. */
    public Builder newAccountRate(double rate) {
      this.newAccountRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#giftShippingRate()}. */
    public Builder giftShippingRate(double rate) {
      this.giftShippingRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#genericEmailRate()}. */
    public Builder genericEmailRate(double rate) {
      this.genericEmailRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#genericPhoneRate()}. */
    public Builder genericPhoneRate(double rate) {
      this.genericPhoneRate = rate;
      return this;
    }

    /** Sets {@link GeneratorSettings#shuffleWindow()}. */
    public Builder shuffleWindow(int records) {
      this.shuffleWindow = records;
      return this;
    }

    /**
     * Returns the settings.
     *
     * @throws IllegalArgumentException if a value is out of range (see the record's constructor)
     */
    public GeneratorSettings build() {
      return new GeneratorSettings(profiles, seed, householdRate, twinRate, commonNameRate,
          moveRate, emailChangeRate, typoRate, nicknameRate, caseRate, whitespaceRate,
          accentDropRate, swappedNameRate, dateFormatRate, birthDateErrorRate, missingFieldRate,
          newAccountRate, giftShippingRate, genericEmailRate, genericPhoneRate, shuffleWindow);
    }
  }
}
