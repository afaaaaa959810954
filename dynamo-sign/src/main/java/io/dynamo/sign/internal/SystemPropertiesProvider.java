package io.dynamo.sign.internal;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.Environment;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * System properties {@code aws.accessKeyId}, {@code aws.secretAccessKey}, {@code aws.sessionToken}.
 */
public final class SystemPropertiesProvider implements CredentialsProvider {
  private final Supplier<Environment> env;

  /** Creates a provider that reads the environment supplied at each call. */
  public SystemPropertiesProvider(Supplier<Environment> env) {
    this.env = env;
  }

  @Override
  public Credentials resolve() {
    Environment e = env.get();
    Optional<String> id = e.property("aws.accessKeyId");
    Optional<String> secret = e.property("aws.secretAccessKey");
    if (id.isEmpty()) {
      throw new CredentialsException(
          secret.isPresent()
              ? "aws.secretAccessKey is set but aws.accessKeyId is not; set both"
              : "system property aws.accessKeyId is not set");
    }
    if (secret.isEmpty()) {
      throw new CredentialsException(
          "aws.accessKeyId is set but aws.secretAccessKey is not; set both");
    }
    return Credentials.of(id.get(), secret.get(), e.property("aws.sessionToken").orElse(null));
  }

  @Override
  public String toString() {
    return "system properties";
  }
}
