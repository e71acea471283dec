package io.profilesim.model;

import java.util.List;

/**
 * Object that defines users preferred methods of engagement.
 *
 * <p>Shape {@code EngagementPreferences}.
 *
 * @param phone A list of phone-related contact preferences
 * @param email A list of email-related contact preferences
 */
public record EngagementPreferences(
    List<ContactPreference> phone,
    List<ContactPreference> email) {

  public EngagementPreferences {
    phone = Shapes.copyOf(phone);
    email = Shapes.copyOf(email);
  }
}
