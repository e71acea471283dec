/**
 * profilesim: Amazon Connect Customer Profiles identity resolution, simulated on one machine. Start
 * with {@link io.profilesim.CustomerProfiles}.
 *
 * <p>The API is this package, {@link io.profilesim.model} (the AWS shapes), {@link
 * io.profilesim.exception} (the AWS errors) and {@link io.profilesim.json} (their JSON). Every other
 * package is implementation: its public types exist for the other profilesim packages and may change
 * without notice.
 */
package io.profilesim;
