/**
 * Domains and their state: configuration, statistics, identifiers, paging. Implementation, not API:
 * types are public only for the other profilesim packages.
 */
package io.profilesim.domain;
