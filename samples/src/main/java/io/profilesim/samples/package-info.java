/**
 * The {@code profilesim} command line ({@link io.profilesim.samples.ProfilesimCli}) and its
 * commands. Only the entry point is public.
 */
package io.profilesim.samples;
