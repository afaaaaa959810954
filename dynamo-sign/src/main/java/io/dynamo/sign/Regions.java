package io.dynamo.sign;

import io.dynamo.sign.internal.ProfileFiles;
import java.util.Optional;

/**
 * Finds the AWS region the way the AWS tools do: the {@code aws.region} system property, then
 * {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION}, then {@code region} in the selected profile
 * of {@code ~/.aws/config} (or {@code aws.configFile}, {@code AWS_CONFIG_FILE}; the profile is
 * {@code aws.profile}, else {@code AWS_PROFILE}, else {@code default}). {@link AwsConfig#region()}
 * gives the same with where it was found.
 */
public final class Regions {
  private Regions() {}

  /** Returns the region from this JVM's environment, if one is configured. */
  public static Optional<String> resolve() {
    return resolve(Environment.system());
  }

  /** Returns the region from an environment, if one is configured. */
  public static Optional<String> resolve(Environment env) {
    Optional<String> r = env.property("aws.region");
    if (r.isEmpty()) {
      r = env.variable("AWS_REGION");
    }
    if (r.isEmpty()) {
      r = env.variable("AWS_DEFAULT_REGION");
    }
    if (r.isEmpty()) {
      r = fromProfile(env);
    }
    return r;
  }

  /** Returns the {@code region} of the selected profile, if the profile files set one. */
  public static Optional<String> fromProfile(Environment env) {
    ProfileFiles files = ProfileFiles.load(env);
    return files
        .profile(ProfileFiles.selectedProfile(env))
        .map(p -> p.get("region"))
        .filter(v -> !v.isBlank());
  }
}
