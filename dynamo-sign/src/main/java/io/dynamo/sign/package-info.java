/**
 * Signing of DynamoDB HTTP requests and the AWS credentials behind it.
 *
 * <h2>Signing</h2>
 *
 * <p>A {@link io.dynamo.sign.SignableRequest} (method, URI, headers, body) goes to a {@link
 * io.dynamo.sign.RequestSigner}, which returns the headers to add before the request is sent.
 * {@link io.dynamo.sign.Auth} selects the scheme: {@link io.dynamo.sign.Auth#sigV4 SigV4} with AWS
 * credentials, or {@link io.dynamo.sign.Auth#bearer Bearer} with an IAM token (Yandex Database's
 * Document API). {@link io.dynamo.sign.SigV4Signer} is the signer itself and can be used directly.
 *
 * <h2>Credentials</h2>
 *
 * <p>{@link io.dynamo.sign.Credentials} hold an access key, a secret, an optional session token and
 * an optional expiry; their {@code toString()} never shows the secret or the token. {@link
 * io.dynamo.sign.CredentialsProvider} finds them; {@link io.dynamo.sign.CredentialsProviders} has
 * one provider per source and the default chain in the AWS order. {@link
 * io.dynamo.sign.Environment} makes environment variables, system properties and the home directory
 * injectable, and {@link io.dynamo.sign.Regions} resolves the region from the same sources.
 *
 * <p>Every exception is a {@link io.dynamo.codec.DynamoException}: {@link
 * io.dynamo.sign.CredentialsException} when credentials cannot be found, {@link
 * io.dynamo.sign.SigningException} when a request cannot be signed. No message, log record or
 * {@code toString()} of this package contains a secret key, a session token or a bearer token.
 */
package io.dynamo.sign;
