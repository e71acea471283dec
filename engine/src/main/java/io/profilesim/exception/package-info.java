/**
 * The errors of the Customer Profiles operations, each carrying its HTTP status and AWS error code:
 * {@link io.profilesim.exception.BadRequestException} (400), {@link
 * io.profilesim.exception.AccessDeniedException} (403), {@link
 * io.profilesim.exception.ResourceNotFoundException} (404), {@link
 * io.profilesim.exception.ThrottlingException} (429) and {@link
 * io.profilesim.exception.InternalServerException} (500).
 */
package io.profilesim.exception;
