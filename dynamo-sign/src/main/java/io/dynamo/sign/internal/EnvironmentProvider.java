package io.dynamo.sign.internal;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.Environment;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}. */
public final class EnvironmentProvider implements CredentialsProvider {
  private final Supplier<Environment> env;

  /** Creates a provider that reads the environment supplied at each call. */
  public EnvironmentProvider(Supplier<Environment> env) {
    this.env = env;
  }

  @Override
  public Credentials resolve() {
    Environment e = env.get();
    Optional<String> id = e.variable("AWS_ACCESS_KEY_ID");
    Optional<String> secret = e.variable("AWS_SECRET_ACCESS_KEY");
    if (id.isEmpty()) {
      throw new CredentialsException(
          secret.isPresent()
              ? "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not; set both"
              : "AWS_ACCESS_KEY_ID is not set");
    }
    if (secret.isEmpty()) {
      throw new CredentialsException(
          "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; set both");
    }
    return Credentials.of(id.get(), secret.get(), e.variable("AWS_SESSION_TOKEN").orElse(null));
  }

  @Override
  public String toString() {
    return "environment variables";
  }
}
