/**
 * The synthetic customer-data generator: {@link
 * io.profilesim.samples.generate.CustomerDataGenerator} makes records of several sources with their
 * ground truth, in process or into files. Public types are API for benchmarks, tests and the CLI;
 * the rest is package-private.
 */
package io.profilesim.samples.generate;
