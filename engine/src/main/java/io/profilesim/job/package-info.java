/**
 * The Identity Resolution Job: its lifecycle (PENDING to COMPLETED, PARTIAL_SUCCESS or FAILED),
 * history, quota, export, and GetMatches over the latest completed run. Implementation, not API:
 * types are public only for the other profilesim packages.
 */
package io.profilesim.job;
