/**
 * The request and response shapes of Amazon Connect Customer Profiles (API version 2020-08-15) as
 * Java records.
 *
 * <p>Each record is named exactly as its shape in the service model and carries exactly the model's
 * members, in the model's order, as lower-camel components ({@code DomainName} becomes
 * {@code domainName()}). On the wire (see {@link io.profilesim.json.AwsJson}) the members keep their
 * AWS names. Records check structure only: a record may hold values that break the service's
 * constraints, and the operations report every such violation at once in a
 * {@link io.profilesim.exception.BadRequestException}. An absent member is {@code null}.
 */
package io.profilesim.model;
