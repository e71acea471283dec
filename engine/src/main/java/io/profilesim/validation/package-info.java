/**
 * Validation of shapes against the bundled service model. Internal: {@link
 * io.profilesim.validation.ShapeValidator} is public only so the other profilesim packages can use
 * it; it is not part of the API and may change.
 */
package io.profilesim.validation;
