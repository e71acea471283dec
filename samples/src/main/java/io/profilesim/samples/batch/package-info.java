/**
 * Sample batch runs: scenarios ({@link io.profilesim.samples.batch.Scenario}), the outputs of a run
 * (resolution files, reports) and their evaluation. Public types are what the CLI commands use; the
 * rest is package-private.
 */
package io.profilesim.samples.batch;
