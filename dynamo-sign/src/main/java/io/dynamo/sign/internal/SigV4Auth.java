package io.dynamo.sign.internal;

import io.dynamo.sign.Auth;
import io.dynamo.sign.Credentials;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.CredentialsProvider;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.RequestSigner;
import io.dynamo.sign.SigV4Signer;
import io.dynamo.sign.SignableRequest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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
    return new RequestSigner() {
      @Override
      public List<HttpHeader> sign(SignableRequest request) {
        return signer.sign(request, checked(provider.resolve(), provider));
      }

      @Override
      public CompletableFuture<List<HttpHeader>> signAsync(SignableRequest request) {
        CompletableFuture<Credentials> credentials;
        try {
          credentials = provider.resolveAsync();
        } catch (RuntimeException e) {
          return CompletableFuture.failedFuture(e);
        }
        if (credentials == null) {
          return CompletableFuture.failedFuture(nullFrom(provider));
        }
        return credentials.thenApply(c -> signer.sign(request, checked(c, provider)));
      }
    };
  }

  private static Credentials checked(Credentials c, CredentialsProvider provider) {
    if (c == null) {
      throw nullFrom(provider);
    }
    return c;
  }

  private static CredentialsException nullFrom(CredentialsProvider provider) {
    return new CredentialsException(
        "Credentials provider " + provider + " returned null instead of credentials");
  }

  @Override
  public String toString() {
    return "Auth.sigV4(" + credentials + ")";
  }
}
