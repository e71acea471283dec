package io.profilesim.samples.generate;

/**
 * What the generator did to a record, so a matcher can be evaluated on each difficulty apart.
 *
 * <p>The first group changes how one person's records look from one record to the next: these are
 * the true matches a matcher may miss. The second group makes different people look alike: these
 * are the hard negatives a matcher may wrongly join.
 */
public enum Variation {
  /** A name, street or email has one inserted, deleted, substituted or transposed character. */
  TYPO,
  /** The given name is a short form: Bob for Robert, Liz for Elizabeth. */
  NICKNAME,
  /** Names (or the email) are in upper, lower or mixed case unlike the person's usual form. */
  CASE,
  /** Names carry leading, trailing or doubled spaces. */
  WHITESPACE,
  /** Accented letters were written without their accents: Jose for José. */
  ACCENTS_DROPPED,
  /** The given and family names were entered in each other's fields. */
  SWAPPED_NAMES,
  /** The birth date is in another format than the source usually writes. */
  DATE_FORMAT,
  /** The birth date is wrong: day and month swapped, or a digit of the year mistyped. */
  BIRTH_DATE_ERROR,
  /** A field the source usually fills (email, phone, address, birth date, account) is empty. */
  MISSING_FIELDS,
  /** The person has moved since their first record: a new address, the same email and phone. */
  MOVED_ADDRESS,
  /** The person uses a new email address since an earlier record. */
  CHANGED_EMAIL,
  /** A CRM duplicate was opened under a new account number. */
  NEW_ACCOUNT_NUMBER,
  /** A web order shipped to someone else's name and address (a gift). */
  GIFT_SHIPPING,

  /** The person lives with others who share their address and often their family name. */
  HOUSEHOLD,
  /** The phone is the household's landline, shared with the people the person lives with. */
  HOUSEHOLD_PHONE,
  /** The email is a family address shared with the people the person lives with. */
  FAMILY_EMAIL,
  /** The person has a twin: same family name, birth date, address and landline. */
  TWIN,
  /** The person has one of the most frequent full names and a birth year shared by many. */
  COMMON_NAME,
  /** The email is a placeholder many people share, such as {@code noemail@example.com}. */
  GENERIC_EMAIL,
  /** The phone is a placeholder or a call-centre line many people share. */
  GENERIC_PHONE
}
