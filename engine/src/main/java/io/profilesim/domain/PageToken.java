package io.profilesim.domain;

import io.profilesim.exception.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * NextToken values: opaque to callers, stable for the same state, and tied to the listing that
 * issued them, so a token from ListDomains is refused by GetMatches. A token names the last item
 * returned, so paging carries on correctly when items are added or removed between calls.
 */
public final class PageToken {
  private PageToken() {}

  /** Returns the token that resumes {@code listing} after {@code lastKey}. */
  public static String encode(String listing, String lastKey) {
    String raw = listing + "\n" + lastKey;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the last key a token of {@code listing} names, or {@code null} for a null token.
   *
   * @throws BadRequestException if the token was not issued by that listing
   */
  public static String decode(String listing, String token) {
    if (token == null) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int nl = raw.indexOf('\n');
      if (nl > 0 && raw.substring(0, nl).equals(listing)) {
        return raw.substring(nl + 1);
      }
    } catch (IllegalArgumentException e) {
      // not base64: reported below, like any other foreign token
    }
    throw new BadRequestException("Invalid NextToken '" + token + "': it was not issued by " + listing);
  }
}
