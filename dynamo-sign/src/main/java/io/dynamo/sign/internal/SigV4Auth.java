package io.dynamo.sign.internal;

import io.dynamo.sign.Auth;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.RequestSigner;
import io.dynamo.sign.SigV4Signer;
import java.time.Clock;
import java.util.Objects;

/** {@link Auth#sigV4}: credentials from a provider, resolved per attempt, then SigV4. */
public record SigV4Auth(CredentialsProvider credentials) implements Auth {

  /** Checks for null. */
  public SigV4Auth {
    Objects.requireNonNull(credentials, "credentials");
  }

  @Override
  public RequestSigner signer(String region, String service, Clock clock) {
    SigV4Signer signer = SigV4Signer.create(region, service, clock);
    CredentialsProvider provider = credentials;
    return request -> {
      Credentials c = provider.resolve();
      if (c == null) {
        throw new CredentialsException(
            "Credentials provider " + provider + " returned null instead of credentials");
      }
      return signer.sign(request, c);
    };
  }

  @Override
  public String toString() {
    return "Auth.sigV4(" + credentials + ")";
  }
}
