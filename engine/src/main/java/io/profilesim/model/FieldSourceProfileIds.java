package io.profilesim.model;

import java.util.Map;

/**
 * A duplicate customer profile that is to be merged into a main profile: for each field, the
 * profile whose value the merged profile takes.
 *
 * <p>Shape {@code FieldSourceProfileIds}.
 *
 * @param accountNumber the profile whose account number the merged profile takes.
 * @param additionalInformation the profile whose additional information the merged profile takes.
 * @param partyType the profile whose party type the merged profile takes.
 * @param businessName the profile whose business name the merged profile takes.
 * @param firstName the profile whose first name the merged profile takes.
 * @param middleName the profile whose middle name the merged profile takes.
 * @param lastName the profile whose last name the merged profile takes.
 * @param birthDate the profile whose birth date the merged profile takes.
 * @param gender the profile whose gender the merged profile takes.
 * @param phoneNumber the profile whose phone number the merged profile takes.
 * @param mobilePhoneNumber the profile whose mobile phone number the merged profile takes.
 * @param homePhoneNumber the profile whose home phone number the merged profile takes.
 * @param businessPhoneNumber the profile whose business phone number the merged profile takes.
 * @param emailAddress the profile whose email address the merged profile takes.
 * @param personalEmailAddress the profile whose personal email address the merged profile takes.
 * @param businessEmailAddress the profile whose business email address the merged profile takes.
 * @param address the profile whose address the merged profile takes.
 * @param shippingAddress the profile whose shipping address the merged profile takes.
 * @param mailingAddress the profile whose mailing address the merged profile takes.
 * @param billingAddress the profile whose billing address the merged profile takes.
 * @param attributes for each custom attribute key, the profile whose value of it the merged profile
 * takes.
 * @param profileType the profile whose profile type the merged profile takes.
 * @param engagementPreferences the profile whose engagement preferences the merged profile takes.
 */
