package io.dynamo.sign.internal;

import io.dynamo.sign.Auth;
import io.dynamo.sign.CredentialsException;
import io.dynamo.sign.HttpHeader;
import io.dynamo.sign.RequestSigner;
import io.dynamo.sign.TokenProvider;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** {@link Auth#bearer}: {@code Authorization: Bearer <token>}, the token fetched per attempt. */
public record BearerAuth(TokenProvider tokens) implements Auth {

  /** Checks for null. */
  public BearerAuth {
    Objects.requireNonNull(tokens, "tokens");
  }

  @Override
  public RequestSigner signer(String region, String service, Clock clock) {
    TokenProvider provider = tokens;
    return request -> {
      Objects.requireNonNull(request, "request");
      if (request.header("authorization").isPresent()) {
        throw new io.dynamo.sign.SigningException(
            "Request already has an 'authorization' header, which bearer auth adds itself");
      }
      String token = provider.token();
      if (token == null || token.isBlank()) {
        throw new CredentialsException(
            "Token provider "
                + provider
                + " returned no token; check that it can reach its"
                + " token source (for Yandex Cloud, the IAM token endpoint or the metadata service)");
      }
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c <= ' ' || c >= 0x7f) {
          throw new CredentialsException(
              "Token provider "
                  + provider
                  + " returned a token with spaces, control or non-ASCII"
                  + " characters; a bearer token is a single printable ASCII word");
        }
      }
      return List.of(HttpHeader.of("Authorization", "Bearer " + token));
    };
  }

  @Override
  public String toString() {
    return "Auth.bearer(" + tokens + ")";
  }
}
