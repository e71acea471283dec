/**
 * Identity resolution's matching stage, as a library call: {@link
 * io.profilesim.matching.MatchingEngine} turns a list of profiles and {@link
 * io.profilesim.matching.MatchingSettings} into a {@link io.profilesim.matching.MatchResult}
 * (match groups, the trained model, blocking and data-quality reports).
 *
 * <p>The stages, each a package-private function of the one before (so benchmarks can call them
 * one by one): {@code ProfileTable} (normalize, dictionary-encode), {@code Blocking} (candidate
 * pairs), {@code Patterns} (comparison levels), {@code UEstimator} and {@code Em} (the model),
 * {@code Scorer} (match weights, term frequencies, identity guard), {@code Clustering} (groups
 * under the chain guard). The public types are the engine, its settings and its result records.
 */
package io.profilesim.matching;
