package io.dynamo.sign.internal;

import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsProvider;
import java.util.Objects;

/** Always the same credentials. */
public record StaticProvider(Credentials credentials) implements CredentialsProvider {

  /** Checks for null. */
  public StaticProvider {
    Objects.requireNonNull(credentials, "credentials");
  }

  @Override
  public Credentials resolve() {
    return credentials;
  }

  @Override
  public String toString() {
    return "static credentials (access key id " + credentials.accessKeyId() + ")";
  }
}
