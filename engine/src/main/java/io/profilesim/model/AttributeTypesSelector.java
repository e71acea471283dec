package io.profilesim.model;

import java.util.List;

/**
 * Configuration information about the {@code AttributeTypesSelector }where the rule-based identity
 * resolution uses to match profiles. You can choose how profiles are compared across attribute
 * types and which attribute to use for matching from each type.
 *
 * <p>Shape {@code AttributeTypesSelector}. Required: {@code AttributeMatchingModel}.
 *
 * @param attributeMatchingModel configures the {@code AttributeMatchingModel}, you can either
 * choose {@code ONE_TO_ONE} or {@code MANY_TO_MANY}.
 * @param address the {@code Address} type. You can choose from {@code Address}, {@code
 * BusinessAddress}, {@code MaillingAddress}, and {@code ShippingAddress}.
 * @param phoneNumber the {@code PhoneNumber} type. You can choose from {@code PhoneNumber}, {@code
 * HomePhoneNumber}, and {@code MobilePhoneNumber}.
 * @param emailAddress the {@code Email} type. You can choose from {@code EmailAddress}, {@code
 * BusinessEmailAddress} and {@code PersonalEmailAddress}.
 */
public record AttributeTypesSelector(
    AttributeMatchingModel attributeMatchingModel,
    List<String> address,
    List<String> phoneNumber,
    List<String> emailAddress) {

  public AttributeTypesSelector {
    address = Shapes.copyOf(address);
    phoneNumber = Shapes.copyOf(phoneNumber);
    emailAddress = Shapes.copyOf(emailAddress);
  }

  /** Returns an empty builder: members left unset are absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this shape's members. */
  public Builder toBuilder() {
    return new Builder()
        .attributeMatchingModel(attributeMatchingModel)
        .address(address)
        .phoneNumber(phoneNumber)
        .emailAddress(emailAddress);
  }

  /** Builds a {@link AttributeTypesSelector}. */
  public static final class Builder {
    private AttributeMatchingModel attributeMatchingModel;
    private List<String> address;
    private List<String> phoneNumber;
    private List<String> emailAddress;

    private Builder() {}

    /** Sets {@code AttributeMatchingModel}. */
    public Builder attributeMatchingModel(AttributeMatchingModel attributeMatchingModel) {
      this.attributeMatchingModel = attributeMatchingModel;
      return this;
    }

    /** Sets {@code Address}. */
    public Builder address(List<String> address) {
      this.address = address;
      return this;
    }

    /** Sets {@code PhoneNumber}. */
    public Builder phoneNumber(List<String> phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /** Sets {@code EmailAddress}. */
    public Builder emailAddress(List<String> emailAddress) {
      this.emailAddress = emailAddress;
      return this;
    }

    /** Returns the shape; no constraint is checked here. */
    public AttributeTypesSelector build() {
      return new AttributeTypesSelector(attributeMatchingModel, address, phoneNumber, emailAddress);
    }
  }
}
