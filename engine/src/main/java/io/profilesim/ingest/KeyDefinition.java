package io.profilesim.ingest;

import io.profilesim.model.FieldContentType;
import io.profilesim.model.StandardIdentifier;
import java.util.List;
import java.util.Set;

/**
 * One {@code ObjectTypeKey} of an object type, compiled. A key's value joins the values of its
 * fields, each normalized by its field's content type, with {@value #JOINER} (our convention for
 * keys of several fields, where AWS says nothing).
 *
 * <p>What the standard identifiers do, following AWS's guide:
 * <ul>
 *   <li>{@code PROFILE}, {@code LOOKUP_ONLY} and {@code NEW_ONLY} keys find the profile an object
 *       belongs to; {@code SECONDARY} ones are tried only after all the others found nothing;
 *   <li>every key but a {@code LOOKUP_ONLY} one is kept: on the object (for ListProfileObjects'
 *       ObjectFilter) and on its profile (for SearchProfiles and later lookups), a {@code
 *       NEW_ONLY} key on the profile only when the object created it;
 *   <li>the {@code UNIQUE} key identifies the object: its fields are required, and an object with
 *       the same value replaces the earlier one.
 * </ul>
 *
 * @param name the key name, global to the domain
 * @param identifiers the standard identifiers
 * @param fields indexes into the object type's field list, in key order
 * @param contentType the content type searches normalize values of this key with: the field's
 *     for a key of one field, {@code STRING} for a key of several
 */
record KeyDefinition(String name, Set<StandardIdentifier> identifiers, List<Integer> fields,
    FieldContentType contentType) {
  static final String JOINER = "_";

  boolean unique() {
    return identifiers.contains(StandardIdentifier.UNIQUE);
  }

  boolean lookup() {
    return identifiers.contains(StandardIdentifier.PROFILE)
        || identifiers.contains(StandardIdentifier.LOOKUP_ONLY)
        || identifiers.contains(StandardIdentifier.NEW_ONLY)
        || identifiers.contains(StandardIdentifier.SECONDARY);
  }

  boolean secondary() {
    return identifiers.contains(StandardIdentifier.SECONDARY);
  }

  boolean kept() {
    return !identifiers.contains(StandardIdentifier.LOOKUP_ONLY);
  }

  boolean newOnly() {
    return identifiers.contains(StandardIdentifier.NEW_ONLY);
  }
}
