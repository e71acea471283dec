package io.profilesim.ingest;

import io.profilesim.domain.AttributePlan;
import io.profilesim.model.FieldContentType;
import java.util.List;
import java.util.TreeSet;

/**
 * The profile attributes an object type writes, numbered once when the type is defined so that
 * ingesting an object fills an array by number instead of building maps by name.
 *
 * <p>Attributes are numbered in name order, so the attributes one object writes, taken by number,
 * are already in the sorted order {@link io.profilesim.domain.FieldStamps} keeps. Two fields with the
 * same Target share a number.
 *
 * @param attributes the distinct attributes, ascending: the fields' Targets, and {@code EmailAddress}
 *     and {@code PhoneNumber} when a field without a Target has that content type (AWS infers them
 *     for a profile the object creates)
 * @param target for each field, the number of its Target, or -1 when it has none
 * @param inferred for each field, the number of the attribute it is inferred into, or -1
 * @param plan the attributes compiled, to pack a new profile from their values by number
 */
record FieldTargets(String[] attributes, int[] target, int[] inferred, AttributePlan plan) {
  static final String INFERRED_EMAIL = "EmailAddress";
  static final String INFERRED_PHONE = "PhoneNumber";

  /** Numbers the attributes the fields write. */
  static FieldTargets of(List<FieldMapping> fields) {
    TreeSet<String> names = new TreeSet<>();
    for (FieldMapping f : fields) {
      String written = f.target() != null ? f.target() : inferredAttribute(f);
      if (written != null) {
        names.add(written);
      }
    }
    String[] attributes = names.toArray(new String[0]);
    int[] target = new int[fields.size()];
    int[] inferred = new int[fields.size()];
    for (int i = 0; i < target.length; i++) {
      FieldMapping f = fields.get(i);
      target[i] = f.target() == null ? -1 : names.headSet(f.target()).size();
      String guess = f.target() == null ? inferredAttribute(f) : null;
      inferred[i] = guess == null ? -1 : names.headSet(guess).size();
    }
    return new FieldTargets(attributes, target, inferred, AttributePlan.of(attributes));
  }

  private static String inferredAttribute(FieldMapping f) {
    if (f.contentType() == FieldContentType.EMAIL_ADDRESS) {
      return INFERRED_EMAIL;
    }
    return f.contentType() == FieldContentType.PHONE_NUMBER ? INFERRED_PHONE : null;
  }
}
