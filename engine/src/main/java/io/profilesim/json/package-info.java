/** The single JSON configuration for AWS shapes: {@link io.profilesim.json.AwsJson}. */
package io.profilesim.json;
