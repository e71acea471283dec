package io.profilesim.model;

import java.util.Map;

/**
 * The {@code UpdateProfileRequest} shape of the service model.
 *
 * <p>Shape {@code UpdateProfileRequest}. Required: {@code DomainName}, {@code ProfileId}.
 *
 * @param domainName the unique name of the domain.
 * @param profileId the unique identifier of a customer profile.
 * @param additionalInformation any additional information relevant to the customer's profile.
 * @param accountNumber an account number that you have assigned to the customer.
 * @param partyType the type of profile used to describe the customer.
 * @param businessName the name of the customer's business.
 * @param firstName the customer's first name.
 * @param middleName the customer's middle name.
 * @param lastName the customer's last name.
 * @param birthDate the customer's birth date.
 * @param gender the gender with which the customer identifies.
 * @param phoneNumber the customer's phone number, which has not been specified as a mobile, home,
 * or business number.
 * @param mobilePhoneNumber the customer's mobile phone number.
 * @param homePhoneNumber the customer's home phone number.
 * @param businessPhoneNumber the customer's business phone number.
 * @param emailAddress the customer's email address, which has not been specified as a personal or
 * business address.
 * @param personalEmailAddress the customer's personal email address.
 * @param businessEmailAddress the customer's business email address.
 * @param address A generic address associated with the customer that is not mailing, shipping, or
 * billing.
 * @param shippingAddress the customer's shipping address.
 * @param mailingAddress the customer's mailing address.
 * @param billingAddress the customer's billing address.
 * @param attributes A key value pair of attributes of a customer profile.
 * @param partyTypeString an alternative to {@code PartyType} which accepts any string as input.
 * @param genderString an alternative to {@code Gender} which accepts any string as input.
 * @param profileType determines the type of the profile.
 * @param engagementPreferences object that defines users preferred methods of engagement.
 */
public record UpdateProfileRequest(
    String domainName,
    String profileId,
    String additionalInformation,
    String accountNumber,
    PartyType partyType,
    String businessName,
    String firstName,
    String middleName,
    String lastName,
    String birthDate,
    Gender gender,
    String phoneNumber,
    String mobilePhoneNumber,
    String homePhoneNumber,
    String businessPhoneNumber,
    String emailAddress,
    String personalEmailAddress,
    String businessEmailAddress,
    UpdateAddress address,
    UpdateAddress shippingAddress,
    UpdateAddress mailingAddress,
    UpdateAddress billingAddress,
    Map<String, String> attributes,
    String partyTypeString,
    String genderString,
    ProfileType profileType,
    EngagementPreferences engagementPreferences) {

  public UpdateProfileRequest {
    attributes = Shapes.copyOf(attributes);
  }

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .domainName(domainName)
        .profileId(profileId)
        .additionalInformation(additionalInformation)
        .accountNumber(accountNumber)
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
        .partyTypeString(partyTypeString)
        .genderString(genderString)
        .profileType(profileType)
        .engagementPreferences(engagementPreferences);
  }

  /** Builds a {@link UpdateProfileRequest}. */
  public static final class Builder {
    private String domainName;
    private String profileId;
    private String additionalInformation;
    private String accountNumber;
    private PartyType partyType;
    private String businessName;
    private String firstName;
    private String middleName;
    private String lastName;
    private String birthDate;
    private Gender gender;
    private String phoneNumber;
    private String mobilePhoneNumber;
    private String homePhoneNumber;
    private String businessPhoneNumber;
    private String emailAddress;
    private String personalEmailAddress;
    private String businessEmailAddress;
    private UpdateAddress address;
    private UpdateAddress shippingAddress;
    private UpdateAddress mailingAddress;
    private UpdateAddress billingAddress;
    private Map<String, String> attributes;
    private String partyTypeString;
    private String genderString;
    private ProfileType profileType;
    private EngagementPreferences engagementPreferences;

    private Builder() {}

    /** Sets {@code DomainName}. */
    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    /** Sets {@code ProfileId}. */
    public Builder profileId(String profileId) {
      this.profileId = profileId;
      return this;
    }

    /** Sets {@code AdditionalInformation}. */
    public Builder additionalInformation(String additionalInformation) {
      this.additionalInformation = additionalInformation;
      return this;
    }

    /** Sets {@code AccountNumber}. */
    public Builder accountNumber(String accountNumber) {
      this.accountNumber = accountNumber;
      return this;
    }

    /** Sets {@code PartyType}. */
    public Builder partyType(PartyType partyType) {
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
    public Builder gender(Gender gender) {
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
    public Builder address(UpdateAddress address) {
      this.address = address;
      return this;
    }

    /** Sets {@code ShippingAddress}. */
    public Builder shippingAddress(UpdateAddress shippingAddress) {
      this.shippingAddress = shippingAddress;
      return this;
    }

    /** Sets {@code MailingAddress}. */
    public Builder mailingAddress(UpdateAddress mailingAddress) {
      this.mailingAddress = mailingAddress;
      return this;
    }

    /** Sets {@code BillingAddress}. */
    public Builder billingAddress(UpdateAddress billingAddress) {
      this.billingAddress = billingAddress;
      return this;
    }

    /** Sets {@code Attributes}. */
    public Builder attributes(Map<String, String> attributes) {
      this.attributes = attributes;
      return this;
    }

    /** Sets {@code PartyTypeString}. */
    public Builder partyTypeString(String partyTypeString) {
      this.partyTypeString = partyTypeString;
      return this;
    }

    /** Sets {@code GenderString}. */
    public Builder genderString(String genderString) {
      this.genderString = genderString;
      return this;
    }

    /** Sets {@code ProfileType}. */
    public Builder profileType(ProfileType profileType) {
      this.profileType = profileType;
      return this;
    }

    /** Sets {@code EngagementPreferences}. */
    public Builder engagementPreferences(EngagementPreferences engagementPreferences) {
      this.engagementPreferences = engagementPreferences;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public UpdateProfileRequest build() {
      return new UpdateProfileRequest(
          domainName,
          profileId,
          additionalInformation,
          accountNumber,
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
          partyTypeString,
          genderString,
          profileType,
          engagementPreferences);
    }
  }
}
