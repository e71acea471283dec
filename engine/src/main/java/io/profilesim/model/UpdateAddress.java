package io.profilesim.model;

/**
 * Updates associated with the address properties of a customer profile.
 *
 * <p>Shape {@code UpdateAddress}.
 *
 * @param address1 the first line of a customer address.
 * @param address2 the second line of a customer address.
 * @param address3 the third line of a customer address.
 * @param address4 the fourth line of a customer address.
 * @param city the city in which a customer lives.
 * @param county the county in which a customer lives.
 * @param state the state in which a customer lives.
 * @param province the province in which a customer lives.
 * @param country the country in which a customer lives.
 * @param postalCode the postal code of a customer address.
 */
public record UpdateAddress(
    String address1,
    String address2,
    String address3,
    String address4,
    String city,
    String county,
    String state,
    String province,
    String country,
    String postalCode) {

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .address1(address1)
        .address2(address2)
        .address3(address3)
        .address4(address4)
        .city(city)
        .county(county)
        .state(state)
        .province(province)
        .country(country)
        .postalCode(postalCode);
  }

  /** Builds a {@link UpdateAddress}. */
  public static final class Builder {
    private String address1;
    private String address2;
    private String address3;
    private String address4;
    private String city;
    private String county;
    private String state;
    private String province;
    private String country;
    private String postalCode;

    private Builder() {}

    /** Sets {@code Address1}. */
    public Builder address1(String address1) {
      this.address1 = address1;
      return this;
    }

    /** Sets {@code Address2}. */
    public Builder address2(String address2) {
      this.address2 = address2;
      return this;
    }

    /** Sets {@code Address3}. */
    public Builder address3(String address3) {
      this.address3 = address3;
      return this;
    }

    /** Sets {@code Address4}. */
    public Builder address4(String address4) {
      this.address4 = address4;
      return this;
    }

    /** Sets {@code City}. */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /** Sets {@code County}. */
    public Builder county(String county) {
      this.county = county;
      return this;
    }

    /** Sets {@code State}. */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /** Sets {@code Province}. */
    public Builder province(String province) {
      this.province = province;
      return this;
    }

    /** Sets {@code Country}. */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /** Sets {@code PostalCode}. */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public UpdateAddress build() {
      return new UpdateAddress(
          address1,
          address2,
          address3,
          address4,
          city,
          county,
          state,
          province,
          country,
          postalCode);
    }
  }
}
