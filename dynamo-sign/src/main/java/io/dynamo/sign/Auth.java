package io.dynamo.sign;

import io.dynamo.sign.internal.BearerAuth;
import io.dynamo.sign.internal.SigV4Auth;
import java.time.Clock;

/**
 * How requests are authenticated: AWS Signature Version 4 with credentials, or a bearer token.
 *
 * <p>A client is configured with an {@code Auth} and turns it into a {@link RequestSigner} once it
 * knows its region, its service and its clock:
 *
 * <pre>{@code
 * Auth auth = Auth.sigV4(CredentialsProviders.defaultChain());    // AWS, dynalite, Alternator
 * Auth ydb = Auth.bearer(() -> iamTokens.current());              // Yandex Database Document API
 * RequestSigner signer = auth.signer("us-east-1", "dynamodb", Clock.systemUTC());
 * List<HttpHeader> extra = signer.sign(request);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe. Their {@code toString()} names the scheme and
 * the provider, never a secret.
 */
public interface Auth {

  /**
   * Returns the signer for requests to a service in a region.
   *
   * @param region the region, such as {@code us-east-1}
   * @param service the signing name of the service, {@code dynamodb} for DynamoDB
   * @param clock the source of signing times
   */
  RequestSigner signer(String region, String service, Clock clock);

  /**
   * SigV4: each attempt resolves credentials from the provider and signs with them. Wrap providers
   * that reach files or the network in {@link CredentialsProviders#caching}; {@link
   * CredentialsProviders#defaultChain()} already is.
   */
  static Auth sigV4(CredentialsProvider credentials) {
    return new SigV4Auth(credentials);
  }

  /** SigV4 with fixed credentials. */
  static Auth sigV4(Credentials credentials) {
    return new SigV4Auth(CredentialsProviders.of(credentials));
  }

  /**
   * Bearer token: each attempt gets {@code Authorization: Bearer <token>} with the provider's
   * current token, as Yandex Database's Document API accepts with an IAM token.
   */
  static Auth bearer(TokenProvider tokens) {
    return new BearerAuth(tokens);
  }
}
