/**
 * When Identity Resolution Jobs run: Quartz triggers for each domain's weekly schedule, fired live
 * by Quartz or in virtual time by a simulation. Implementation, not API: types are public only for
 * the other profilesim packages.
 */
package io.profilesim.scheduling;
