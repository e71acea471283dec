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
 *
 * <ul>
 *   <li>{@code PROFILE}, {@code LOOKUP_ONLY} and {@code NEW_ONLY} keys find the profile an object
 *       belongs to; {@code SECONDARY} ones are tried only after all the others found nothing;
 *   <li>every key but a {@code LOOKUP_ONLY} one is kept: on the object (for ListProfileObjects'
 *       ObjectFilter) and on its profile (for SearchProfiles and later lookups), a {@code NEW_ONLY}
 *       key on the profile only when the object created it;
 *   <li>the {@code UNIQUE} key identifies the object: its fields are required, and an object with
 *       the same value replaces the earlier one.
 * </ul>
 *
 * @param name the key name, global to the domain
 * @param identifiers the standard identifiers
 * @param fields indexes into the object type's field list, in key order
 * @param contentType the content type searches normalize values of this key with: the field's for a
 *     key of one field, {@code STRING} for a key of several
 * @param unique whether it is the UNIQUE key
 * @param lookup whether it finds profiles (PROFILE, LOOKUP_ONLY, NEW_ONLY or SECONDARY)
 * @param secondary whether it is tried only after the other lookup keys
 * @param kept whether objects and profiles keep it (all but LOOKUP_ONLY)
 * @param newOnly whether a profile keeps it only when the object creates the profile
 * @param fieldIndexes {@code fields} as an array
 */
record KeyDefinition(
    String name,
    Set<StandardIdentifier> identifiers,
    List<Integer> fields,
    FieldContentType contentType,
    boolean unique,
    boolean lookup,
    boolean secondary,
    boolean kept,
    boolean newOnly,
    int[] fieldIndexes) {
  static final String JOINER = "_";

  /** Compiles a key; what the identifiers mean is decided once here, not for every object. */
  static KeyDefinition of(
      String name,
      Set<StandardIdentifier> identifiers,
      List<Integer> fields,
      FieldContentType contentType) {
    Set<StandardIdentifier> ids = Set.copyOf(identifiers);
    return new KeyDefinition(
        name,
        ids,
        List.copyOf(fields),
        contentType,
        ids.contains(StandardIdentifier.UNIQUE),
        ids.contains(StandardIdentifier.PROFILE)
            || ids.contains(StandardIdentifier.LOOKUP_ONLY)
            || ids.contains(StandardIdentifier.NEW_ONLY)
            || ids.contains(StandardIdentifier.SECONDARY),
        ids.contains(StandardIdentifier.SECONDARY),
        !ids.contains(StandardIdentifier.LOOKUP_ONLY),
        ids.contains(StandardIdentifier.NEW_ONLY),
        fields.stream().mapToInt(Integer::intValue).toArray());
  }
}