public record FieldSourceProfileIds(
    String accountNumber,
    String additionalInformation,
    String partyType,
    String businessName,
    String firstName,
    String middleName,
    String lastName,
    String birthDate,
    String gender,
    String phoneNumber,
    String mobilePhoneNumber,
    String homePhoneNumber,
    String businessPhoneNumber,
    String emailAddress,
    String personalEmailAddress,
    String businessEmailAddress,
    String address,
    String shippingAddress,
    String mailingAddress,
    String billingAddress,
    Map<String, String> attributes,
    String profileType,
    String engagementPreferences) {

  public FieldSourceProfileIds {
    attributes = Shapes.copyOf(attributes);
  }

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .accountNumber(accountNumber)
        .additionalInformation(additionalInformation)
        .partyType(partyType)
        .businessName(businessName)
        .firstName(firstName)
        .middleName(middleName)
        .lastName(lastName)
        .birthDate(birthDate)
        .gender(gender)
        .phoneNumber(phoneNumber)
        .mobilePhoneNumber(mobilePhoneNumber)
        .homePhoneNumber(homePhoneNumber)
        .businessPhoneNumber(businessPhoneNumber)
        .emailAddress(emailAddress)
        .personalEmailAddress(personalEmailAddress)
        .businessEmailAddress(businessEmailAddress)
        .address(address)
        .shippingAddress(shippingAddress)
        .mailingAddress(mailingAddress)
        .billingAddress(billingAddress)
        .attributes(attributes)
        .profileType(profileType)
        .engagementPreferences(engagementPreferences);
  }

  /** Builds a {@link FieldSourceProfileIds}. */
  public static final class Builder {
    private String accountNumber;
    private String additionalInformation;
    private String partyType;
    private String businessName;
    private String firstName;
    private String middleName;
    private String lastName;
    private String birthDate;
    private String gender;
    private String phoneNumber;
    private String mobilePhoneNumber;
    private String homePhoneNumber;
    private String businessPhoneNumber;
    private String emailAddress;
    private String personalEmailAddress;
    private String businessEmailAddress;
    private String address;
    private String shippingAddress;
    private String mailingAddress;
    private String billingAddress;
    private Map<String, String> attributes;
    private String profileType;
    private String engagementPreferences;

    private Builder() {}

    /** Sets {@code AccountNumber}. */
    public Builder accountNumber(String accountNumber) {
      this.accountNumber = accountNumber;
      return this;
    }

    /** Sets {@code AdditionalInformation}. */
    public Builder additionalInformation(String additionalInformation) {
      this.additionalInformation = additionalInformation;
      return this;
    }

    /** Sets {@code PartyType}. */
    public Builder partyType(String partyType) {
      this.partyType = partyType;
      return this;
    }

    /** Sets {@code BusinessName}. */
    public Builder businessName(String businessName) {
      this.businessName = businessName;
      return this;
    }

    /** Sets {@code FirstName}. */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /** Sets {@code MiddleName}. */
    public Builder middleName(String middleName) {
      this.middleName = middleName;
      return this;
    }

    /** Sets {@code LastName}. */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** Sets {@code BirthDate}. */
    public Builder birthDate(String birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /** Sets {@code Gender}. */
    public Builder gender(String gender) {
      this.gender = gender;
      return this;
    }

    /** Sets {@code PhoneNumber}. */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /** Sets {@code MobilePhoneNumber}. */
    public Builder mobilePhoneNumber(String mobilePhoneNumber) {
      this.mobilePhoneNumber = mobilePhoneNumber;
      return this;
    }

    /** Sets {@code HomePhoneNumber}. */
    public Builder homePhoneNumber(String homePhoneNumber) {
      this.homePhoneNumber = homePhoneNumber;
      return this;
    }

    /** Sets {@code BusinessPhoneNumber}. */
    public Builder businessPhoneNumber(String businessPhoneNumber) {
      this.businessPhoneNumber = businessPhoneNumber;
      return this;
    }

    /** Sets {@code EmailAddress}. */
    public Builder emailAddress(String emailAddress) {
      this.emailAddress = emailAddress;
      return this;
    }

    /** Sets {@code PersonalEmailAddress}. */
    public Builder personalEmailAddress(String personalEmailAddress) {
      this.personalEmailAddress = personalEmailAddress;
      return this;
    }

    /** Sets {@code BusinessEmailAddress}. */
    public Builder businessEmailAddress(String businessEmailAddress) {
      this.businessEmailAddress = businessEmailAddress;
      return this;
    }

    /** Sets {@code Address}. */
    public Builder address(String address) {
      this.address = address;
      return this;
    }

    /** Sets {@code ShippingAddress}. */
    public Builder shippingAddress(String shippingAddress) {
      this.shippingAddress = shippingAddress;
      return this;
    }

    /** Sets {@code MailingAddress}. */
    public Builder mailingAddress(String mailingAddress) {
      this.mailingAddress = mailingAddress;
      return this;
    }

    /** Sets {@code BillingAddress}. */
    public Builder billingAddress(String billingAddress) {
      this.billingAddress = billingAddress;
      return this;
    }

    /** Sets {@code Attributes}. */
    public Builder attributes(Map<String, String> attributes) {
      this.attributes = attributes;
      return this;
    }

    /** Sets {@code ProfileType}. */
    public Builder profileType(String profileType) {
      this.profileType = profileType;
      return this;
    }

    /** Sets {@code EngagementPreferences}. */
    public Builder engagementPreferences(String engagementPreferences) {
      this.engagementPreferences = engagementPreferences;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public FieldSourceProfileIds build() {
      return new FieldSourceProfileIds(
          accountNumber,
          additionalInformation,
          partyType,
          businessName,
          firstName,
          middleName,
          lastName,
          birthDate,
          gender,
          phoneNumber,
          mobilePhoneNumber,
          homePhoneNumber,
          businessPhoneNumber,
          emailAddress,
          personalEmailAddress,
          businessEmailAddress,
          address,
          shippingAddress,
          mailingAddress,
          billingAddress,
          attributes,
          profileType,
          engagementPreferences);
    }
  }
}
