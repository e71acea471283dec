package io.profilesim.ingest;

import io.profilesim.model.FieldContentType;

/**
 * One entry of an object type's {@code Fields}, compiled.
 *
 * @param name the field's name, which keys refer to
 * @param source how the value is read from the ingested object
 * @param target the profile attribute the value is written to ({@code FirstName}, {@code
 *     ShippingAddress.City}, {@code Attributes.tier}), or {@code null} for a field only keys use
 * @param contentType how the value is compared when it is a key value ({@code STRING} if unset)
 */
record FieldMapping(
    String name, SourceExpression source, String target, FieldContentType contentType) {}
